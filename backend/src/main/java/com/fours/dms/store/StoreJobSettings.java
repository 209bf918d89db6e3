package com.fours.dms.store;

/**
 * The numbers the scheduled jobs need of every store at once (R-APT-6, R-APT-7, R-PRE-4, R-REP-2): its
 * time zone, the reminder lead time, the no-show grace and the progress-check share. The jobs pass them into their own set-based
 * SQL as arrays, so they never read the store table themselves.
 */
public record StoreJobSettings(String code, String timezone, int reminderLeadHours, int noShowGraceMinutes, int progressCheckPercent) {

    /** The settings of many stores as parallel arrays, in the order SQL's unnest(...) takes them. */
    public record Columns(String[] codes, String[] timezones, Integer[] reminderLeadHours, Integer[] noShowGraceMinutes, Integer[] progressCheckPercent) {
        public static Columns of(java.util.List<StoreJobSettings> all) {
            return new Columns(all.stream().map(StoreJobSettings::code).toArray(String[]::new),
                    all.stream().map(StoreJobSettings::timezone).toArray(String[]::new),
                    all.stream().map(StoreJobSettings::reminderLeadHours).toArray(Integer[]::new),
                    all.stream().map(StoreJobSettings::noShowGraceMinutes).toArray(Integer[]::new),
                    all.stream().map(StoreJobSettings::progressCheckPercent).toArray(Integer[]::new));
        }
    }
}
