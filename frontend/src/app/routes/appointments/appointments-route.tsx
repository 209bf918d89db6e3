import { Button, Checkbox, Group, Loader, NativeSelect, Paper, SegmentedControl, Stack } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import '@mantine/dates/styles.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CalendarIcon, ChevronLeftIcon, ChevronRightIcon, PlusIcon } from '@/components/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { useSettings } from '@/features/appointments/api/get-settings';
import { useAdvisors } from '@/features/appointments/api/list-advisors';
import { useAppointments } from '@/features/appointments/api/list-appointments';
import { useBays } from '@/features/appointments/api/list-bays';
import { DayCalendar, WeekCalendar } from '@/features/appointments/components/appointment-calendar';
import { withMissingLanes, type GroupBy, type Lane } from '@/features/appointments/utils/calendar';
import { CLOSED_STATUSES } from '@/features/appointments/utils/status';
import { currentLanguage } from '@/i18n';
import type { BayType } from '@/lib/api-types';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';
import { useNow } from '@/lib/use-now';
import { addDays, formatDay, isValidDate, minutesToTime, startOfWeek, todayIn } from '@/lib/zoned-time';
import { AppointmentsTabs } from './appointments-tabs';

const BAY_TYPE_ORDER: BayType[] = ['GENERAL', 'QUICK_SERVICE', 'BODY_PAINT', 'ALIGNMENT', 'EV'];

type View = 'day' | 'week';

/** The calendar's state lives in the address: a reload, a shared link or "back" shows the same view. */
function useCalendarParams(today: string) {
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'week' ? 'week' : 'day';
  const date = isValidDate(params.get('date')) ? (params.get('date') as string) : today;
  const groupBy: GroupBy = params.get('group') === 'bayType' ? 'bayType' : 'advisor';
  const advisor = params.get('advisor') ?? '';
  const showClosed = params.get('closed') === '1';
  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  return { view, date, groupBy, advisor, showClosed, update };
}

export function AppointmentsRoute() {
  return (
    <RequirePermission permission="appointments.read">
      <AppointmentsCalendar />
    </RequirePermission>
  );
}

