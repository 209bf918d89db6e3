import { Badge, Button, Checkbox, Group, List, Stack, Table, Text } from '@mantine/core';
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

/** The customer's answer to one line (R-PRE-3): declined (with the advisor's safety flag) or taken back. */
export type LineDecision = { declined: boolean; safetyCritical: boolean };

/**
 * The estimate as the customer sees it before signing: the lines, the disclaimers the server
 * computed from them (R-CHK-4..6, never typed by hand), totals by pay type (R-CHK-7), tax and
 * what the customer pays. Amounts are the server's exact decimals; nothing is summed here. With
 * `onDecide` the customer accepts or declines each job and part (R-PRE-3): a declined line stays
 * in the list, struck through, and the server's totals leave it out.
 */
export function EstimateSummary({
  order,
  onRemoveLine,
  onDecide,
  deciding = false,
}: {
  order: RepairOrder;
  onRemoveLine?: (line: RepairOrderLine) => void;
  onDecide?: (line: RepairOrderLine, decision: LineDecision) => void;
  deciding?: boolean;
}) {
  const { t } = useTranslation();
  const detail = useLineDetail();
  const money = (v: number) => formatMoney(v, order.currency);
  const declinedCount = order.lines.filter((l) => l.declined).length;
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
              <Table.Tr key={l.id} data-testid="estimate-line" data-declined={l.declined || undefined}>
                <Table.Td>
                  <Group gap={6}>
                    <Badge variant="outline" size="sm">
                      {t(`ro.kinds.${l.kind}`)}
                    </Badge>
                    <Text fw={600} td={l.declined ? 'line-through' : undefined}>
                      {l.description}
                    </Text>
                    {l.declined && (
                      <Badge color="gray" variant="filled" data-testid="declined-badge">
                        {t('ro.declinedBadge')}
                      </Badge>
                    )}
                  </Group>
                  <Text fz="sm" c="dark.6">
                    {detail(l)}
                  </Text>
                  {onDecide && l.kind !== 'FEE' && (
                    <Group gap="sm" mt={6}>
                      <Button
                        size="md"
                        h={44}
                        variant={l.declined ? 'default' : 'light'}
                        color={l.declined ? undefined : 'red'}
                        disabled={deciding}
                        onClick={() => onDecide(l, { declined: !l.declined, safetyCritical: false })}
                        aria-label={`${t(l.declined ? 'ro.acceptLine' : 'ro.declineLine')} ${l.description}`}
                        data-testid={l.declined ? 'accept-line' : 'decline-line'}
                      >
                        {t(l.declined ? 'ro.acceptLine' : 'ro.declineLine')}
                      </Button>
                      {l.declined && (
                        <Checkbox
                          size="md"
                          label={t('ro.declinedSafetyCritical')}
                          checked={l.safetyCritical}
                          // a critical-system part is safety-critical anyway
                          disabled={deciding || (l.kind === 'PART' && l.criticalSystem)}
                          onChange={(e) => onDecide(l, { declined: true, safetyCritical: e.currentTarget.checked })}
                          data-testid="declined-safety-critical"
                        />
                      )}
                    </Group>
                  )}
                  {l.disclaimers.map((d) => (
                    <Badge key={d} color={d === 'COST_AFTER_DISASSEMBLY' ? 'blue' : 'red'} variant="light" mt={4} mr={4}>
                      {t(`ro.disclaimerCodes.${d}`)}
                    </Badge>
                  ))}
                </Table.Td>
                <Table.Td>{t(`ro.payTypes.${l.payType}`)}</Table.Td>
                <Table.Td ta="right" className="tabular" td={l.declined ? 'line-through' : undefined} c={l.declined ? 'dark.4' : undefined}>
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
      {declinedCount > 0 && (
        <Text c="dark.6" data-testid="declined-note">
          {t('ro.declinedNote')}
        </Text>
      )}
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
