import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useAdvisors } from '@/features/appointments/api/list-advisors';
import { useSettlement } from '@/features/settlement/api/settlement';
import { SettlementPrint } from '@/features/settlement/components/settlement-print';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';
import './settlement-print.css';

/** 结算清单 and 出厂通知单 on A4 (R-DEL-1, R-DEL-4): the same figures as the screen and the API. */
export function SettlementPrintRoute() {
  return (
    <RequirePermission permission="settlement.read">
      <PrintScreen />
    </RequirePermission>
  );
}

function PrintScreen() {
  const { t } = useTranslation();
  const { settlementId = '' } = useParams();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const bill = useSettlement(store.code, settlementId);
  const advisors = useAdvisors(store.code);
  if (bill.isPending) return <LoadingState />;
  if (bill.error) return <ErrorState error={bill.error} onRetry={() => void bill.refetch()} />;
  const advisor = advisors.data?.find((a) => a.id === bill.data.advisorId)?.displayName ?? null;
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t('settle.printTitle')}
          backTo={`/settlement/${bill.data.id}`}
          actions={
            <Group>
              <Button size="lg" h={48} onClick={() => window.print()} data-testid="print">
                {t('settle.printButton')}
              </Button>
            </Group>
          }
        />
      </div>
      <SettlementPrint bill={bill.data} store={{ name: store.name }} advisor={advisor} zone={zone} />
    </>
  );
}
