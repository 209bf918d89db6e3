import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { JobQualityCheckView } from '@/features/quality-check/components/job-quality-check';
import { QualityCheckQueue } from '@/features/quality-check/components/quality-check-queue';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';

/** 质检 (R-QC-1, R-QC-4): the inspectors' queue and the first-pass rate. */
export function QualityCheckRoute() {
  return (
    <RequirePermission permission="qualityCheck.read">
      <Queue />
    </RequirePermission>
  );
}

function Queue() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const showRate = useCan('qualityCheck.rate');
  return (
    <Stack gap="md">
      <PageHeader title={t('qc.title')} />
      <Text c="dark.6">{t('qc.intro')}</Text>
      <QualityCheckQueue store={store.code} zone={zone} showRate={showRate} />
    </Stack>
  );
}

/** One job's self-check or final inspection (R-QC-1, R-QC-2, R-REP-6). */
export function JobQualityCheckRoute() {
  return (
    <RequirePermission permission="qualityCheck.read">
      <Job />
    </RequirePermission>
  );
}

function Job() {
  const { t } = useTranslation();
  const { jobId = '' } = useParams();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  return (
    <Stack gap="md" maw={820}>
      <PageHeader title={t('qc.jobTitle')} backTo="/quality-check" />
      <JobQualityCheckView store={store.code} jobId={jobId} zone={zone} />
    </Stack>
  );
}
