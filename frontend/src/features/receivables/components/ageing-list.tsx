import { Button, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '@/components/format';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import type { AgeingRow } from '@/lib/api-types';
import { useAgeing } from '../api/receivables';

const BUCKETS = ['days0to30', 'days31to60', 'days61to90', 'over90'] as const;

/** R-DEL-3: the ageing list: each account's outstanding by store days since the invoice date, the oldest debt first. */
export function AgeingList({ store, zone }: { store: string; zone: string }) {
  const { t } = useTranslation();
  const ageing = useAgeing(store);
  if (ageing.isPending) return <LoadingState />;
  if (ageing.error) return <ErrorState error={ageing.error} onRetry={() => void ageing.refetch()} />;
  const { rows, totals, asOf } = ageing.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="recv-ageing">
      <Title order={2} fz={20} id="recv-ageing">
        {t('recv.ageing')}
      </Title>
      <Text c="dark.6">{t('recv.asOf', { date: formatDate(asOf, zone) })}</Text>
      {rows.length === 0 ? (
        <EmptyState title={t('recv.ageingEmpty')} />
      ) : (
        <ScrollArea>
          <Table striped withTableBorder data-testid="ageing-table" miw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('recv.account')}</Table.Th>
                {BUCKETS.map((b) => (
                  <Table.Th key={b} ta="right">
                    {t(`recv.bucket.${b}`)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('recv.total')}</Table.Th>
                <Table.Th ta="right">{t('recv.overdue')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Row key={r.accountId} row={r} />
              ))}
              <Table.Tr fw={800} data-testid="ageing-totals">
                <Table.Td>{t('recv.totals')}</Table.Td>
                {BUCKETS.map((b) => (
                  <Table.Td key={b} ta="right" className="tabular">
                    {formatMoney(totals[b])}
                  </Table.Td>
                ))}
                <Table.Td ta="right" className="tabular">
                  {formatMoney(totals.total)}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {formatMoney(totals.overdue)}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Stack>
  );
}

function Row({ row }: { row: AgeingRow }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="ageing-row">
      <Table.Td>
        {row.accountName} {row.kind ? `(${t(`recv.kind.${row.kind}`)})` : ''}
      </Table.Td>
      {BUCKETS.map((b) => (
        <Table.Td key={b} ta="right" className="tabular" fw={b === 'over90' && row.over90 > 0 ? 800 : undefined} c={b === 'over90' && row.over90 > 0 ? 'red.9' : undefined}>
          {formatMoney(row[b])}
        </Table.Td>
      ))}
      <Table.Td ta="right" className="tabular">
        {formatMoney(row.total)}
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {formatMoney(row.overdue)}
      </Table.Td>
      <Table.Td>
        <Button component={Link} to={`/receivables/accounts/${row.accountId ?? ''}/statement`} variant="light" size="md" h={44}>
          {t('recv.statement')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
