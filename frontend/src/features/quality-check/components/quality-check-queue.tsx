import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { addDays, todayIn } from '@/lib/zoned-time';
import { useFirstPass, useQcQueue } from '../api/quality-check';

/** The inspectors' queue (R-QC-1, R-QC-4): jobs to inspect, oldest first; orders ready for the internal hand-over; the first-pass rate of the last 30 days (R-QC-2). */
export function QualityCheckQueue({ store, zone, showRate }: { store: string; zone: string; showRate: boolean }) {
  const { t } = useTranslation();
  const queue = useQcQueue(store);
  const today = todayIn(zone);
  const rate = useFirstPass(store, addDays(today, -29), today, showRate);
  if (queue.isPending) return <LoadingState />;
  if (queue.error) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  const q = queue.data;
  return (
    <Stack gap="lg">
      {showRate && rate.data && (
        <Card withBorder padding="md" data-testid="first-pass">
          <Text fw={700}>{t('qc.firstPassTitle')}</Text>
          <Text fz={28} fw={700} className="tabular" data-testid="first-pass-rate">
            {rate.data.rate == null ? '—' : `${(Number(rate.data.rate) * 100).toFixed(1)} %`}
          </Text>
          <Text c="dark.6">{t('qc.firstPassDetail', { passed: rate.data.passedFirstTime, inspected: rate.data.inspected, loops: rate.data.reworkLoops })}</Text>
        </Card>
      )}
      <Stack gap="sm" component="section" aria-labelledby="qc-inspect">
        <Title order={2} fz={20} id="qc-inspect">
          {t('qc.awaitingInspection')}
        </Title>
        {q.awaitingInspection.length === 0 ? (
          <EmptyState title={t('qc.nothingToInspect')} />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {q.awaitingInspection.map((j) => (
              <Card key={j.jobId} withBorder padding="md" data-testid="qc-queue-job" data-job-id={j.jobId}>
                <Stack gap={6}>
                  <Group justify="space-between">
                    <Text fw={700}>
                      {j.plate ?? j.orderNumber} · {j.description}
                    </Text>
                    {j.roadTestRequired && <Badge color="red">{t('qc.roadTestRequired')}</Badge>}
                  </Group>
                  <Text c="dark.6">
                    {j.orderNumber} · {j.technicianName ?? ''} · {j.requirementReason}
                    {j.reworkCount > 0 ? ` · ${t('qc.reworkCount', { count: j.reworkCount })}` : ''}
                  </Text>
                  <Group>
                    <Button component={Link} to={`/quality-check/jobs/${j.jobId}`} size="md" h={44} data-testid="qc-open-job">
                      {j.availableActions.includes('inspect') ? t('qc.inspect') : t('qc.view')}
                    </Button>
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="qc-handover">
        <Title order={2} fz={20} id="qc-handover">
          {t('qc.awaitingHandover')}
        </Title>
        {q.awaitingHandover.length === 0 ? (
          <EmptyState title={t('qc.nothingToHandOver')} />
        ) : (
          q.awaitingHandover.map((o) => (
            <Card key={o.repairOrderId} withBorder padding="md" data-testid="qc-queue-order">
              <Group justify="space-between">
                <Text fw={700}>
                  {o.plate ?? ''} {o.orderNumber}
                </Text>
                <Button component={Link} to={`/repair-orders/${o.repairOrderId}`} size="md" h={44} variant="light">
                  {t('qc.openOrder')}
                </Button>
              </Group>
              {o.missing.length > 0 && <Text c="orange.9">{o.missing.map((m) => t(`qc.missing.${m}` as 'qc.missing.JOBS_NOT_PASSED', { defaultValue: m })).join('，')}</Text>}
            </Card>
          ))
        )}
      </Stack>
    </Stack>
  );
}
