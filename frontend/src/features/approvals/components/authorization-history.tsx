import { Alert, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '@/components/format';
import { ErrorState } from '@/components/page-states';
import type { OrderAuthorization } from '@/lib/api-types';
import { useStoreZone } from '@/lib/store-zone';
import { useAuthorization, useDeclinedSafetyItems } from '../api/get-authorization';

/**
 * R-REP-3 / R-REP-4: what the customer authorized, whether the order is within it, and every
 * decision with the difference from the last authorization (the order page and the print).
 */
export function AuthorizationHistory({ store, orderId, print = false }: { store: string; orderId: string; print?: boolean }) {
  const { t } = useTranslation();
  const auth = useAuthorization(store, orderId);
  const safety = useDeclinedSafetyItems(store, orderId);
  if (auth.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (auth.error) return <ErrorState error={auth.error} onRetry={() => void auth.refetch()} />;
  return (
    <Stack gap="sm" component="section" aria-labelledby="authorization-history" data-testid="authorization-history">
      <Title order={2} fz={print ? 16 : 20} id="authorization-history">
        {t('approval.history')}
      </Title>
      <Summary a={auth.data} />
      {auth.data.history.length === 0 ? (
        <Text c="dimmed">{t('approval.historyEmpty')}</Text>
      ) : (
        <Entries a={auth.data} />
      )}
      {(safety.data?.length ?? 0) > 0 && (
        <Alert color="red" variant="light" title={t('approval.declinedSafety')} data-testid="declined-safety">
          <List>
            {safety.data?.map((s) => (
              <List.Item key={s.itemId}>
                {s.description} · {formatMoney(s.customerPay, auth.data.currency)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

function Summary({ a }: { a: OrderAuthorization }) {
  const { t } = useTranslation();
  return (
    <Group gap="lg" wrap="wrap">
      <Text>
        {t('approval.signedTotal')}: <span className="tabular">{formatMoney(a.signedTotal, a.currency)}</span>
      </Text>
      <Text fw={700}>
        {t('approval.authorizedTotal')}: <span className="tabular" data-testid="authorized-total">{formatMoney(a.authorizedTotal, a.currency)}</span>
      </Text>
      <Text>
        {t('approval.currentTotal')}: <span className="tabular">{formatMoney(a.currentTotal, a.currency)}</span>
      </Text>
      {a.withinAuthorization ? (
        <Badge color="green" size="lg" data-testid="within-authorization">{t('approval.within')}</Badge>
      ) : (
        <Badge color="red" size="lg" data-testid="within-authorization">{t('approval.exceeded', { amount: formatMoney(a.exceededBy, a.currency) })}</Badge>
      )}
      {a.tolerance > 0 && <Text c="dimmed">{t('approval.tolerance', { amount: formatMoney(a.tolerance, a.currency) })}</Text>}
      {a.pendingItems > 0 && <Badge color="orange" size="lg">{t('approval.pending', { count: a.pendingItems })}</Badge>}
    </Group>
  );
}

function Entries({ a }: { a: OrderAuthorization }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="authorization-entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('approval.decideTitle')}</Table.Th>
            <Table.Th>{t('approval.title')}</Table.Th>
            <Table.Th ta="right">{t('approval.authorizedTotal')}</Table.Th>
            <Table.Th ta="right">{t('approval.difference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {a.history.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <Text fz="sm">{t('approval.entry', { when: formatDateTime(e.decidedAt, zone), channel: t(`approval.channels.${e.channel}`), who: e.authorizerName })}</Text>
                <Text fz="xs" c="dimmed">
                  {[e.recordedBy && t('approval.recordedBy', { who: e.recordedBy }), t('approval.toldWorkshop', { who: e.workshopTold }),
                    e.contactUsed && t('approval.contact', { contact: e.contactUsed })].filter(Boolean).join(' · ')}
                </Text>
                {e.customerWords && <Text fz="xs">{t('approval.words', { words: e.customerWords })}</Text>}
              </Table.Td>
              <Table.Td>
                {e.items.map((i) => (
                  <Text key={i.itemId} fz="sm">
                    {i.description} ({t('approval.version', { version: i.version })}) — {t(`approval.decisions.${i.decision}`)} · {formatMoney(i.customerPay, a.currency)}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td ta="right" className="tabular">
                {formatMoney(e.authorizedTotalBefore, e.currency)} → {formatMoney(e.authorizedTotalAfter, e.currency)}
              </Table.Td>
              <Table.Td ta="right" className="tabular" data-testid="entry-difference">
                {e.difference >= 0 ? '+' : ''}
                {formatMoney(e.difference, e.currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
