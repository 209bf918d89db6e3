import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { CustomerPicker } from '@/features/customers/components/customer-picker';
import { useStatement } from '@/features/receivables/api/receivables';
import { AccountStatementSheet } from '@/features/receivables/components/account-statement';
import { AgeingList } from '@/features/receivables/components/ageing-list';
import { CreditAccounts } from '@/features/receivables/components/credit-accounts';
import { ReceivableList } from '@/features/receivables/components/receivable-list';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';
import '../settlement/settlement-print.css';

/** 应收账款 (issue 10, R-DEL-3): the ageing list, the open receivables with payments, and the credit accounts. */
export function ReceivablesRoute() {
  return (
    <RequirePermission permission="receivables.read">
      <Desk />
    </RequirePermission>
  );
}

function Desk() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const canManage = useCan('receivables.manage');
  return (
    <Stack gap="md" maw={1200}>
      <PageHeader title={t('recv.title')} backTo="/settlement" />
      <AgeingList store={store.code} zone={zone} />
      <ReceivableList store={store.code} zone={zone} canCorrect={canManage} />
      <CreditAccounts store={store.code} canManage={canManage} renderCustomerPicker={(p) => <CustomerPicker store={store.code} {...p} />} />
    </Stack>
  );
}

function monthStart(today: string) {
  return `${today.slice(0, 8)}01`;
}

/** 对账单 of one account for a period, printable on A4. */
export function AccountStatementRoute() {
  return (
    <RequirePermission permission="receivables.read">
      <StatementScreen />
    </RequirePermission>
  );
}

function StatementScreen() {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  const [from, setFrom] = useState(monthStart(today));
  const [to, setTo] = useState(today);
  const statement = useStatement(store.code, accountId, from, to);
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t('recv.statementTitle')}
          backTo="/receivables"
          actions={
            <Button size="lg" h={48} onClick={() => window.print()} data-testid="print">
              {t('settle.printButton')}
            </Button>
          }
        />
        <Group mb="md" align="flex-end">
          <TextInput type="date" label={t('recv.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} size="md" data-testid="statement-from" />
          <TextInput type="date" label={t('recv.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} size="md" data-testid="statement-to" />
        </Group>
      </div>
      {statement.isPending ? (
        <LoadingState />
      ) : statement.error ? (
        <ErrorState error={statement.error} onRetry={() => void statement.refetch()} />
      ) : (
        <AccountStatementSheet statement={statement.data} store={{ name: store.name }} zone={zone} />
      )}
    </>
  );
}
