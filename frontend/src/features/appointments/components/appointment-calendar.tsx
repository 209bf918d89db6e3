import { Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import '../appointments.css';
import { Link } from 'react-router';
import { currentLanguage } from '@/i18n';
import type { Appointment, StoreSettings } from '@/lib/api-types';
import { formatDay, formatZonedTime, localDate, localMinutes, minutesToTime } from '@/lib/zoned-time';
import { dayGrid, placeDay, placeWeek, type DayGrid, type GroupBy, type Lane, type PlacedDay } from '../utils/calendar';
import { STATUS_COLOR } from '../utils/status';

type Common = {
  lanes: Lane[];
  appointments: Appointment[];
  zone: string;
  settings: StoreSettings | undefined;
  groupBy: GroupBy;
  now: Date;
  /** Where a tap on a free place leads (booking pre-filled with day, time, advisor); null = no link. */
  bookHref?: ((laneId: string, date: string, minute: number) => string | null) | undefined;
};

export const appointmentHref = (a: Pick<Appointment, 'id'>) => `/appointments/${a.id}`;

function useChipLabel() {
  const { t } = useTranslation();
  return (a: Appointment, zone: string) =>
    [
      formatZonedTime(a.arrivalAt, zone),
      a.vehicle.plate,
      a.customer.name,
      a.services.map((s) => s.name).join('、'),
      t(`appointment.status.${a.status}`),
      a.repeatRepair ? t('appointment.repeatRepair') : null,
      a.deposit.required > 0 && !a.deposit.paid ? t('appointment.depositDue') : null,
    ]
      .filter(Boolean)
      .join(' · ');
}

/** One booking on the calendar: status colour, plate, customer, services, the two flags. */
function AppointmentChip({ appointment: a, zone, compact, showEnd }: { appointment: Appointment; zone: string; compact?: boolean; showEnd?: boolean }) {
  const { t } = useTranslation();
  const label = useChipLabel()(a, zone);
  const start = formatZonedTime(a.arrivalAt, zone);
  const end = showEnd ? formatZonedTime(new Date(Date.parse(a.arrivalAt) + a.durationMinutes * 60_000), zone) : null;
  const depositDue = a.deposit.required > 0 && !a.deposit.paid;
  return (
    <Link
      to={appointmentHref(a)}
      className="cal-chip"
      data-compact={compact || undefined}
      data-status={a.status}
      style={{ ['--chip-color' as string]: `var(--mantine-color-${STATUS_COLOR[a.status]}-6)` }}
      title={label}
      data-testid="calendar-appointment"
      data-appointment-id={a.id}
    >
      <span className="cal-chip-line">
        <span className="cal-chip-time">{end ? `${start}–${end}` : start}</span>
        <span className="cal-chip-plate">{a.vehicle.plate}</span>
        {a.repeatRepair && <Flag className="cal-flag cal-flag-repeat" short={compact ? t('appointment.repeatShort') : null} full={t('appointment.repeatRepair')} />}
        {depositDue && <Flag className="cal-flag cal-flag-deposit" short={compact ? t('appointment.depositShort') : null} full={t('appointment.depositDue')} />}
      </span>
      {/* The link's name is its text (what is seen, then the rest for a screen reader): no aria-label that differs from it. */}
      {compact && (
        <VisuallyHidden>
          {' · '}
          {a.customer.name} · {a.services.map((s) => s.name).join('、')} · {t(`appointment.status.${a.status}`)}
        </VisuallyHidden>
      )}
      {!compact && (
        <>
          <span className="cal-chip-line cal-chip-sub">
            {a.customer.name} · {a.services.map((s) => s.name).join('、')}
          </span>
          {/* The deposit flag above already says "deposit due". */}
          {a.status !== 'DEPOSIT_REQUIRED' && <span className="cal-chip-status">{t(`appointment.status.${a.status}`)}</span>}
        </>
      )}
    </Link>
  );
}

/** A flag on a chip: the short word on a small chip (the full one for a screen reader). */
function Flag({ className, short, full }: { className: string; short: string | null; full: string }) {
  if (!short) return <span className={className}>{full}</span>;
  return (
    <span className={className} title={full}>
      <span aria-hidden>{short}</span>
      <VisuallyHidden>{full}</VisuallyHidden>
    </span>
  );
}

/** Day view: a column per advisor (or bay type), a row per booking slot of the store. */
export function DayCalendar({ date, lanes, appointments, zone, settings, groupBy, now, bookHref }: Common & { date: string }) {
  const { t } = useTranslation();
  const grid = useMemo(() => dayGrid(settings, date), [settings, date]);
  const placed = useMemo(() => (grid ? placeDay(appointments, lanes, date, zone, grid, groupBy) : null), [appointments, lanes, date, zone, grid, groupBy]);
  if (!grid || !placed) {
    return (
      <Text fz="xl" c="dark.6" ta="center" py="xl" data-testid="calendar-closed">
        {t('calendar.closedDay')}
      </Text>
    );
  }
  const today = localDate(now, zone);
  const nowMinutes = date === today ? localMinutes(now, zone) : date < today ? 24 * 60 : -1;
  return <DayTable date={date} lanes={lanes} zone={zone} grid={grid} placed={placed} groupBy={groupBy} nowMinutes={nowMinutes} bookHref={bookHref} />;
}

function DayTable({ date, lanes, zone, grid, placed, groupBy, nowMinutes, bookHref }: { date: string; lanes: Lane[]; zone: string; grid: DayGrid; placed: PlacedDay; groupBy: GroupBy; nowMinutes: number; bookHref: Common['bookHref'] }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // Open where the work is: today at the current time, other days at the first booking.
  const firstBooked = grid.rows.find((r) => lanes.some((l) => (placed.cells.get(l.id)?.get(r)?.length ?? 0) > 0));
  const focusRow = nowMinutes >= 0 && nowMinutes < 24 * 60 ? grid.rows.find((r) => r + grid.slotMinutes > nowMinutes) : firstBooked;
  useEffect(() => {
    const box = scroller.current;
    const row = focusRow === undefined ? null : box?.querySelector<HTMLElement>(`tr[data-row="${focusRow}"]`);
    const head = box?.querySelector('thead');
    if (box && row) box.scrollTop = Math.max(0, row.offsetTop - (head?.offsetHeight ?? 0) - 8);
    // Only when the day (or grouping) changes, not on every refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [date, groupBy]);
  return (
    <div className="cal-scroll" data-testid="day-calendar" ref={scroller}>
      <table className="cal cal-day" aria-label={t('calendar.dayTable', { date: formatDay(date, currentLanguage(), { month: 'long', day: 'numeric', weekday: 'long' }) })}>
        <thead>
          <tr>
            <th scope="col" className="cal-time-col">
              {t('calendar.time')}
            </th>
            {lanes.map((l) => (
              <th scope="col" key={l.id} data-testid={`lane-${l.id}`}>
                <span className="cal-lane-name">{l.label}</span>
                <span className="cal-lane-cap">{groupBy === 'advisor' ? t('calendar.receptionCapacity', { n: l.capacity }) : t('calendar.bayCapacity', { n: l.capacity })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => {
            const time = minutesToTime(row);
            const past = row + grid.slotMinutes <= nowMinutes;
            return (
              <tr key={row} data-row={row} data-hour={row % 60 === 0 || undefined} data-past={past || undefined}>
                <th scope="row" className="cal-time-col tabular">
                  {time}
                </th>
                {lanes.map((l) => {
                  const list = placed.cells.get(l.id)?.get(row) ?? [];
                  const free = placed.free(l.id, row);
                  const href = !past && free > 0 && bookHref ? bookHref(l.id, date, row) : null;
                  return (
                    <td key={l.id} data-testid={`cell-${l.id}-${time}`}>
                      {list.map((a) => (
                        <AppointmentChip key={a.id} appointment={a} zone={zone} showEnd={groupBy === 'bayType'} />
                      ))}
                      {!past &&
                        (href ? (
                          <Link to={href} className="cal-free cal-free-link" data-testid="calendar-book">
                            {t('calendar.free', { n: free })}
                            <VisuallyHidden>{`，${t('calendar.bookAt', { time, lane: l.label })}`}</VisuallyHidden>
                          </Link>
                        ) : (
                          <span className="cal-free" data-full={free === 0 || undefined}>
                            {free === 0 ? t('calendar.full') : t('calendar.free', { n: free })}
                          </span>
                        ))}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Week view: a row per advisor (or bay type), a column per day; tap a day for its day view. */
export function WeekCalendar({ days, lanes, appointments, zone, settings, groupBy, now, onPickDay }: Common & { days: string[]; onPickDay: (date: string) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const placed = useMemo(() => placeWeek(appointments, lanes, days, zone, settings, groupBy), [appointments, lanes, days, zone, settings, groupBy]);
  const today = localDate(now, zone);
  return (
    <div className="cal-scroll" data-testid="week-calendar">
      <table className="cal cal-week" aria-label={t('calendar.weekTable', { from: formatDay(days[0] ?? today, language), to: formatDay(days[days.length - 1] ?? today, language) })}>
        <thead>
          <tr>
            <th scope="col" className="cal-lane-col">
              {groupBy === 'advisor' ? t('calendar.advisor') : t('calendar.bayType')}
            </th>
            {days.map((d) => (
              <th scope="col" key={d} data-today={d === today || undefined}>
                <button type="button" className="cal-day-link" onClick={() => onPickDay(d)}>
                  <span>{formatDay(d, language, { weekday: 'short' })}</span>
                  <span className="tabular">{formatDay(d, language, { month: 'numeric', day: 'numeric' })}</span>
                  <VisuallyHidden>{`，${t('calendar.openDay', { date: formatDay(d, language, { month: 'long', day: 'numeric', weekday: 'long' }) })}`}</VisuallyHidden>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lanes.map((l) => (
            <tr key={l.id}>
              <th scope="row" className="cal-lane-col">
                <span className="cal-lane-name">{l.label}</span>
              </th>
              {days.map((d) => {
                const list = placed.cells.get(l.id)?.get(d) ?? [];
                const free = placed.free(l.id, d);
                const total = placed.total(l.id, d);
                return (
                  <td key={d} data-testid={`cell-${l.id}-${d}`} data-closed={free === null || undefined} data-past={d < today || undefined}>
                    {free === null ? (
                      <span className="cal-free">{t('calendar.closed')}</span>
                    ) : (
                      <>
                        {list.map((a) => (
                          <AppointmentChip key={a.id} appointment={a} zone={zone} compact />
                        ))}
                        {d >= today && (
                          <span className="cal-free" data-full={free === 0 || undefined} title={t('calendar.weekFreeTitle', { free, total: total ?? 0 })}>
                            {free === 0 ? t('calendar.full') : t('calendar.weekFree', { free, total: total ?? 0 })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
