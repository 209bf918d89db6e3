// The store's wall clock (BJ01 is in Asia/Shanghai): dates and times as the SPA shows them.
export const ZONE = 'Asia/Shanghai';

/** YYYY-MM-DD of an instant in the store's zone. */
export const localDate = (instant) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

/** HH:mm (24 h) of an instant in the store's zone. */
export const localTime = (instant) => new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));

/** HH:mm:ss (24 h) of an instant in the store's zone, as the API writes a store-local time. */
export const localClock = (instant) => new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(instant));

/** A YYYY-MM-DD date n days later. */
export const addDays = (date, n) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
