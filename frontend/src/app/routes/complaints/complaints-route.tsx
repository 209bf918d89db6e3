import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { ComplaintBoard } from '@/features/complaints/components/complaint-board';
import { CoverageFigure } from '@/features/follow-up/components/coverage-figure';
import { useCurrentStore } from '@/lib/current-store';
import { useSession } from '@/lib/session';
import { useStoreZone } from '@/lib/store-zone';

export function ComplaintsRoute() {
  return (
    <RequirePermission permission="followUp.work">
      <Complaints />
    </RequirePermission>
  );
}

/** Customer service's and the service manager's complaint board (R-FUP-5); the manager opens on the escalations and sees the coverage (R-FUP-3). */
function Complaints() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const session = useSession();
  const manager = session.roles.includes('service-manager');
  return (
    <Stack gap="md">
      <PageHeader title={t('complaints.title')} />
      <Text c="dark.6" fz="lg">
        {t('complaints.intro')}
      </Text>
      {manager && <CoverageFigure store={store.code} />}
      <ComplaintBoard store={store.code} zone={zone} initialView={manager ? 'overdue' : 'all'} />
    </Stack>
  );
}
