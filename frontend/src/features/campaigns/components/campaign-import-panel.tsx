import { Alert, Button, FileInput, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { UploadProgress } from '@/components/upload-progress';
import type { Campaign, CampaignImport } from '@/lib/api-types';
import { campaignsKey, importVins } from '../api/campaigns';

type Phase = { step: 'idle' } | { step: 'uploading'; fraction: number } | { step: 'checking' } | { step: 'done'; result: CampaignImport } | { step: 'failed'; error: unknown };

/**
 * R-REM-6: the service manager uploads a campaign's VIN list (CSV or XLSX): upload progress, then the report —
 * how many VINs were accepted (and how many of them are not on this store's archive), what was added, sent and
 * opened, and every rejected row with its line and reason.
 */
export function CampaignImportPanel({ store, campaign }: { store: string; campaign: Pick<Campaign, 'id' | 'code'> }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const busy = phase.step === 'uploading' || phase.step === 'checking';

  const start = async () => {
    if (!file) return;
    setPhase({ step: 'uploading', fraction: 0 });
    try {
      const result = await importVins(store, campaign.id, file, (fraction) => setPhase(fraction >= 1 ? { step: 'checking' } : { step: 'uploading', fraction }));
      setPhase({ step: 'done', result });
      void client.invalidateQueries({ queryKey: campaignsKey(store) });
    } catch (error) {
      setPhase({ step: 'failed', error });
    }
  };

  return (
    <Stack gap="md" data-testid="campaign-import">
      <Text c="dark.6">{t('campaigns.fileHint')}</Text>
      <FileInput
        size="lg"
        label={t('campaigns.file', { code: campaign.code })}
        placeholder={t('catalogue.choose')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={setFile}
        clearable
        disabled={busy}
        data-testid="campaign-file"
      />
      <Group justify="flex-end">
        <Button size="lg" h={56} disabled={!file} loading={busy} onClick={() => void start()} data-testid="campaign-upload">
          {t('campaigns.upload')}
        </Button>
      </Group>
      {phase.step === 'uploading' || phase.step === 'checking' ? <UploadProgress fraction={phase.step === 'uploading' ? phase.fraction : null} /> : null}
      {phase.step === 'failed' ? <ProblemAlert error={phase.error} /> : null}
      {phase.step === 'done' ? <ImportReport result={phase.result} /> : null}
    </Stack>
  );
}

/** One upload's report: the counts, then every rejected row (line, value, reason). */
export function ImportReport({ result }: { result: CampaignImport }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="campaign-report">
      <Stack gap="sm">
        <Text fw={700} data-testid="campaign-report-counts">
          {t('campaigns.report', { total: result.rowsTotal, accepted: result.accepted, rejected: result.rejected, notInArchive: result.notInArchive })}
        </Text>
        <Text data-testid="campaign-report-effects">{t('campaigns.effects', { added: result.entriesNew, messages: result.messages, calls: result.calls })}</Text>
        {result.rejected > 0 ? (
          <>
            <Alert color="orange" title={t('campaigns.rejectedTitle', { count: result.rejected })}>
              {t('campaigns.rejectedHint')}
            </Alert>
            <Table.ScrollContainer minWidth={480}>
              <Table striped data-testid="campaign-rejections">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('campaigns.line')}</Table.Th>
                    <Table.Th>{t('campaigns.value')}</Table.Th>
                    <Table.Th>{t('campaigns.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.rejections.map((r) => (
                    <Table.Tr key={r.line}>
                      <Table.Td className="tabular">{r.line}</Table.Td>
                      <Table.Td className="tabular">{r.value ?? ''}</Table.Td>
                      <Table.Td>{r.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
