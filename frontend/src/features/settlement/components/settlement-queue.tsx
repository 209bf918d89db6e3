import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatMoney } from '@/components/format';
import { LoadMore } from '@/components/load-more';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useDrawUp, useSettlementQueue } from '../api/settlement';

/** The cashier's queue: orders ready for delivery (or settled, not delivered), the longest waiting first, with their bill. */
export function SettlementQueue({ store, canBill }: { store: string; canBill: boolean }) {
  const { t } = useTranslation();
  const queue = useSettlementQueue(store);
  const draw = useDrawUp(store);
  const navigate = useNavigate();
  if (queue.isPending) return <LoadingState />;
  if (!queue.data) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  return (
    <Stack gap="sm" component="section" aria-labelledby="settle-queue">
      <Title order={2} fz={20} id="settle-queue">
        {t('settle.queue')}
      </Title>
      {draw.error && <ProblemAlert error={draw.error} />}
      {queue.data.length === 0 ? (
        <EmptyState title={t('settle.queueEmpty')} />
      ) : (
        queue.data.map((o) => (
          <Card key={o.repairOrderId} withBorder padding="md" data-testid="settle-queue-item">
            <Group justify="space-between" wrap="wrap">
              <Stack gap={2}>
                <Text fw={700}>
                  {o.plate ?? ''} {o.orderNumber}
                </Text>
                <Text c="dark.6">
                  {o.model ?? ''} · {t(`settle.orderStatus.${o.orderStatus}` as 'settle.orderStatus.READY_FOR_DELIVERY', { defaultValue: o.orderStatus })}
                </Text>
              </Stack>
              <Group>
                {o.settlementStatus && (
                  <Badge size="lg" color={o.settlementStatus === 'PAID' ? 'green' : 'blue'}>
                    {t(`settle.status.${o.settlementStatus}`)} {o.settlementNumber ?? ''}
                  </Badge>
                )}
                {o.balance != null && <Text className="tabular">{t('settle.balanceShort', { amount: formatMoney(o.balance) })}</Text>}
                {o.settlementId ? (
                  <Button component={Link} to={`/settlement/${o.settlementId}`} size="md" h={44}>
                    {t('settle.open')}
                  </Button>
                ) : (
                  canBill && (
                    <Button
                      size="md"
                      h={44}
                      loading={draw.isPending && draw.variables === o.repairOrderId}
                      onClick={() => draw.mutate(o.repairOrderId, { onSuccess: (bill) => void navigate(`/settlement/${bill.id}`) })}
                      data-testid="settle-draw"
                    >
                      {t('settle.drawUp')}
                    </Button>
                  )
                )}
              </Group>
            </Group>
          </Card>
        ))
      )}
      {queue.isFetchNextPageError && <ProblemAlert error={queue.error} />}
      <LoadMore hasMore={queue.hasNextPage} loading={queue.isFetchingNextPage} onLoad={() => void queue.fetchNextPage()} />
    </Stack>
  );
}
