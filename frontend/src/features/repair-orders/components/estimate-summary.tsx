import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney, formatNumber } from '@/components/format';
import type { PayType, RepairOrder, RepairOrderLine } from '@/lib/api-types';
import { useStoreZone } from '@/lib/store-zone';

const PAY_TYPES: readonly PayType[] = ['CUSTOMER', 'WARRANTY', 'INTERNAL', 'GOODWILL'];

function payTypeTotal(order: RepairOrder, p: PayType): number {
  const t = order.totals;
  return p === 'CUSTOMER' ? t.customerPay : p === 'WARRANTY' ? t.warranty : p === 'INTERNAL' ? t.internal : t.goodwill;
}

/** What a line is, in one phrase: hours × rate for a job, quantity × price for a part. */
export function useLineDetail() {
  const { t } = useTranslation();
  const zone = useStoreZone();
  return (l: RepairOrderLine): string => {
    if (l.kind === 'JOB') {
      const mode = l.pricingMode ? t(`ro.pricingModes.${l.pricingMode}`) : '';
      return [l.operationCode, l.hours != null ? `${formatNumber(l.hours)} h` : '', mode].filter(Boolean).join(' · ');
    }
    if (l.kind === 'PART') {
      return [
        l.partNumber,
        l.quantity != null ? `× ${formatNumber(l.quantity)}` : '',
        l.supplier ? t(`ro.suppliers.${l.supplier}`) : '',
        l.grade ? t(`ro.grades.${l.grade}`) : '',
        l.criticalSystem ? t('ro.critical') : '',
        l.partsAvailableAt ? t('ro.partsExpected', { at: formatDateTime(l.partsAvailableAt, zone) }) : '',
      ]
        .filter(Boolean)
        .join(' · ');
    }
    return l.feeType ? t(`ro.feeTypes.${l.feeType}`) : '';
  };
}

/**
 * The estimate as the customer sees it before signing: the lines, the disclaimers the server
 * computed from them (R-CHK-4..6, never typed by hand), totals by pay type (R-CHK-7), tax and
 * what the customer pays. Amounts are the server's exact decimals; nothing is summed here.
 */
export function EstimateSummary({ order, onRemoveLine }: { order: RepairOrder; onRemoveLine?: (line: RepairOrderLine) => void }) {
  const { t } = useTranslation();
  const detail = useLineDetail();
  const money = (v: number) => formatMoney(v, order.currency);
  if (order.lines.length === 0) {
    return (
      <Text c="dark.6" data-testid="estimate-empty">
        {t('ro.noLines')}
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="estimate-summary">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ro.line')}</Table.Th>
              <Table.Th>{t('ro.payType')}</Table.Th>
              <Table.Th ta="right">{t('ro.amount')}</Table.Th>
              {onRemoveLine && <Table.Th aria-label={t('common.remove')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((l) => (
              <Table.Tr key={l.id} data-testid="estimate-line">
                <Table.Td>
                  <Group gap={6}>
                    <Badge variant="outline" size="sm">
                      {t(`ro.kinds.${l.kind}`)}
                    </Badge>
                    <Text fw={600}>{l.description}</Text>
                  </Group>
                  <Text fz="sm" c="dark.6">
                    {detail(l)}
                  </Text>
                  {l.disclaimers.map((d) => (
                    <Badge key={d} color={d === 'COST_AFTER_DISASSEMBLY' ? 'blue' : 'red'} variant="light" mt={4} mr={4}>
                      {t(`ro.disclaimerCodes.${d}`)}
                    </Badge>
                  ))}
                </Table.Td>
                <Table.Td>{t(`ro.payTypes.${l.payType}`)}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {money(l.amount)}
                </Table.Td>
                {onRemoveLine && (
                  <Table.Td ta="right">
                    <button type="button" className="line-remove" onClick={() => onRemoveLine(l)} aria-label={`${t('common.remove')} ${l.description}`}>
                      ×
                    </button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {order.disclaimers.length > 0 && (
        <Stack gap={4} data-testid="disclaimers">
          <Text fw={700}>{t('ro.disclaimers')}</Text>
          <List>
            {order.disclaimers.map((d) => (
              <List.Item key={`${d.lineId}:${d.code}`}>
                {order.lines.find((l) => l.id === d.lineId)?.description ?? ''}：{d.text}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Table withRowBorders={false} maw={420} ml="auto" data-testid="totals">
        <Table.Tbody>
          {PAY_TYPES.filter((p) => p === 'CUSTOMER' || payTypeTotal(order, p) !== 0).map((p) => (
            <Table.Tr key={p}>
              <Table.Td>{t(`ro.payTypes.${p}`)}</Table.Td>
              <Table.Td ta="right" className="tabular" data-testid={`total-${p}`}>
                {money(payTypeTotal(order, p))}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td>{t('ro.subtotal')}</Table.Td>
            <Table.Td ta="right" className="tabular">
              {money(order.totals.subtotal)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>{t('ro.tax', { percent: order.taxRatePercent })}</Table.Td>
            <Table.Td ta="right" className="tabular" data-testid="total-tax">
              {money(order.totals.tax)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td fw={700}>{t('ro.total')}</Table.Td>
            <Table.Td ta="right" fw={700} className="tabular" data-testid="total-total">
              {money(order.totals.total)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td fw={800}>{t('ro.customerPayable')}</Table.Td>
            <Table.Td ta="right" fw={800} fz="lg" className="tabular" data-testid="total-customer-payable">
              {money(order.totals.customerPayable)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
