package com.fours.dms.workshop;

/** 工位类型: what a bay is equipped for. */
public enum BayType { GENERAL, QUICK_SERVICE, BODY_PAINT, ALIGNMENT, EV }
