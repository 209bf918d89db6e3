import { Button, Chip, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import type { LostReason, Task } from '@/lib/api-types';
import { useCloseOutreach, useOutreach } from '../api/outreach';

/** R-REM-5's list, in the order a caller hears them most. */
export const LOST_REASONS: LostReason[] = [
  'OTHER_DEALER', 'INDEPENDENT_GARAGE', 'PRICE', 'SERVICE_QUALITY', 'WAITING_TIME', 'TOO_FAR', 'MOVED_AWAY', 'VEHICLE_SOLD', 'VEHICLE_SCRAPPED', 'UNREACHABLE', 'OTHER',
];

/**
 * R-REM-5 on the retention or lost call: the customer comes back (retained), or is lost with a reason chosen from
 * the list; closing it finishes the call.
 */
export function OutreachClose({ store, task }: { store: string; task: Task }) {
  const { t } = useTranslation();
  const list = useOutreach(store, task.subject.id);
  const close = useCloseOutreach(store);
  const [reason, setReason] = useState<LostReason | null>(null);
  if (list.isPending) return <LoadingState />;
  const open = list.data?.find((o) => o.kind === task.purpose && o.status === 'OPEN');
  if (!open) return null;
  const done = (outcome: 'RETAINED' | 'LOST') =>
    close.mutate(
      { outreach: open, body: outcome === 'LOST' ? { outcome, lostReason: reason } : { outcome } },
      { onSuccess: () => notifications.show({ color: 'green', message: t(`followUp.outreach.done.${outcome}`) }) },
    );
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="outreach-close">
      <Stack gap="xs">
        <Text fw={700}>{t('followUp.outreach.lastVisit', { date: open.referenceDate })}</Text>
        <Text>{t('followUp.outreach.reasonLabel')}</Text>
        <Chip.Group multiple={false} value={reason} onChange={(v) => setReason(v as LostReason)}>
          <Group gap="xs" wrap="wrap" role="radiogroup" aria-label={t('followUp.outreach.reasonLabel')}>
            {LOST_REASONS.map((r) => (
              <Chip key={r} value={r} size="md" styles={{ label: { minHeight: 44 } }} data-testid={`lost-reason-${r}`}>
                {t(`followUp.outreach.reasons.${r}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group gap="sm" wrap="wrap">
          <Button mih={44} color="green" disabled={close.isPending} onClick={() => done('RETAINED')} data-testid="outreach-retained">
            {t('followUp.outreach.retained')}
          </Button>
          <Button mih={44} color="red" variant="light" disabled={close.isPending || !reason} onClick={() => done('LOST')} data-testid="outreach-lost">
            {t('followUp.outreach.lost')}
          </Button>
        </Group>
        {close.error && <ProblemAlert error={close.error} />}
      </Stack>
    </Paper>
  );
}
