import { Button, Group, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CannedJob } from '@/lib/api-types';

/** The store's standard jobs as big buttons: one tap adds all of a job's lines. */
export function CannedJobPicker({ jobs, loading, busyId, onPick }: { jobs: CannedJob[] | undefined; loading: boolean; busyId: string | null; onPick: (job: CannedJob) => void }) {
  const { t } = useTranslation();
  if (loading) return <Skeleton h={48} />;
  if (!jobs || jobs.length === 0) return <Text c="dark.6">{t('ro.noCannedJobs')}</Text>;
  return (
    <Group gap="sm" data-testid="canned-jobs">
      {jobs.map((j) => (
        <Button key={j.id} size="lg" variant="light" h={56} loading={busyId === j.id} disabled={busyId !== null && busyId !== j.id} onClick={() => onPick(j)} data-testid="canned-job">
          {j.name}
        </Button>
      ))}
    </Group>
  );
}
