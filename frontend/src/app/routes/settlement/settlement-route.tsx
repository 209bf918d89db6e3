import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { SettlementBill } from '@/features/settlement/components/settlement-bill';
import { SettlementInbox } from '@/features/settlement/components/settlement-inbox';
import { SettlementQueue } from '@/features/settlement/components/settlement-queue';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';

/** 结算 (issue 10): the cashier's queue; the service manager's discount and override inbox beside it. */
export function SettlementRoute() {
  return (
    <RequirePermission permission="settlement.read">
      <Desk />
    </RequirePermission>
  );
}

function Desk() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const canBill = useCan('settlement.bill');
  const canManage = useCan('settlement.manage');
  const canReceivables = useCan('receivables.read');
  return (
    <Stack gap="md">
      <PageHeader
        title={t('settle.title')}
        actions={
          <Group>
            <Button component={Link} to="/warranty-claims" variant="light" size="md" h={44} data-testid="to-warranty-claims">
              {t('warranty.title')}
            </Button>
            {canReceivables && (
              <Button component={Link} to="/receivables" variant="light" size="md" h={44} data-testid="to-receivables">
                {t('recv.title')}
              </Button>
            )}
          </Group>
        }
      />
      <Text c="dark.6">{t('settle.intro')}</Text>
      <SimpleGrid cols={{ base: 1, lg: canManage ? 2 : 1 }}>
        <SettlementQueue store={store.code} canBill={canBill} />
        {canManage && <SettlementInbox store={store.code} />}
      </SimpleGrid>
    </Stack>
  );
}

/** One bill: statement, discounts, payment, release note, delivery. */
export function SettlementBillRoute() {
  return (
    <RequirePermission permission="settlement.read">
      <Bill />
    </RequirePermission>
  );
}

function Bill() {
  const { t } = useTranslation();
  const { settlementId = '' } = useParams();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader title={t('settle.billTitle')} backTo="/settlement" />
      <SettlementBill store={store.code} id={settlementId} zone={zone} />
    </Stack>
  );
}
