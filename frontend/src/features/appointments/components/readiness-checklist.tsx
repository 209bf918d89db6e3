import { Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../appointments.css';
import { ConflictNotice } from '@/components/conflict-notice';
import { AlertIcon } from '@/components/icons';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLanguage } from '@/i18n';
import type { Readiness, ReadinessCheck, ReadinessInput } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';
import { formatZonedDateTime } from '@/lib/zoned-time';
import { useReadiness } from '../api/get-readiness';
import { useUpdateReadiness } from '../api/update-readiness';

export const CHECK_ITEMS = ['technician', 'parts', 'specialTools', 'technicalDocuments'] as const;
type Item = (typeof CHECK_ITEMS)[number];
/** The three answers a person gives; PENDING is "not checked yet". */
const ANSWERS: ReadinessCheck[] = ['READY', 'NOT_READY', 'NOT_NEEDED'];
const ANSWER_COLOR: Record<ReadinessCheck, string> = { READY: 'green', NOT_READY: 'red', NOT_NEEDED: 'gray', PENDING: 'yellow' };

type Draft = Record<Item, ReadinessCheck> & { note: string };
const draftOf = (r: Readiness): Draft => ({ technician: r.technician, parts: r.parts, specialTools: r.specialTools, technicalDocuments: r.technicalDocuments, note: r.note ?? '' });

/** Ready / not ready / not needed, as three big radio buttons. */
function TriState({ item, value, onChange, disabled }: { item: Item; value: ReadinessCheck; onChange: (v: ReadinessCheck) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const labelId = `readiness-${item}`;
  return (
    <Stack gap={6} className="tri-state-row">
      <Text fw={700} fz="lg" id={labelId}>
        {t(`readiness.items.${item}`)}
      </Text>
      <Group gap={6} grow role="radiogroup" aria-labelledby={labelId} data-testid={`readiness-${item}`} data-value={value}>
        {ANSWERS.map((answer) => (
          <Button
            key={answer}
            role="radio"
            aria-checked={value === answer}
            variant={value === answer ? 'filled' : 'default'}
            color={ANSWER_COLOR[answer]}
            disabled={disabled}
            onClick={() => onChange(answer)}
            size="md"
            h={48}
            px={6}
            data-testid={`readiness-${item}-${answer}`}
          >
            {t(`readiness.checks.${answer}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

/** R-PRE-4: the day-before check of technician, parts, special tools and technical documents. */
export function ReadinessChecklist({ store, zone, appointmentId, editable }: { store: string; zone: string; appointmentId: string; editable: boolean }) {
  const { t } = useTranslation();
  const readiness = useReadiness(store, appointmentId);
  const save = useUpdateReadiness(store, appointmentId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [conflict, setConflict] = useState(false);

  if (readiness.isPending) return <LoadingState />;
  if (readiness.error) return <ErrorState error={readiness.error} onRetry={() => void readiness.refetch()} />;
  const { readiness: saved, etag } = readiness.data;
  const current = draft ?? draftOf(saved);
  const dirty = draft !== null;
  const notReady = CHECK_ITEMS.filter((i) => current[i] === 'NOT_READY');

  if (!editable) {
    return (
      <Stack gap="xs" data-testid="readiness-readonly">
        {CHECK_ITEMS.map((i) => (
          <Group key={i} justify="space-between">
            <Text fw={600}>{t(`readiness.items.${i}`)}</Text>
            <Badge color={ANSWER_COLOR[saved[i]]} size="lg" variant="light">
              {t(`readiness.checks.${saved[i]}`)}
            </Badge>
          </Group>
        ))}
        {saved.note && <Text c="dark.7">{saved.note}</Text>}
        <CheckedBy readiness={saved} zone={zone} />
      </Stack>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const body: ReadinessInput = { technician: current.technician, parts: current.parts, specialTools: current.specialTools, technicalDocuments: current.technicalDocuments, note: current.note.trim() || null };
        save.mutate(
          { body, etag },
          {
            onSuccess: () => {
              setDraft(null);
              notifications.show({ color: 'green', message: notReady.length > 0 ? t('readiness.savedNotReady') : t('readiness.saved') });
            },
            onError: (err) => {
              if (isApiError(err) && err.status === 412) setConflict(true);
            },
          },
        );
      }}
      data-testid="readiness-form"
    >
      <Stack gap="md">
        {conflict && (
          <ConflictNotice
            reloading={readiness.isFetching}
            onReload={() => {
              setConflict(false);
              setDraft(null);
              void readiness.refetch();
            }}
          />
        )}
        {CHECK_ITEMS.map((i) => (
          <TriState key={i} item={i} value={current[i]} disabled={save.isPending} onChange={(v) => setDraft({ ...current, [i]: v })} />
        ))}
        <Textarea label={t('readiness.note')} placeholder={t('readiness.notePlaceholder')} value={current.note} onChange={(e) => setDraft({ ...current, note: e.currentTarget.value })} maxLength={500} autosize minRows={2} />
        {notReady.length > 0 && (
          <Alert color="red" variant="light" icon={<AlertIcon />} title={t('readiness.notReadyTitle')} data-testid="not-ready-warning" aria-live="polite">
            {t('readiness.notReadyWarning', { items: notReady.map((i) => t(`readiness.items.${i}`)).join('、') })}
          </Alert>
        )}
        {save.error && !(isApiError(save.error) && save.error.status === 412) && <ProblemAlert error={save.error} />}
        <Group justify="space-between" wrap="wrap">
          <CheckedBy readiness={saved} zone={zone} />
          <Group gap="sm">
            {dirty && (
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={save.isPending} disabled={!dirty && saved.version > 0} data-testid="save-readiness">
              {t('readiness.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

function CheckedBy({ readiness, zone }: { readiness: Readiness; zone: string }) {
  const { t } = useTranslation();
  if (!readiness.checkedAt) return <Text c="dark.6">{t('readiness.notChecked')}</Text>;
  return (
    <Text c="dark.6">
      {t('readiness.checkedBy', { who: readiness.checkedBy ?? '', when: formatZonedDateTime(readiness.checkedAt, zone, currentLanguage()) })}
    </Text>
  );
}
