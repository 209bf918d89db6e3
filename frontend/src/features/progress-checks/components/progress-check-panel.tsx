import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/page-states';
import { useProgressCheckForTask } from '../api/progress-checks';
import { ProgressCheckForm } from './progress-check-form';

/** R-REP-2: on a PROGRESS_CHECK task of the desk: what is being checked and, on a tap, the answer form. */
export function ProgressCheckPanel({ store, zone, taskId }: { store: string; zone: string; taskId: string }) {
  const { t } = useTranslation();
  const check = useProgressCheckForTask(store, taskId);
  const [open, setOpen] = useState(false);
  if (check.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (check.error) return <ErrorState error={check.error} onRetry={() => void check.refetch()} />;
  const c = check.data;
  if (!c) return <Text c="dimmed">{t('progressCheck.none')}</Text>;
  return (
    <Stack gap="sm" data-testid="progress-check">
      <Text fz="md" data-testid="progress-job">
        {t('progressCheck.job', { job: c.jobDescription, hours: c.soldHours, percent: c.percent })}
      </Text>
      {c.status !== 'OPEN' ? (
        <Text c="dimmed">{t(`progressCheck.statuses.${c.status}`)}</Text>
      ) : open ? (
        <ProgressCheckForm store={store} zone={zone} check={c} onDone={() => setOpen(false)} />
      ) : (
        <Button size="md" h={44} style={{ alignSelf: 'flex-start' }} onClick={() => setOpen(true)} data-testid="progress-open">
          {t('progressCheck.record')}
        </Button>
      )}
    </Stack>
  );
}
