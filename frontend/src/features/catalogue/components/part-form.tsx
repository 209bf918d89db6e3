import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { CatalogueGrade, CataloguePart, CataloguePartInput, CatalogueTaxClass } from '@/lib/api-types';
import { applyServerErrors } from '@/lib/form-errors';
import type { Violation } from '@/lib/problem';
import { useStoreZone } from '@/lib/store-zone';
import { localDate, zonedInstant } from '@/lib/zoned-time';
import { useSavePart } from '../api/save-catalogue';

type Values = {
  partNumber: string;
  nameZh: string;
  nameEn: string;
  grade: CatalogueGrade;
  listPrice: number | string;
  cost: number | string;
  taxClass: CatalogueTaxClass;
  criticalSystem: boolean;
  supersedes: string;
  active: boolean;
  onHand: number | string;
  reorderPoint: number | string;
  expectedArrivalAt: string;
};

const num = (v: number | string) => (v === '' || v === null ? undefined : Number(v));

function initial(part: CataloguePart | null, zone: string): Values {
  return {
    partNumber: part?.partNumber ?? '',
    nameZh: part?.nameZh ?? '',
    nameEn: part?.nameEn ?? '',
    grade: part?.grade ?? 'OEM',
    listPrice: part?.listPrice ?? '',
    cost: part?.cost ?? '',
    taxClass: part?.taxClass ?? 'STANDARD',
    criticalSystem: part?.criticalSystem ?? false,
    supersedes: (part?.supersedes ?? []).join('; '),
    active: part?.active ?? true,
    onHand: part?.stock.onHand ?? 0,
    reorderPoint: part?.stock.reorderPoint ?? 0,
    expectedArrivalAt: part?.stock.expectedArrivalAt ? localDate(part.stock.expectedArrivalAt, zone) : '',
  };
}

/** Adds or changes a part of the price list with its stock figures; the server's violations land on their fields. */
export function PartForm({ store, part, onDone }: { store: string; part: CataloguePart | null; onDone: () => void }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const save = useSavePart(store);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const form = useForm<Values>({
    initialValues: initial(part, zone),
    validate: {
      partNumber: (v) => (v.trim() ? null : t('catalogue.required')),
      nameZh: (v) => (v.trim() ? null : t('catalogue.required')),
      listPrice: (v) => (v === '' ? t('catalogue.required') : null),
    },
  });
  const submit = (v: Values) => {
    const body: CataloguePartInput = {
      partNumber: v.partNumber.trim(),
      nameZh: v.nameZh.trim(),
      nameEn: v.nameEn.trim() || undefined,
      grade: v.grade,
      listPrice: Number(v.listPrice),
      cost: num(v.cost),
      taxClass: v.taxClass,
      criticalSystem: v.criticalSystem,
      supersedes: v.supersedes.split(/[;；,]/).map((s) => s.trim()).filter(Boolean),
      active: v.active,
      onHand: num(v.onHand),
      reorderPoint: num(v.reorderPoint),
      expectedArrivalAt: v.expectedArrivalAt ? zonedInstant(v.expectedArrivalAt, 0, zone).toISOString() : undefined,
    };
    save.mutate({ id: part?.id, version: part?.version, body }, { onSuccess: onDone, onError: (e) => setUnmatched(applyServerErrors(form, e)) });
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <ProblemAlert error={save.error} extraViolations={unmatched} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput size="md" label={t('catalogue.partNumber')} required {...form.getInputProps('partNumber')} data-testid="part-number" />
          <TextInput size="md" label={t('catalogue.nameZh')} required {...form.getInputProps('nameZh')} data-testid="part-name" />
          <TextInput size="md" label={t('catalogue.nameEn')} {...form.getInputProps('nameEn')} />
          <Select
            size="md"
            label={t('catalogue.grade')}
            allowDeselect={false}
            data={(['OEM', 'AFTERMARKET'] as const).map((g) => ({ value: g, label: t(`catalogue.grades.${g}`) }))}
            {...form.getInputProps('grade')}
          />
          <NumberInput size="md" label={t('catalogue.listPrice')} required min={0} decimalScale={2} {...form.getInputProps('listPrice')} data-testid="part-price" />
          <NumberInput size="md" label={t('catalogue.cost')} min={0} decimalScale={2} {...form.getInputProps('cost')} />
          <Select
            size="md"
            label={t('catalogue.taxClass')}
            allowDeselect={false}
            data={(['STANDARD', 'REDUCED', 'ZERO', 'EXEMPT'] as const).map((c) => ({ value: c, label: t(`catalogue.taxClasses.${c}`) }))}
            {...form.getInputProps('taxClass')}
          />
          <TextInput size="md" label={t('catalogue.supersedes')} {...form.getInputProps('supersedes')} />
          <NumberInput size="md" label={t('catalogue.onHand')} min={0} decimalScale={2} {...form.getInputProps('onHand')} />
          <NumberInput size="md" label={t('catalogue.reorderPoint')} min={0} decimalScale={2} {...form.getInputProps('reorderPoint')} />
          <TextInput size="md" type="date" label={t('catalogue.expectedArrival')} {...form.getInputProps('expectedArrivalAt')} />
        </SimpleGrid>
        <Group>
          <Checkbox size="md" label={t('catalogue.criticalSystem')} {...form.getInputProps('criticalSystem', { type: 'checkbox' })} />
          <Checkbox size="md" label={t('catalogue.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        </Group>
        <Group justify="flex-end">
          <Button size="lg" h={48} variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button size="lg" h={48} type="submit" loading={save.isPending} data-testid="part-save">
            {t('catalogue.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
