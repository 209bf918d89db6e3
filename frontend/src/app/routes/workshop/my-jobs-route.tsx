import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { MyJobs } from '@/features/workshop/components/my-jobs';
import { ToSignOff } from '@/features/quality-check/components/to-sign-off';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';

/** 我的工单 (R-REP-1): the technician's clock on a phone or tablet. */
export function MyJobsRoute() {
  return (
    <RequirePermission permission="workshop.clock">
      <Jobs />
    </RequirePermission>
  );
}

function Jobs() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  return (
    <Stack gap="md" maw={720}>
      <PageHeader title={t('myJobs.title')} />
      <Text c="dark.6">{t('myJobs.intro')}</Text>
      <ToSignOff store={store.code} />
      <MyJobs store={store.code} zone={zone} />
    </Stack>
  );
}
