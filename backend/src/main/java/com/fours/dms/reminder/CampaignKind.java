package com.fours.dms.reminder;

/** R-REM-6: a manufacturer's recall (召回, a safety defect) or a technical-upgrade campaign (技术升级). */
public enum CampaignKind {
    RECALL, TECHNICAL
}
