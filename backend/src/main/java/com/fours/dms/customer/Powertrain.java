package com.fours.dms.customer;

public enum Powertrain { ICE, HEV, PHEV, BEV }
