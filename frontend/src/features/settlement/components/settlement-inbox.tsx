import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '@/components/format';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { useSettlementInbox } from '../api/settlement';

/** The service manager's inbox: discount requests above the limit (R-DEL-2) and bills above the authorization (R-DEL-1). */
export function SettlementInbox({ store }: { store: string }) {
  const { t } = useTranslation();
  const inbox = useSettlementInbox(store, true);
  if (inbox.isPending) return <LoadingState />;
  if (inbox.error) return <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />;
  return (
    <Stack gap="sm" component="section" aria-labelledby="settle-inbox">
      <Title order={2} fz={20} id="settle-inbox">
        {t('settle.inbox')}
      </Title>
      {inbox.data.length === 0 ? (
        <EmptyState title={t('settle.inboxEmpty')} />
      ) : (
        inbox.data.map((i) => (
          <Card key={`${i.settlementId}-${i.discount?.id ?? i.kind}`} withBorder padding="md" data-testid="settle-inbox-item">
            <Group justify="space-between" wrap="wrap">
              <Stack gap={2}>
                <Text fw={700}>
                  {i.orderNumber} · {t(`settle.inboxKind.${i.kind}` as 'settle.inboxKind.DISCOUNT', { defaultValue: i.kind })}
                </Text>
                {i.discount && (
                  <Text>
                    {formatMoney(i.discount.amount)} · {i.discount.reason} · {i.discount.requestedBy}
                  </Text>
                )}
                {i.gate && <Text>{t('settle.overBy', { amount: formatMoney(i.gate.exceededBy) })}</Text>}
              </Stack>
              <Button component={Link} to={`/settlement/${i.settlementId}`} size="md" h={44}>
                {t('settle.open')}
              </Button>
            </Group>
          </Card>
        ))
      )}
    </Stack>
  );
}
