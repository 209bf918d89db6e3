/**
 * Every number a rule names (DOMAIN.md), with the rule's default. The server validates the
 * ranges (its violations appear on the field); the ranges here are only the inputs' hints.
 */
export type NumberSetting = {
  key:
    | 'slotMinutes'
    | 'noShowGraceMinutes'
    | 'depositSharePercent'
    | 'reminderLeadHours'
    | 'repeatRepairWindowDays'
    | 'deliveryMarginMinutes'
    | 'taxRatePercent'
    | 'labourRate'
    | 'symptomRiskMarginPercent'
    | 'photoMaxBytes'
    | 'approvalLinkHours'
    | 'authorizationTolerance'
    | 'progressCheckPercent'
    | 'cataloguePriceTolerancePercent'
    | 'majorRepairHours';
  rule: string;
  defaultValue: number;
  min: number;
  max?: number;
  decimals: 0 | 2;
};

export type TimeSetting = { key: 'cashierRushStart' | 'cashierRushEnd' | 'quietHoursStart' | 'quietHoursEnd'; rule: string; defaultValue: string };

export const NUMBER_SETTINGS: readonly NumberSetting[] = [
  { key: 'slotMinutes', rule: 'R-APT-3', defaultValue: 15, min: 5, max: 60, decimals: 0 },
  { key: 'noShowGraceMinutes', rule: 'R-APT-7', defaultValue: 30, min: 5, max: 240, decimals: 0 },
  { key: 'depositSharePercent', rule: 'R-APT-4', defaultValue: 50, min: 0, max: 100, decimals: 0 },
  { key: 'reminderLeadHours', rule: 'R-APT-6', defaultValue: 24, min: 12, max: 24, decimals: 0 },
  { key: 'repeatRepairWindowDays', rule: 'R-APT-2', defaultValue: 30, min: 1, max: 365, decimals: 0 },
  { key: 'deliveryMarginMinutes', rule: 'R-APT-2', defaultValue: 30, min: 0, max: 480, decimals: 0 },
  { key: 'taxRatePercent', rule: 'R-CHK-7', defaultValue: 13, min: 0, max: 100, decimals: 2 },
  { key: 'labourRate', rule: 'R-CHK-4', defaultValue: 150, min: 0, decimals: 2 },
  { key: 'symptomRiskMarginPercent', rule: 'R-CHK-4', defaultValue: 20, min: 0, max: 200, decimals: 2 },
  { key: 'cataloguePriceTolerancePercent', rule: 'R-CHK-4', defaultValue: 10, min: 0, max: 100, decimals: 2 },
  { key: 'photoMaxBytes', rule: 'R-CHK-1', defaultValue: 10485760, min: 1024, max: 10485760, decimals: 0 },
  { key: 'approvalLinkHours', rule: 'R-REP-3', defaultValue: 24, min: 1, max: 168, decimals: 0 },
  { key: 'authorizationTolerance', rule: 'R-REP-3', defaultValue: 0, min: 0, decimals: 2 },
  { key: 'progressCheckPercent', rule: 'R-REP-2', defaultValue: 75, min: 70, max: 80, decimals: 0 },
  { key: 'majorRepairHours', rule: 'R-QC-1', defaultValue: 4, min: 0.5, max: 100, decimals: 2 },
];

export const TIME_SETTINGS: readonly TimeSetting[] = [
  { key: 'quietHoursStart', rule: 'R-APT-6', defaultValue: '21:00' },
  { key: 'quietHoursEnd', rule: 'R-APT-6', defaultValue: '08:00' },
  { key: 'cashierRushStart', rule: 'R-CHK-8', defaultValue: '17:00' },
  { key: 'cashierRushEnd', rule: 'R-CHK-8', defaultValue: '18:30' },
];

/** "08:30:00" → "08:30" for an <input type="time">, and back. */
export const toInputTime = (t: string) => t.slice(0, 5);
export const toApiTime = (t: string) => (t.length === 5 ? `${t}:00` : t);

const WEEKDAY_KEYS = ['setup.weekdays.d1', 'setup.weekdays.d2', 'setup.weekdays.d3', 'setup.weekdays.d4', 'setup.weekdays.d5', 'setup.weekdays.d6', 'setup.weekdays.d7'] as const;

/** The i18n key of an ISO weekday (1 = Monday). */
export const weekdayKey = (day: number) => WEEKDAY_KEYS[(day - 1 + 7) % 7] ?? WEEKDAY_KEYS[0];
