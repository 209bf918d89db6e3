import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/page-states';
import { useDeclinedWorkReport } from '../api/declined-work';

/** Issue 11: this month's declined work and what of it was sold again on a later visit (recaptured). */
export function DeclinedWorkFigure({ store }: { store: string }) {
  const { t } = useTranslation();
  const report = useDeclinedWorkReport(store);
  if (report.isPending) return <LoadingState />;
  if (report.error) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  return (
    <Paper withBorder p="md" radius="md" data-testid="declined-work-figure">
      <Title order={3} fz="lg" mb="xs">
        {t('followUp.declinedWork.title')}
      </Title>
      <Text data-testid="declined-work-figures">
        {t('followUp.declinedWork.figures', {
          declinedItems: r.declinedItems,
          declinedAmount: r.declinedAmount.toFixed(2),
          recapturedItems: r.recapturedItems,
          recapturedAmount: r.recapturedAmount.toFixed(2),
          recapturedPercent: r.recapturedPercent,
          followUps: r.followUps,
        })}
      </Text>
    </Paper>
  );
}
