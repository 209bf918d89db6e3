import { Alert, Badge, Button, Checkbox, FileInput, Group, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { UploadProgress } from '@/components/upload-progress';
import type { CatalogueImport, CatalogueImportKind } from '@/lib/api-types';
import { downloadReport, getImport, importCatalogue } from '../api/import-catalogue';
import { catalogueKey } from '../api/keys';

type Phase = { step: 'idle' } | { step: 'uploading'; fraction: number } | { step: 'checking' } | { step: 'done'; result: CatalogueImport } | { step: 'failed'; error: unknown };

/**
 * Issue 8: the service manager imports a price list or labour list (CSV in UTF-8 or GBK, or XLSX):
 * upload progress, then the outcome — every row imported, or nothing imported and the rejected
 * rows listed, with the full report to download. "Check only" runs the same checks without writing.
 */
export function ImportPanel({ store }: { store: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<CatalogueImportKind>('PARTS');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [downloading, setDownloading] = useState(false);
  const busy = phase.step === 'uploading' || phase.step === 'checking';

  const start = async () => {
    if (!file) return;
    setPhase({ step: 'uploading', fraction: 0 });
    try {
      const outcome = await importCatalogue(store, kind, dryRun, file, (fraction) =>
        setPhase(fraction >= 1 ? { step: 'checking' } : { step: 'uploading', fraction }),
      );
      if ('result' in outcome) {
        setPhase({ step: 'done', result: outcome.result });
      } else if (outcome.importId) {
        setPhase({ step: 'done', result: await getImport(store, outcome.importId) });
      } else {
        setPhase({ step: 'failed', error: outcome.rejected });
      }
      void client.invalidateQueries({ queryKey: catalogueKey(store) });
    } catch (error) {
      setPhase({ step: 'failed', error });
    }
  };

  const report = async (id: string) => {
    setDownloading(true);
    try {
      await downloadReport(store, id);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack gap="md" data-testid="import-panel">
      <Text c="dark.6">{t(kind === 'PARTS' ? 'catalogue.partsColumns' : 'catalogue.operationsColumns')}</Text>
      <SegmentedControl
        size="md"
        value={kind}
        onChange={(v) => setKind(v as CatalogueImportKind)}
        data={(['PARTS', 'OPERATIONS'] as const).map((k) => ({ value: k, label: t(`catalogue.kinds.${k}`) }))}
        disabled={busy}
      />
      <FileInput
        size="lg"
        label={t('catalogue.file')}
        placeholder={t('catalogue.choose')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={setFile}
        clearable
        disabled={busy}
        data-testid="import-file"
      />
      <Checkbox size="md" label={t('catalogue.dryRun')} checked={dryRun} onChange={(e) => setDryRun(e.currentTarget.checked)} disabled={busy} />
      <Group justify="flex-end">
        <Button size="lg" h={56} disabled={!file} loading={busy} onClick={() => void start()} data-testid="import-start">
          {dryRun ? t('catalogue.check') : t('catalogue.upload')}
        </Button>
      </Group>
      {phase.step === 'uploading' || phase.step === 'checking' ? <UploadProgress fraction={phase.step === 'uploading' ? phase.fraction : null} /> : null}
      {phase.step === 'failed' ? <ProblemAlert error={phase.error} /> : null}
      {phase.step === 'done' ? <ImportResult result={phase.result} downloading={downloading} onReport={() => void report(phase.result.id)} /> : null}
    </Stack>
  );
}

function ImportResult({ result, downloading, onReport }: { result: CatalogueImport; downloading: boolean; onReport: () => void }) {
  const { t } = useTranslation();
  const rejected = result.status === 'REJECTED';
  return (
    <Paper withBorder radius="md" p="md" data-testid="import-result">
      <Stack gap="sm">
        <Group gap="sm">
          <Badge size="lg" color={rejected ? 'red' : result.status === 'IMPORTED' ? 'green' : 'blue'}>
            {t(`catalogue.statuses.${result.status}`)}
          </Badge>
          <Text fw={600}>{result.fileName}</Text>
        </Group>
        {rejected ? (
          <Alert color="red" title={t('catalogue.rejectedTitle')}>
            {t('catalogue.rejectedResult', { rejected: result.rowsRejected, total: result.rowsTotal })}
          </Alert>
        ) : (
          <Text data-testid="import-counts">{t(result.dryRun ? 'catalogue.wouldImport' : 'catalogue.imported', { total: result.rowsTotal, created: result.rowsCreated, updated: result.rowsUpdated })}</Text>
        )}
        {result.rejections.length > 0 ? (
          <Table.ScrollContainer minWidth={520}>
            <Table striped data-testid="import-rejections">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('catalogue.row')}</Table.Th>
                  <Table.Th>{t('catalogue.column')}</Table.Th>
                  <Table.Th>{t('catalogue.value')}</Table.Th>
                  <Table.Th>{t('catalogue.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.rejections.map((r, i) => (
                  <Table.Tr key={`${r.row}-${r.column}-${i}`}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.column}</Table.Td>
                    <Table.Td>{r.value ?? ''}</Table.Td>
                    <Table.Td>{r.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {result.rowsRejected > 0 ? (
          <Group>
            <Button size="lg" h={48} variant="light" loading={downloading} onClick={onReport} data-testid="download-report">
              {t('catalogue.downloadReport')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
