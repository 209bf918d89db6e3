import { Alert, Badge, Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/components/format';
import { ProblemAlert } from '@/components/problem-alert';
import type { Inspection } from '@/lib/api-types';
import { useCan } from '@/lib/authorization';
import { useCorrectInspection, useInspection, useInspectionVersions } from '../api/inspection';
import { useStoreZone } from '@/lib/store-zone';

/**
 * R-CHK-1: a signed inspection is frozen; advisors and service managers correct it by creating
 * the next version (the signed one stays in the history). Shows that history too.
 */
export function InspectionVersions({ store, repairOrderId }: { store: string; repairOrderId: string }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const inspection = useInspection(store, repairOrderId);
  const current = inspection.data ?? null;
  const versions = useInspectionVersions(store, repairOrderId, !!current);
  const correct = useCorrectInspection(store, repairOrderId);
  const canCorrect = useCan('repairOrders.checkIn');
  if (inspection.isPending || !current) return null;
  const byId = new Map((versions.data ?? []).map((v) => [v.id, v]));
  const supersedes = (v: Inspection) => (v.supersedes ? byId.get(v.supersedes)?.versionNumber : undefined);
  return (
    <Stack gap="sm" data-testid="inspection-versions">
      <Group justify="space-between" align="center">
        <Title order={2} fz="lg">
          {t('inspection.versionsTitle')}
        </Title>
        {current.signature && canCorrect && (
          <Button size="md" h={44} variant="light" loading={correct.isPending} onClick={() => correct.mutate(current)} data-testid="correct-inspection">
            {t('inspection.correct')}
          </Button>
        )}
      </Group>
      <ProblemAlert error={correct.error} />
      {correct.isSuccess && !current.signature && (
        <Alert color="green" variant="light" data-testid="correction-created">
          {t('inspection.correctionCreated', { version: current.versionNumber })}
        </Alert>
      )}
      {versions.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      <ProblemAlert error={versions.error} />
      {versions.data && (
        <List spacing={6} listStyleType="none" ml={0} pl={0}>
          {[...versions.data].reverse().map((v) => (
            <List.Item key={v.id} data-testid="inspection-version">
              <Group gap={8} wrap="wrap">
                <Text fw={700} className="tabular">
                  {t('inspection.versionLabel', { version: v.versionNumber })}
                </Text>
                {v.current && (
                  <Badge variant="light" size="sm">
                    {t('inspection.currentVersion')}
                  </Badge>
                )}
                <Text fz="sm" c="dark.6">
                  {v.signature ? t('inspection.signedByAt', { name: v.signature.signerName, at: formatDateTime(v.signature.signedAt, zone) }) : t('inspection.unsigned')}
                </Text>
                {v.supersedes && (
                  <Text fz="sm" c="dark.6">
                    {t('inspection.supersedes', { version: supersedes(v) ?? '?' })}
                  </Text>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
