import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/components/format';
import type { Settlement } from '@/lib/api-types';

/** The statement's lines, labour and materials apart; a line that differs from the signed estimate is highlighted with its source. */
export function StatementLines({ bill }: { bill: Settlement }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder data-testid="statement-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('settle.kind')}</Table.Th>
          <Table.Th>{t('settle.description')}</Table.Th>
          <Table.Th>{t('settle.payType')}</Table.Th>
          <Table.Th className="num">{t('settle.quantity')}</Table.Th>
          <Table.Th className="num">{t('settle.unitPrice')}</Table.Th>
          <Table.Th className="num">{t('settle.amount')}</Table.Th>
          <Table.Th className="num">{t('settle.discount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {bill.lines.map((l) => (
          <Table.Tr key={l.id} data-testid="statement-line" data-difference={l.source !== 'ESTIMATE' ? 'true' : undefined} className={l.source !== 'ESTIMATE' ? 'settle-difference' : undefined}>
            <Table.Td>{t(`settle.lineKind.${l.kind}`)}</Table.Td>
            <Table.Td>
              <Text>{l.description}</Text>
              {l.source !== 'ESTIMATE' && (
                <Badge color="orange" variant="light">
                  {t(`settle.source.${l.source}`)}
                </Badge>
              )}
              {l.reason && <Text fz="sm" c="dark.6">{l.reason}</Text>}
            </Table.Td>
            <Table.Td>{t(`settle.pay.${l.payType}`)}</Table.Td>
            <Table.Td className="num tabular">{l.quantity}</Table.Td>
            <Table.Td className="num tabular">{formatMoney(l.unitPrice, bill.currency)}</Table.Td>
            <Table.Td className="num tabular">{formatMoney(l.amount, bill.currency)}</Table.Td>
            <Table.Td className="num tabular">{l.discount > 0 ? `−${formatMoney(l.discount, bill.currency)}` : ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The bill's figures; the VAT line says whether it is contained in the total or added to it. */
export function StatementTotals({ bill }: { bill: Settlement }) {
  const { t } = useTranslation();
  const m = (v: number) => formatMoney(v, bill.currency);
  const tt = bill.totals;
  const rows: [string, string, string][] = [
    ['labour', t('settle.totals.labour'), m(tt.labour)],
    ['materials', t('settle.totals.materials'), m(tt.materials)],
    ['fees', t('settle.totals.fees'), m(tt.fees)],
    ['discounts', t('settle.totals.discounts'), tt.discounts > 0 ? `−${m(tt.discounts)}` : m(0)],
    ['net', t('settle.totals.net'), m(tt.net)],
    ['vat', bill.pricesIncludeVat ? t('settle.totals.vatIncluded', { rate: bill.taxRatePercent }) : t('settle.totals.vatAdded', { rate: bill.taxRatePercent }), m(tt.vat)],
    ['payable', t('settle.totals.payable'), m(tt.customerPayable)],
    ['paid', t('settle.totals.paid'), m(tt.paid)],
    ['balance', t('settle.totals.balance'), m(tt.balance)],
  ];
  const others = (['warranty', 'internal', 'goodwill'] as const).filter((k) => tt[k] > 0);
  return (
    <Table withTableBorder data-testid="statement-totals">
      <Table.Tbody>
        {rows.map(([key, label, value]) => (
          <Table.Tr key={key} data-testid={`total-${key}`} className={key === 'payable' || key === 'balance' ? 'strong' : undefined}>
            <Table.Td>{label}</Table.Td>
            <Table.Td className="num tabular">{value}</Table.Td>
          </Table.Tr>
        ))}
        {others.map((k) => (
          <Table.Tr key={k} data-testid={`total-${k}`}>
            <Table.Td>{t(`settle.totals.${k}`)}</Table.Td>
            <Table.Td className="num tabular">{m(tt[k])}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
