package com.fours.dms.customer;

/** 车种. */
public enum VehicleType { SEDAN, SUV, MPV, VAN, PICKUP, OTHER }
