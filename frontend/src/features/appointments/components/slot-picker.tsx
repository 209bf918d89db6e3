import { Button, Group, Loader, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../appointments.css';
import { ChevronLeftIcon, ChevronRightIcon } from '@/components/icons';
import { ErrorState } from '@/components/page-states';
import { currentLanguage } from '@/i18n';
import type { AvailableSlot, ServiceAdvisor } from '@/lib/api-types';
import { addDays, formatDay, formatZonedTime, localMinutes } from '@/lib/zoned-time';
import { useAvailability } from '../api/get-availability';
import { firstDayWithSlots, slotsByDay } from '../utils/slots';

/** Days offered at once: two weeks fit a landscape tablet in two rows. */
export const WINDOW_DAYS = 14;

export type SlotChoice = { start: string; advisorId: string | null };

type Props = {
  store: string;
  zone: string;
  today: string;
  serviceTypes: string[];
  advisors: ServiceAdvisor[];
  /** null = any advisor free at that time. */
  advisorId: string | null;
  onAdvisorChange: (id: string | null) => void;
  value: SlotChoice | null;
  onChange: (slot: SlotChoice | null) => void;
  /** Day to open on (e.g. from a tap on the calendar); else the first day with free slots. */
  initialDay?: string | null;
  /** Start to pre-select if it is free (from the calendar). */
  preferredStart?: string | null;
  error?: string | null;
};

/**
 * R-APT-3 in the UI: only start times the backend says fit (an advisor free to receive and
 * bay + technician capacity for the whole work) can be chosen, as big buttons.
 */
export function SlotPicker({ store, zone, today, serviceTypes, advisors, advisorId, onAdvisorChange, value, onChange, initialDay, preferredStart, error }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [windowStart, setWindowStart] = useState(() => (initialDay && initialDay > today ? addDays(initialDay, -Math.min(3, daysBetween(today, initialDay))) : today));
  const [day, setDay] = useState<string | null>(initialDay ?? null);
  const days = useMemo(() => Array.from({ length: WINDOW_DAYS }, (_, i) => addDays(windowStart, i)), [windowStart]);
  const availability = useAvailability(store, { from: days[0] ?? today, to: days[days.length - 1] ?? today, serviceTypes, advisorId });
  const byDay = useMemo(() => slotsByDay(availability.data ?? [], zone), [availability.data, zone]);
  const shownDay = day && days.includes(day) ? day : firstDayWithSlots(days, byDay);
  const slots = shownDay ? (byDay.get(shownDay) ?? []) : [];

  // A slot chosen earlier that is no longer offered (taken meanwhile, other advisor): drop it.
  useEffect(() => {
    if (!availability.data || availability.isPlaceholderData || !value) return;
    if (!availability.data.some((s) => s.start === value.start)) onChange(null);
  }, [availability.data, availability.isPlaceholderData, value, onChange]);

  // Pre-select the time tapped on the calendar once we know it is free.
  const preferredUsed = useRef(false);
  useEffect(() => {
    if (preferredUsed.current || !preferredStart || !availability.data || availability.isPlaceholderData) return;
    preferredUsed.current = true;
    // Compared as instants: "…T01:30:00Z" from the API and "…T01:30:00.000Z" from a link are the same time.
    const match = availability.data.find((s) => Date.parse(s.start) === Date.parse(preferredStart));
    if (match) onChange({ start: match.start, advisorId });
  }, [preferredStart, availability.data, availability.isPlaceholderData, advisorId, onChange]);

  const advisorOptions = [{ value: '', label: t('booking.anyAdvisor') }, ...advisors.map((a) => ({ value: a.id, label: a.displayName }))];

  return (
    <Stack gap="md" data-testid="slot-picker">
      <Stack gap={6}>
        <Text fw={600} id="advisor-choice-label">
          {t('booking.advisor')}
        </Text>
        <SegmentedControl
          aria-labelledby="advisor-choice-label"
          data={advisorOptions}
          value={advisorId ?? ''}
          onChange={(v) => {
            onAdvisorChange(v || null);
            onChange(null);
          }}
          fullWidth
          data-testid="advisor-choice"
        />
      </Stack>

      {serviceTypes.length === 0 ? (
        <Text c="dark.6" fz="lg" data-testid="slots-need-services">
          {t('booking.pickServicesFirst')}
        </Text>
      ) : availability.error && !availability.data ? (
        <ErrorState error={availability.error} onRetry={() => void availability.refetch()} />
      ) : (
        <>
          <Group gap="xs" wrap="nowrap" align="stretch">
            <Button
              variant="default"
              h="auto"
              px="xs"
              onClick={() => setWindowStart(addDays(windowStart, -WINDOW_DAYS) < today ? today : addDays(windowStart, -WINDOW_DAYS))}
              disabled={windowStart <= today}
              aria-label={t('booking.earlierDays')}
            >
              <ChevronLeftIcon />
            </Button>
            <SimpleGrid cols={7} spacing={6} style={{ flex: 1 }} role="group" aria-label={t('booking.day')} data-testid="day-strip">
              {days.map((d) => {
                const count = byDay.get(d)?.length ?? 0;
                const selected = d === shownDay;
                const loading = availability.isPending;
                return (
                  <UnstyledButton
                    key={d}
                    className="day-button"
                    data-selected={selected || undefined}
                    data-empty={(!loading && count === 0) || undefined}
                    aria-pressed={selected}
                    disabled={!loading && count === 0}
                    onClick={() => setDay(d)}
                    data-testid={`day-${d}`}
                  >
                    <span className="day-button-weekday">{formatDay(d, language, { weekday: 'short' })}</span>
                    <span className="day-button-date">{formatDay(d, language, { month: 'numeric', day: 'numeric' })}</span>
                    <span className="day-button-count">{loading ? '…' : count === 0 ? t('booking.full') : t('booking.slotsFree', { count })}</span>
                  </UnstyledButton>
                );
              })}
            </SimpleGrid>
            <Button variant="default" h="auto" px="xs" onClick={() => setWindowStart(addDays(windowStart, WINDOW_DAYS))} aria-label={t('booking.laterDays')}>
              <ChevronRightIcon />
            </Button>
          </Group>

          <Group gap="xs" justify="space-between">
            <Text fw={700} fz="lg">
              {shownDay ? formatDay(shownDay, language, { month: 'long', day: 'numeric', weekday: 'long' }) : ''}
            </Text>
            {availability.isFetching && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
          </Group>
          {availability.isPending ? (
            <SimpleGrid cols={{ base: 4, sm: 6 }} spacing="sm">
              {Array.from({ length: 12 }, (_, i) => (
                <Skeleton key={i} h={64} radius="md" />
              ))}
            </SimpleGrid>
          ) : slots.length === 0 ? (
            <Text c="dark.6" fz="lg" data-testid="no-slots">
              {shownDay ? t('booking.noSlotsDay') : t('booking.noSlotsWindow')}
            </Text>
          ) : (
            <SlotGroups slots={slots} zone={zone} value={value} advisorId={advisorId} onChange={onChange} />
          )}
        </>
      )}
      {error && (
        <Text c="var(--mantine-color-error)" fz="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function SlotGroups({ slots, zone, value, advisorId, onChange }: { slots: AvailableSlot[]; zone: string; value: SlotChoice | null; advisorId: string | null; onChange: (slot: SlotChoice) => void }) {
  const { t } = useTranslation();
  const morning = slots.filter((s) => localMinutes(s.start, zone) < 12 * 60);
  const afternoon = slots.filter((s) => localMinutes(s.start, zone) >= 12 * 60);
  return (
    <Stack gap="sm" role="radiogroup" aria-label={t('booking.time')} data-testid="slots">
      {[
        { label: t('booking.morning'), list: morning },
        { label: t('booking.afternoon'), list: afternoon },
      ]
        .filter((g) => g.list.length > 0)
        .map((g) => (
          <Stack key={g.label} gap={6}>
            <Text c="dark.6" fw={600} fz="sm">
              {g.label}
            </Text>
            <SimpleGrid cols={{ base: 4, sm: 6 }} spacing="sm">
              {g.list.map((s) => {
                const selected = value?.start === s.start;
                const time = formatZonedTime(s.start, zone);
                const names = s.advisors.map((a) => a.displayName).join('、');
                return (
                  <Button
                    key={s.start}
                    role="radio"
                    aria-checked={selected}
                    variant={selected ? 'filled' : 'default'}
                    h={64}
                    px={4}
                    onClick={() => onChange({ start: s.start, advisorId })}
                    data-testid={`slot-${time}`}
                    title={t('booking.advisorsFree', { names })}
                    styles={{ label: { flexDirection: 'column', lineHeight: 1.2, whiteSpace: 'normal' } }}
                  >
                    <span className="slot-time">{time}</span>
                    <span className="slot-meta">{advisorId ? t('booking.placesFree', { count: s.advisors[0]?.free ?? 0 }) : t('booking.advisorsCount', { count: s.advisors.length })}</span>
                  </Button>
                );
              })}
            </SimpleGrid>
          </Stack>
        ))}
    </Stack>
  );
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
