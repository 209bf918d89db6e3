import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useCan } from '@/lib/authorization';
import { useCampaignDone, useOpenCampaigns } from '../api/campaigns';

/**
 * R-REM-6: the car's open recall / technical campaigns, on its page, at check-in and on its repair order. On an
 * order, the advisor records that the campaign work was done on it (the entry closes and the flag goes).
 */
export function OpenCampaigns({ store, vehicleId, repairOrderId }: { store: string; vehicleId: string; repairOrderId?: string }) {
  const { t, i18n } = useTranslation();
  const open = useOpenCampaigns(store, vehicleId);
  const done = useCampaignDone(store);
  const canClose = useCan('campaigns.done');
  if (!open.data || open.data.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={t('campaigns.flag', { count: open.data.length })} data-testid="open-campaigns">
      <Stack gap="xs">
        {open.data.map((e) => (
          <Group key={e.id} justify="space-between" wrap="nowrap" data-testid={`open-campaign-${e.campaignCode}`}>
            <div>
              <Group gap="xs">
                <Badge color={e.kind === 'RECALL' ? 'red' : 'blue'}>{t(`campaigns.kinds.${e.kind}`)}</Badge>
                <Text fw={700} className="tabular">{e.campaignCode}</Text>
                <Text fw={700}>{i18n.language.startsWith('en') && e.titleEn ? e.titleEn : e.titleZh}</Text>
              </Group>
              <Text>{t('campaigns.workToDo', { work: e.work, until: e.validTo })}</Text>
            </div>
            {repairOrderId && canClose ? (
              <Button size="md" h={44} color="green" loading={done.isPending} onClick={() => done.mutate({ entry: e, repairOrderId })} data-testid={`campaign-done-${e.campaignCode}`}>
                {t('campaigns.markDone')}
              </Button>
            ) : null}
          </Group>
        ))}
        <ProblemAlert error={done.error} />
      </Stack>
    </Alert>
  );
}
