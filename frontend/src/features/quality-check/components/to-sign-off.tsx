import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMySelfChecks } from '../api/quality-check';

/** R-REP-6: the technician's finished jobs still waiting for the signed self-check (nothing when there are none). */
export function ToSignOff({ store }: { store: string }) {
  const { t } = useTranslation();
  const jobs = useMySelfChecks(store);
  if (!jobs.data || jobs.data.length === 0) return null;
  return (
    <Card withBorder padding="md" radius="md" data-testid="to-sign-off">
      <Stack gap="xs">
        <Text fw={700}>{t('qc.toSignOff')}</Text>
        {jobs.data.map((j) => (
          <Group key={j.jobId} justify="space-between" wrap="wrap">
            <Text>
              {j.plate ?? j.orderNumber} · {j.description}
            </Text>
            <Button component={Link} to={`/quality-check/jobs/${j.jobId}`} size="lg" mih={56} data-testid="sign-off-link">
              {t('qc.signOff')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
