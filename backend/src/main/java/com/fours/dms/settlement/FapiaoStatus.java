package com.fours.dms.settlement;

/** NONE, ISSUED, or RED_LETTER (the issued fapiao was corrected by a red-letter fapiao). */
public enum FapiaoStatus {
    NONE, ISSUED, RED_LETTER
}
