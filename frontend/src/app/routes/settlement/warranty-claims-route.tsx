import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { WarrantyClaims } from '@/features/settlement/components/warranty-claims';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';

/** 保修索赔 (issue 10, R-CHK-7): the claims with their named transitions. */
export function WarrantyClaimsRoute() {
  return (
    <RequirePermission permission="settlement.read">
      <Claims />
    </RequirePermission>
  );
}

function Claims() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader title={t('warranty.title')} backTo="/settlement" />
      <Text c="dark.6">{t('warranty.intro')}</Text>
      <WarrantyClaims store={store.code} zone={zone} canSubmit={useCan('settlement.bill')} canDecide={useCan('warranty.decide')} />
    </Stack>
  );
}
