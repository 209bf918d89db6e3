import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { BayType, CatalogueOperation, CatalogueOperationInput, VehicleSystem } from '@/lib/api-types';
import { applyServerErrors } from '@/lib/form-errors';
import type { Violation } from '@/lib/problem';
import { useSaveOperation } from '../api/save-catalogue';
import { formatModelHours, parseModelHours } from '../utils/catalogue';

export const SYSTEMS: VehicleSystem[] = ['ENGINE', 'TRANSMISSION', 'BRAKES', 'STEERING', 'SUSPENSION', 'ELECTRICAL', 'AIR_CONDITIONING', 'BODY', 'PAINT', 'TYRES', 'MAINTENANCE', 'OTHER'];
const BAY_TYPES: BayType[] = ['GENERAL', 'QUICK_SERVICE', 'BODY_PAINT', 'ALIGNMENT', 'EV'];

type Values = {
  code: string;
  nameZh: string;
  nameEn: string;
  system: VehicleSystem;
  defaultHours: number | string;
  modelHours: string;
  skill: string;
  bayType: string | null;
  active: boolean;
};

/** Adds or changes a labour operation: system (R-CHK-4), flat-rate hours by default and per model family, skill and bay type. */
export function OperationForm({ store, operation, onDone }: { store: string; operation: CatalogueOperation | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveOperation(store);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const form = useForm<Values>({
    initialValues: {
      code: operation?.code ?? '',
      nameZh: operation?.nameZh ?? '',
      nameEn: operation?.nameEn ?? '',
      system: operation?.system ?? 'MAINTENANCE',
      defaultHours: operation?.defaultHours ?? '',
      modelHours: formatModelHours(operation?.modelHours ?? []),
      skill: operation?.skill ?? '',
      bayType: operation?.bayType ?? null,
      active: operation?.active ?? true,
    },
    validate: {
      code: (v) => (v.trim() ? null : t('catalogue.required')),
      nameZh: (v) => (v.trim() ? null : t('catalogue.required')),
      defaultHours: (v) => (v === '' || Number(v) <= 0 ? t('catalogue.required') : null),
      modelHours: (v) => (parseModelHours(v) === null ? t('catalogue.modelHoursFormat') : null),
    },
  });
  const submit = (v: Values) => {
    const body: CatalogueOperationInput = {
      code: v.code.trim(),
      nameZh: v.nameZh.trim(),
      nameEn: v.nameEn.trim() || undefined,
      system: v.system,
      defaultHours: Number(v.defaultHours),
      modelHours: parseModelHours(v.modelHours) ?? [],
      skill: v.skill.trim() || undefined,
      bayType: (v.bayType as BayType | null) ?? undefined,
      active: v.active,
    };
    save.mutate({ id: operation?.id, version: operation?.version, body }, { onSuccess: onDone, onError: (e) => setUnmatched(applyServerErrors(form, e)) });
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <ProblemAlert error={save.error} extraViolations={unmatched} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput size="md" label={t('catalogue.code')} required {...form.getInputProps('code')} />
          <TextInput size="md" label={t('catalogue.nameZh')} required {...form.getInputProps('nameZh')} />
          <TextInput size="md" label={t('catalogue.nameEn')} {...form.getInputProps('nameEn')} />
          <Select size="md" label={t('catalogue.system')} allowDeselect={false} data={SYSTEMS.map((s) => ({ value: s, label: t(`catalogue.systems.${s}`) }))} {...form.getInputProps('system')} />
          <NumberInput size="md" label={t('catalogue.defaultHours')} required min={0.01} decimalScale={2} {...form.getInputProps('defaultHours')} />
          <TextInput size="md" label={t('catalogue.modelHours')} placeholder="帕萨特=1.4; 迈腾=1.6" {...form.getInputProps('modelHours')} />
          <TextInput size="md" label={t('catalogue.skill')} placeholder="MAINTENANCE" {...form.getInputProps('skill')} />
          <Select size="md" label={t('catalogue.bayType')} clearable data={BAY_TYPES.map((b) => ({ value: b, label: b }))} {...form.getInputProps('bayType')} />
        </SimpleGrid>
        <Checkbox size="md" label={t('catalogue.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button size="lg" h={48} variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button size="lg" h={48} type="submit" loading={save.isPending}>
            {t('catalogue.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
