import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useComplaint, useComplaintAction } from '../api/complaints';

/** R-FUP-5: the second follow-up in the call screen — what was resolved, and the customer's answer: satisfied confirms, not satisfied reopens. */
export function ComplaintCallback({ store, complaintId }: { store: string; complaintId: string }) {
  const { t } = useTranslation();
  const complaint = useComplaint(store, complaintId);
  const act = useComplaintAction(store);
  const [note, setNote] = useState('');
  if (complaint.isPending) return <LoadingState />;
  if (complaint.error) return <ErrorState error={complaint.error} onRetry={() => void complaint.refetch()} />;
  const c = complaint.data;
  const answer = (satisfied: boolean) =>
    act.mutate(
      { complaint: c, action: 'second-follow-up', satisfied, note },
      { onSuccess: (after) => notifications.show({ color: satisfied ? 'green' : 'orange', message: t('complaints.done', { number: after.number, status: t(`complaints.status.${after.status}`) }) }) },
    );
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="complaint-callback">
      <Stack gap="xs">
        <Text fw={700}>
          {c.number} · {c.category}
        </Text>
        <Text>{c.description}</Text>
        {c.resolution && <Text c="dark.6">{t('complaints.resolution', { text: c.resolution })}</Text>}
        {c.status === 'RESOLVED' ? (
          <>
            <Textarea label={t('complaints.form.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid="callback-note" />
            <Group gap="xs">
              <Button mih={44} color="green" disabled={note.trim() === ''} loading={act.isPending} onClick={() => answer(true)} data-testid="callback-satisfied">
                {t('complaints.form.satisfied')}
              </Button>
              <Button mih={44} color="orange" disabled={note.trim() === ''} loading={act.isPending} onClick={() => answer(false)} data-testid="callback-unsatisfied">
                {t('complaints.form.unsatisfied')}
              </Button>
            </Group>
          </>
        ) : (
          <Text>{t(`complaints.status.${c.status}`)}</Text>
        )}
        {act.error && <ProblemAlert error={act.error} />}
      </Stack>
    </Paper>
  );
}
