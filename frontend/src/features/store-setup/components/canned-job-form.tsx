import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { CannedJob, CannedJobLine } from '@/lib/api-types';
import { applyServerErrors } from '@/lib/form-errors';
import type { Violation } from '@/lib/problem';
import { useSaveCannedJob } from '../api/workshop-resources';
import { FormButtons } from './resource-section';

type LineValues = {
  kind: 'JOB' | 'PART';
  description: string;
  operationCode: string;
  hours: number | string;
  partNumber: string;
  quantity: number | string;
  unitPrice: number | string;
  grade: 'OEM' | 'AFTERMARKET';
  criticalSystem: boolean;
  /** Picked from the catalogue: the line is priced by it whenever the canned job is used. */
  cataloguePartId: string | null;
  catalogueOperationId: string | null;
};
type Values = { code: string; name: string; active: boolean; lines: LineValues[] };

const blank = (kind: 'JOB' | 'PART'): LineValues => ({ kind, description: '', operationCode: '', hours: '', partNumber: '', quantity: 1, unitPrice: '', grade: 'OEM', criticalSystem: false, cataloguePartId: null, catalogueOperationId: null });

function toValues(l: CannedJobLine): LineValues {
  return {
    kind: l.kind === 'PART' ? 'PART' : 'JOB',
    description: l.description,
    operationCode: l.operationCode ?? '',
    hours: l.hours ?? '',
    partNumber: l.partNumber ?? '',
    quantity: l.quantity ?? 1,
    unitPrice: l.unitPrice ?? '',
    grade: l.grade ?? 'OEM',
    criticalSystem: l.criticalSystem ?? false,
    cataloguePartId: l.cataloguePartId ?? null,
    catalogueOperationId: l.catalogueOperationId ?? null,
  };
}

const num = (v: number | string) => (v === '' ? null : Number(v));

function toLine(l: LineValues): CannedJobLine {
  if (l.kind === 'JOB') {
    const job: CannedJobLine = { kind: 'JOB', description: l.description.trim(), operationCode: l.operationCode.trim() || null, hours: num(l.hours) };
    return l.catalogueOperationId ? { ...job, catalogueOperationId: l.catalogueOperationId } : job;
  }
  const part: CannedJobLine = { kind: 'PART', description: l.description.trim(), partNumber: l.partNumber.trim() || null, quantity: num(l.quantity), unitPrice: num(l.unitPrice), grade: l.grade, criticalSystem: l.criticalSystem };
  return l.cataloguePartId ? { ...part, cataloguePartId: l.cataloguePartId } : part;
}

/** What the server says about a line that has no field of its own on screen (its catalogue entry, its kind): shown on the line. */
const LINE_ONLY_FIELDS = ['', '.kind', '.cataloguePartId', '.catalogueOperationId', '.pricingMode', '.team'];

/**
 * Issue 8: a canned job — labour operations with flat-rate hours and their parts. `picker` is the
 * catalogue's search (composed by the route): a picked operation or part becomes a line, nothing typed.
 */
