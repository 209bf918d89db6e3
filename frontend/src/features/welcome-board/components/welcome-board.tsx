import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../welcome-board.css';
import { currentLanguage } from '@/i18n';
import type { WelcomeBoard as Board, WelcomeBoardEntry } from '@/lib/api-types';
import { formatDay, formatZonedTime, zonedParts } from '@/lib/zoned-time';

/** The store's wall clock, ticking every second (the board runs all day on a TV). */
export function BoardClock({ zone }: { zone: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const p = zonedParts(now, zone);
  return (
    <time className="board-clock tabular" dateTime={now.toISOString()} data-testid="board-clock">
      {String(p.hour).padStart(2, '0')}
      <span className="board-clock-colon">:</span>
      {String(p.minute).padStart(2, '0')}
    </time>
  );
}

/** Appointment entries carry the appointment id, walk-ins their repair order's. */
const entryKey = (e: WelcomeBoardEntry) => e.appointmentId ?? e.repairOrderId ?? `${e.kind}-${e.arrivalAt}-${e.plate}`;

function EntryRow({ entry: e, zone, size }: { entry: WelcomeBoardEntry; zone: string; size: 'today' | 'tomorrow' }) {
  const { t } = useTranslation();
  return (
    <li
      className={`board-row board-row-${size}`}
      data-kind={e.kind}
      data-status={e.status ?? undefined}
      data-priority={e.priority || undefined}
      data-testid={`board-${size}-entry`}
    >
      <span className="board-star" data-testid={e.priority ? 'board-priority' : undefined}>
        {e.priority && (
          <>
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t('board.priorityShort')}</span>
          </>
        )}
      </span>
      <span className="board-time tabular">{formatZonedTime(e.arrivalAt, zone)}</span>
      <span className="board-plate">{e.plate}</span>
      <span className="board-customer">{e.customer}</span>
      <span className="board-services">{e.services.join('、')}</span>
      <span className="board-advisor">{e.advisor}</span>
      <span className="board-tags">
        {e.kind === 'WALK_IN' && (
          <span className="board-walk-in" data-testid="board-walk-in">
            {t('board.walkIn')}
          </span>
        )}
        {e.status === 'ARRIVED' && <span className="board-status-arrived">{t('board.arrived')}</span>}
        {e.repeatRepair && size === 'today' && <span className="board-repeat">{t('board.repeatRepair')}</span>}
      </span>
    </li>
  );
}

/**
 * R-APT-8: the reception TV, in the server's order: today's appointment customers first (by time,
 * visibly marked for priority reception), then today's walk-ins, plainly tagged; tomorrow's list
 * smaller below.
 */
export function WelcomeBoardView({ board, zone }: { board: Board; zone: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const today = board.today;
  const tomorrow = board.tomorrow;
  return (
    <div className="board" data-testid="welcome-board">
      <header className="board-header">
        <div>
          <p className="board-welcome">{t('board.welcome')}</p>
          <h1 className="board-store">{board.storeName}</h1>
        </div>
        <div className="board-now">
          <BoardClock zone={zone} />
          <p className="board-date">{formatDay(board.date, language, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' })}</p>
        </div>
      </header>

      <div className="board-banner" role="note" data-testid="board-banner">
        ★ {t('board.priority')}
      </div>

      <section className="board-section" aria-labelledby="board-today">
        <h2 id="board-today" className="board-section-title">
          {t('board.today')}
          <span className="board-count">{t('board.count', { count: today.length })}</span>
        </h2>
        {today.length === 0 ? (
          <p className="board-empty">{t('board.noneToday')}</p>
        ) : (
          <ol className="board-list" data-testid="board-today">
            <li className="board-row board-row-head" aria-hidden="true">
              <span />
              <span>{t('board.time')}</span>
              <span>{t('board.plate')}</span>
              <span>{t('board.customer')}</span>
              <span>{t('board.services')}</span>
              <span>{t('board.advisor')}</span>
              <span />
            </li>
            {today.map((e) => (
              <EntryRow key={entryKey(e)} entry={e} zone={zone} size="today" />
            ))}
          </ol>
        )}
      </section>

      <section className="board-section board-section-tomorrow" aria-labelledby="board-tomorrow">
        <h2 id="board-tomorrow" className="board-section-title">
          {t('board.tomorrow')}
          <span className="board-count">{t('board.count', { count: tomorrow.length })}</span>
        </h2>
        {tomorrow.length === 0 ? (
          <p className="board-empty">{t('board.noneTomorrow')}</p>
        ) : (
          <ol className="board-list" data-testid="board-tomorrow">
            {tomorrow.map((e) => (
              <EntryRow key={entryKey(e)} entry={e} zone={zone} size="tomorrow" />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
