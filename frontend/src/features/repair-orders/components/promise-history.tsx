import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/components/format';
import type { RepairOrder } from '@/lib/api-types';
import { useStoreZone } from '@/lib/store-zone';

/**
 * R-REP-2 / R-REP-3: the promised delivery time now, the workshop's expected completion (latest
 * progress check), whether the order is late, and every move of the promise with its reason.
 */
export function PromiseHistory({ order }: { order: Pick<RepairOrder, 'promisedDeliveryAt' | 'expectedCompletionAt' | 'late' | 'promiseRevisions'> }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  return (
    <Stack gap="sm" component="section" aria-labelledby="promise-history" data-testid="promise-history">
      <Title order={2} fz={20} id="promise-history">
        {t('promise.title')}
      </Title>
      <Group gap="lg" wrap="wrap">
        <Text fw={700}>
          {t('promise.now')}: {order.promisedDeliveryAt ? formatDateTime(order.promisedDeliveryAt, zone) : t('promise.none')}
        </Text>
        {order.expectedCompletionAt && (
          <Text data-testid="expected-completion">
            {t('promise.expected')}: {formatDateTime(order.expectedCompletionAt, zone)}
          </Text>
        )}
        {order.late && (
          <Badge color="red" size="lg" data-testid="order-late">
            {t('orders.late')}
          </Badge>
        )}
      </Group>
      {order.promiseRevisions.length === 0 ? (
        <Text c="dimmed">{t('promise.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" data-testid="promise-revisions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('promise.when')}</Table.Th>
                <Table.Th>{t('promise.from')}</Table.Th>
                <Table.Th>{t('promise.to')}</Table.Th>
                <Table.Th>{t('promise.reason')}</Table.Th>
                <Table.Th>{t('promise.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.promiseRevisions.map((r) => (
                <Table.Tr key={r.id} data-testid="promise-revision">
                  <Table.Td>{formatDateTime(r.revisedAt, zone)}</Table.Td>
                  <Table.Td>{r.previousAt ? formatDateTime(r.previousAt, zone) : '—'}</Table.Td>
                  <Table.Td fw={700}>{formatDateTime(r.revisedTo, zone)}</Table.Td>
                  <Table.Td>
                    {t(`promise.reasons.${r.reason}`, { defaultValue: r.reason })}
                    {r.note ? `：${r.note}` : ''}
                  </Table.Td>
                  <Table.Td>{r.revisedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