function AppointmentsCalendar() {
  const { t, i18n } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const now = useNow();
  const today = todayIn(zone, now);
  const canBook = useCan('appointments.book');
  const { view, date, groupBy, advisor, showClosed, update } = useCalendarParams(today);
  const language = currentLanguage();
  const dateFormat = language === 'en' ? 'ddd, MMM D' : 'M月D日 ddd';

  const days = useMemo(() => (view === 'week' ? Array.from({ length: 7 }, (_, i) => addDays(startOfWeek(date), i)) : [date]), [view, date]);
  const from = days[0] ?? date;
  const to = days[days.length - 1] ?? date;
  const settings = useSettings(store.code);
  const advisors = useAdvisors(store.code);
  const bays = useBays(store.code, groupBy === 'bayType');
  const appointments = useAppointments(store.code, from, to);

  const lanes = useMemo<Lane[]>(() => {
    if (groupBy === 'advisor') {
      return (advisors.data ?? []).map((a) => ({ id: a.id, label: a.displayName, capacity: a.receptionCapacity }));
    }
    const counts = new Map<string, number>();
    for (const b of bays.data ?? []) counts.set(b.bayType, (counts.get(b.bayType) ?? 0) + 1);
    return BAY_TYPE_ORDER.filter((b) => counts.has(b)).map((b) => ({ id: b, label: t(`appointment.bayTypes.${b}`), capacity: counts.get(b) ?? 0 }));
  }, [groupBy, advisors.data, bays.data, t]);

  const visible = useMemo(
    () => (appointments.data ?? []).filter((a) => (showClosed || !CLOSED_STATUSES.includes(a.status)) && (!advisor || a.advisor.id === advisor)),
    [appointments.data, showClosed, advisor],
  );
  const shownLanes = useMemo(() => {
    const all = withMissingLanes(lanes, visible, groupBy, (a) => (groupBy === 'advisor' ? a.advisor.displayName : a.bayType));
    return groupBy === 'advisor' && advisor ? all.filter((l) => l.id === advisor) : all;
  }, [lanes, visible, groupBy, advisor]);

  const step = view === 'week' ? 7 : 1;
  const title =
    view === 'week'
      ? t('calendar.weekOf', { from: formatDay(from, language, { month: 'long', day: 'numeric' }), to: formatDay(to, language, { month: 'long', day: 'numeric' }) })
      : formatDay(date, language, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });

  const setupPending = settings.isPending || advisors.isPending || (groupBy === 'bayType' && bays.isPending);
  const setupError = settings.error ?? advisors.error ?? (groupBy === 'bayType' ? bays.error : null);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('appointment.calendarTitle')}
        actions={
          canBook && (
            <Button component={Link} to={`/appointments/new${date > today ? `?date=${date}` : ''}`} leftSection={<PlusIcon size={20} />} data-testid="new-appointment">
              {t('appointment.new')}
            </Button>
          )
        }
      />
      <AppointmentsTabs />

      <Paper withBorder radius="md" p="sm" className="cal-toolbar">
        <Group gap="sm" wrap="wrap" justify="space-between">
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" px="sm" onClick={() => update({ date: addDays(date, -step) })} aria-label={view === 'week' ? t('calendar.prevWeek') : t('calendar.prevDay')} data-testid="calendar-prev">
              <ChevronLeftIcon />
            </Button>
            <Button variant="default" onClick={() => update({ date: null })} disabled={date === today && view === 'day'} data-testid="calendar-today">
              {t('calendar.today')}
            </Button>
            <Button variant="default" px="sm" onClick={() => update({ date: addDays(date, step) })} aria-label={view === 'week' ? t('calendar.nextWeek') : t('calendar.nextDay')} data-testid="calendar-next">
              <ChevronRightIcon />
            </Button>
            <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'zh-cn', firstDayOfWeek: 1 }}>
              <DatePickerInput
                // Named by what it shows first (axe: label-content-name-mismatch), then what it does.
                aria-label={`${dayjs(date).locale(language === 'en' ? 'en' : 'zh-cn').format(dateFormat)}，${t('calendar.pickDate')}`}
                value={date}
                onChange={(d) => d && update({ date: d === today ? null : d })}
                valueFormat={dateFormat}
                leftSection={<CalendarIcon size={18} />}
                w={205}
                styles={{ input: { whiteSpace: "nowrap" } }}
                size="lg"
                data-testid="calendar-date"
              />
            </DatesProvider>
          </Group>
          <Group gap="sm" wrap="wrap">
            <SegmentedControl
              aria-label={t('calendar.view')}
              data={[
                { value: 'day', label: t('calendar.day') },
                { value: 'week', label: t('calendar.week') },
              ]}
              value={view}
              onChange={(v) => update({ view: v === 'week' ? 'week' : null })}
              data-testid="calendar-view"
            />
            <SegmentedControl
              aria-label={t('calendar.groupBy')}
              data={[
                { value: 'advisor', label: t('calendar.byAdvisor') },
                { value: 'bayType', label: t('calendar.byBayType') },
              ]}
              value={groupBy}
              onChange={(v) => update({ group: v === 'bayType' ? 'bayType' : null })}
              data-testid="calendar-group"
            />
            <NativeSelect
              aria-label={t('calendar.advisorFilter')}
              data={[{ value: '', label: t('calendar.allAdvisors') }, ...(advisors.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))]}
              value={advisor}
              onChange={(e) => update({ advisor: e.currentTarget.value || null })}
              miw={170}
              data-testid="calendar-advisor"
            />
          </Group>
        </Group>
      </Paper>

      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Group gap="sm">
          <h2 className="cal-title" data-testid="calendar-title">
            {title}
          </h2>
          {appointments.isFetching && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
        </Group>
        <Checkbox label={t('calendar.showClosed')} checked={showClosed} onChange={(e) => update({ closed: e.currentTarget.checked ? '1' : null })} size="md" />
      </Group>

      {setupPending || (appointments.isPending && !appointments.data) ? (
        <LoadingState />
      ) : setupError || (appointments.error && !appointments.data) ? (
        <ErrorState
          error={setupError ?? appointments.error}
          onRetry={() => {
            void settings.refetch();
            void advisors.refetch();
            void appointments.refetch();
          }}
        />
      ) : shownLanes.length === 0 ? (
        <EmptyState icon={<CalendarIcon size={32} />} title={t('calendar.noLanes')} description={t('calendar.noLanesBody')} />
      ) : (
        <>
          {appointments.error && <ErrorState error={appointments.error} onRetry={() => void appointments.refetch()} />}
          {view === 'day' ? (
            <DayCalendar
              date={date}
              lanes={shownLanes}
              appointments={visible}
              zone={zone}
              settings={settings.data}
              groupBy={groupBy}
              now={now}
              bookHref={canBook && groupBy === 'advisor' ? (laneId, d, minute) => `/appointments/new?date=${d}&time=${minutesToTime(minute)}&advisor=${laneId}` : undefined}
            />
          ) : (
            <WeekCalendar days={days} lanes={shownLanes} appointments={visible} zone={zone} settings={settings.data} groupBy={groupBy} now={now} onPickDay={(d) => update({ view: null, date: d })} />
          )}
          {visible.length === 0 && (
            <p className="cal-empty" data-testid="calendar-empty">
              {view === 'week' ? t('calendar.emptyWeek') : t('calendar.emptyDay')}
            </p>
          )}
        </>
      )}
    </Stack>
  );
}
