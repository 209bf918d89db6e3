package com.fours.dms.repairorder;

/** R-CHK-3: how the customer's consent to diagnosis was given. */
public enum ConsentChannel {
    IN_PERSON, PHONE, WECHAT, SMS
}
