package com.fours.dms.customer;

public enum ContactChannel { PHONE, SMS, EMAIL, WECHAT }
