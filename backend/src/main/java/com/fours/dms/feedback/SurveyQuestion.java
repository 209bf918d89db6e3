package com.fours.dms.feedback;

/**
 * One question of a store's R-FUP-2 survey: SCORE is 1-10, YES_NO a yes or no, TEXT free words. Its
 * answers count for {@code department} and, when {@code attributedTo} says so, for the order's
 * advisor or its technicians (the reports, R-RPT-1).
 */
public record SurveyQuestion(String key, Kind kind, String textZh, String textEn, Department department, Attribution attributedTo, boolean required) {
    public enum Kind { SCORE, YES_NO, TEXT }

    public enum Attribution { ADVISOR, TECHNICIANS }
}
