import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { ReadinessList } from '@/features/appointments/components/readiness-list';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';
import { AppointmentsTabs } from './appointments-tabs';

/** R-PRE-4: the checklists to do today for tomorrow's appointments (advisors and workshop). */
export function ReadinessRoute() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  return (
    <RequirePermission permission="readiness.read">
      <Stack gap="md">
        <PageHeader title={t('readiness.listTitle')} />
        <AppointmentsTabs />
        <Text c="dark.6" fz="lg">
          {t('readiness.listIntro')}
        </Text>
        <ReadinessList store={store.code} zone={zone} />
      </Stack>
    </RequirePermission>
  );
}