export function CannedJobForm({
  store,
  job,
  onDone,
  picker,
}: {
  store: string;
  job: CannedJob | null;
  onDone: () => void;
  picker: (add: (line: CannedJobLine) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const save = useSaveCannedJob(store);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const form = useForm<Values>({
    initialValues: { code: job?.code ?? '', name: job?.name ?? '', active: job?.active ?? true, lines: (job?.lines ?? []).map(toValues) },
    validate: { lines: (lines) => (lines.length === 0 ? t('setup.cannedJobs.noLines') : null) },
  });
  const submit = (v: Values) =>
    save.mutate(
      { id: job?.id, version: job?.version, body: { code: v.code.trim(), name: v.name.trim(), active: v.active, lines: v.lines.map(toLine) } },
      { onSuccess: onDone, onError: (e) => setUnmatched(applyServerErrors(form, e)) },
    );
  const lines = form.getValues().lines;
  return (
    <form noValidate onSubmit={form.onSubmit(submit)} data-testid="canned-job-form">
      <Stack gap="md">
        <ProblemAlert error={save.error} extraViolations={unmatched} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput size="md" required label={t('setup.cannedJobs.code')} placeholder="MAINT-10K" data-testid="canned-job-code" {...form.getInputProps('code')} />
          <TextInput size="md" required label={t('setup.cannedJobs.name')} data-testid="canned-job-name" {...form.getInputProps('name')} />
        </SimpleGrid>
        <Checkbox size="md" label={t('setup.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Title order={3} fz="md">
          {t('setup.cannedJobs.lines')}
        </Title>
        <Paper withBorder p="sm" bg="gray.0">
          <Text fw={600} mb="xs">
            {t('setup.cannedJobs.fromCatalogue')}
          </Text>
          {picker((line) => form.insertListItem('lines', toValues(line)))}
        </Paper>
        {form.errors.lines && (
          <Text c="red.8" role="alert">
            {form.errors.lines}
          </Text>
        )}
        {lines.map((l, i) => {
          const linked = l.kind === 'JOB' ? l.catalogueOperationId !== null : l.cataloguePartId !== null;
          const lineErrors = LINE_ONLY_FIELDS.map((f) => form.errors[`lines.${i}${f}`]).filter(Boolean);
          return (
            <Paper key={i} withBorder p="sm" data-testid="canned-job-line" aria-invalid={lineErrors.length > 0 || undefined}>
              <Group justify="space-between" mb="xs">
                <Text fw={600}>
                  {l.kind === 'JOB' ? t('setup.cannedJobs.job') : t('setup.cannedJobs.part')}
                  {linked && (
                    <Text span c="dimmed" fz="sm" ml="xs" data-testid="canned-job-line-linked">
                      {t('setup.cannedJobs.pricedByCatalogue')}
                    </Text>
                  )}
                </Text>
                <ActionIcon size={44} variant="default" aria-label={t('setup.remove')} onClick={() => form.removeListItem('lines', i)}>
                  ×
                </ActionIcon>
              </Group>
              {lineErrors.map((e, k) => (
                <Text key={k} c="red.8" role="alert" mb="xs" data-testid="canned-job-line-error">
                  {e}
                </Text>
              ))}
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput size="md" required label={t('setup.cannedJobs.description')} {...form.getInputProps(`lines.${i}.description`)} />
                {l.kind === 'JOB' ? (
                  <>
                    <TextInput size="md" label={t('setup.cannedJobs.operationCode')} readOnly={linked} {...form.getInputProps(`lines.${i}.operationCode`)} />
                    <NumberInput size="md" required label={t('setup.cannedJobs.hours')} decimalScale={2} min={0.01} clampBehavior="none" {...form.getInputProps(`lines.${i}.hours`)} />
                  </>
                ) : (
                  <>
                    <TextInput size="md" required label={t('setup.cannedJobs.partNumber')} readOnly={linked} data-testid="canned-job-part-number" {...form.getInputProps(`lines.${i}.partNumber`)} />
                    <NumberInput size="md" required label={t('setup.cannedJobs.quantity')} decimalScale={2} min={0.01} clampBehavior="none" {...form.getInputProps(`lines.${i}.quantity`)} />
                    <NumberInput size="md" required label={t('setup.cannedJobs.unitPrice')} readOnly={linked} decimalScale={2} min={0} clampBehavior="none" data-testid="canned-job-unit-price" {...form.getInputProps(`lines.${i}.unitPrice`)} />
                    <Select size="md" label={t('setup.cannedJobs.grade')} readOnly={linked} allowDeselect={false} data={['OEM', 'AFTERMARKET']} {...form.getInputProps(`lines.${i}.grade`)} />
                    <Checkbox size="md" mt="lg" label={t('setup.cannedJobs.critical')} disabled={linked} {...form.getInputProps(`lines.${i}.criticalSystem`, { type: 'checkbox' })} />
                  </>
                )}
              </SimpleGrid>
            </Paper>
          );
        })}
        <Group>
          <Button variant="light" h={44} onClick={() => form.insertListItem('lines', blank('JOB'))} data-testid="add-job-line">
            {t('setup.cannedJobs.addJob')}
          </Button>
          <Button variant="light" h={44} onClick={() => form.insertListItem('lines', blank('PART'))} data-testid="add-part-line">
            {t('setup.cannedJobs.addPart')}
          </Button>
        </Group>
        <FormButtons busy={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
