import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/page-states';
import { useCoverage } from '../api/survey';

/** R-FUP-3: this week's and the last weeks' follow-up coverage (surveyed ÷ delivered) against the store's sample share. */
export function CoverageFigure({ store }: { store: string }) {
  const { t } = useTranslation();
  const coverage = useCoverage(store, 4);
  if (coverage.isPending) return <LoadingState />;
  if (coverage.error) return <ErrorState error={coverage.error} onRetry={() => void coverage.refetch()} />;
  const { samplePercent, weeks } = coverage.data;
  return (
    <Paper withBorder p="md" radius="md" data-testid="coverage-figure">
      <Title order={3} fz="lg" mb="xs">
        {t('followUp.coverage.title', { percent: samplePercent })}
      </Title>
      <Stack gap={4}>
        {weeks.map((w) => (
          <Group key={w.weekStart} gap="sm" wrap="wrap" data-testid="coverage-week">
            <Text fw={700} miw={110}>
              {t('followUp.coverage.week', { date: w.weekStart })}
            </Text>
            <Text data-testid="coverage-percent" c={w.delivered > 0 && w.coveragePercent < samplePercent ? 'orange.9' : 'dark.7'}>
              {t('followUp.coverage.figures', { coverage: w.coveragePercent, delivered: w.delivered, sampled: w.sampled, surveyed: w.surveyed })}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
