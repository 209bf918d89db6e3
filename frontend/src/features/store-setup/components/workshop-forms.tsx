import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { Bay, BayType, ServiceAdvisor, ServiceType, Technician } from '@/lib/api-types';
import { applyServerErrors } from '@/lib/form-errors';
import type { Violation } from '@/lib/problem';
import { useSaveAdvisor, useSaveBay, useSaveServiceType, useSaveTechnician } from '../api/workshop-resources';
import { toApiTime, toInputTime, weekdayKey } from './setting-fields';
import { FormButtons } from './resource-section';

export const BAY_TYPES: BayType[] = ['GENERAL', 'QUICK_SERVICE', 'BODY_PAINT', 'ALIGNMENT', 'EV'];

/** A save whose server violations land on the form's fields; the rest shows above it. */
function useServerErrors<V extends Record<string, unknown>>(form: UseFormReturnType<V>) {
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  return { unmatched, onError: (e: unknown) => setUnmatched(applyServerErrors(form, e)) };
}

function BayTypeSelect(props: ReturnType<UseFormReturnType<{ bayType: BayType }>['getInputProps']>) {
  const { t } = useTranslation();
  return <Select size="md" label={t('setup.bays.bayType')} allowDeselect={false} data={BAY_TYPES.map((b) => ({ value: b, label: t(`setup.bayTypes.${b}`) }))} {...props} />;
}

export function AdvisorForm({ store, advisor, onDone }: { store: string; advisor: ServiceAdvisor | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAdvisor(store);
  const form = useForm({
    initialValues: { username: advisor?.username ?? '', displayName: advisor?.displayName ?? '', receptionCapacity: advisor?.receptionCapacity ?? 2, active: advisor?.active ?? true },
  });
  const errors = useServerErrors(form);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        save.mutate({ id: advisor?.id, version: advisor?.version, body: { ...v, username: v.username.trim(), displayName: v.displayName.trim(), receptionCapacity: Number(v.receptionCapacity) } }, { onSuccess: onDone, onError: errors.onError }),
      )}
    >
      <Stack gap="md">
        <ProblemAlert error={save.error} extraViolations={errors.unmatched} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput size="md" required label={t('setup.advisors.username')} {...form.getInputProps('username')} />
          <TextInput size="md" required label={t('setup.advisors.displayName')} {...form.getInputProps('displayName')} />
          <NumberInput size="md" required label={t('setup.advisors.receptionCapacity')} description={t('setup.advisors.receptionHelp')} min={1} max={10} clampBehavior="none" allowDecimal={false} {...form.getInputProps('receptionCapacity')} />
        </SimpleGrid>
        <Checkbox size="md" label={t('setup.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <FormButtons busy={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function BayForm({ store, bay, onDone }: { store: string; bay: Bay | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveBay(store);
  const form = useForm({ initialValues: { code: bay?.code ?? '', name: bay?.name ?? '', bayType: bay?.bayType ?? ('GENERAL' as BayType), active: bay?.active ?? true } });
  const errors = useServerErrors(form);
  return (
    <form noValidate onSubmit={form.onSubmit((v) => save.mutate({ id: bay?.id, version: bay?.version, body: { ...v, code: v.code.trim(), name: v.name.trim() } }, { onSuccess: onDone, onError: errors.onError }))}>
      <Stack gap="md">
        <ProblemAlert error={save.error} extraViolations={errors.unmatched} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput size="md" required label={t('setup.bays.code')} {...form.getInputProps('code')} />
          <TextInput size="md" required label={t('setup.bays.name')} {...form.getInputProps('name')} />
          <BayTypeSelect {...form.getInputProps('bayType')} />
        </SimpleGrid>
        <Checkbox size="md" label={t('setup.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <FormButtons busy={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function ServiceTypeForm({ store, serviceType, onDone }: { store: string; serviceType: ServiceType | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveServiceType(store);
  const form = useForm({
    initialValues: {
      code: serviceType?.code ?? '',
      name: serviceType?.name ?? '',
      durationMinutes: serviceType?.durationMinutes ?? 60,
      bayType: serviceType?.bayType ?? ('GENERAL' as BayType),
      skill: serviceType?.skill ?? '',
      active: serviceType?.active ?? true,
    },
  });
  const errors = useServerErrors(form);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        save.mutate(
          { id: serviceType?.id, version: serviceType?.version, body: { ...v, code: v.code.trim(), name: v.name.trim(), skill: v.skill.trim(), durationMinutes: Number(v.durationMinutes) } },
          { onSuccess: onDone, onError: errors.onError },
        ),
      )}
    >
      <Stack gap="md">
        <ProblemAlert error={save.error} extraViolations={errors.unmatched} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput size="md" required label={t('setup.serviceTypes.code')} placeholder="MAINT" {...form.getInputProps('code')} />
          <TextInput size="md" required label={t('setup.serviceTypes.name')} {...form.getInputProps('name')} />
          <NumberInput size="md" required label={t('setup.serviceTypes.durationMinutes')} min={5} max={1440} clampBehavior="none" allowDecimal={false} {...form.getInputProps('durationMinutes')} />
          <BayTypeSelect {...form.getInputProps('bayType')} />
          <TextInput size="md" required label={t('setup.serviceTypes.skill')} placeholder="MAINTENANCE" {...form.getInputProps('skill')} />
        </SimpleGrid>
        <Checkbox size="md" label={t('setup.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <FormButtons busy={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

type TechValues = {
  name: string;
  skills: string;
  username: string;
  foreman: boolean;
  active: boolean;
  shifts: { works: boolean; start: string; end: string }[];
  absences: { from: string; to: string; reason: string }[];
};

/** A technician: skills, a shift per weekday (a weekday not ticked is a day off) and leave. */
export function TechnicianForm({ store, technician, onDone }: { store: string; technician: Technician | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTechnician(store);
  const form = useForm<TechValues>({
    initialValues: {
      name: technician?.name ?? '',
      skills: (technician?.skills ?? []).join(', '),
      username: technician?.username ?? '',
      foreman: technician?.foreman ?? false,
      active: technician?.active ?? true,
      shifts: WEEKDAYS.map((d) => {
        const s = technician?.shifts.find((x) => x.dayOfWeek === d);
        return s ? { works: true, start: toInputTime(s.start), end: toInputTime(s.end) } : { works: !technician && d <= 6, start: '08:30', end: '17:30' };
      }),
      absences: (technician?.absences ?? []).map((a) => ({ ...a })),
    },
  });
  const errors = useServerErrors(form);
  const submit = (v: TechValues) => {
    const shifts = WEEKDAYS.flatMap((d, i) => {
      const s = v.shifts[i];
      return s?.works ? [{ dayOfWeek: d, start: toApiTime(s.start), end: toApiTime(s.end) }] : [];
    });
    const first = shifts[0];
    save.mutate(
      {
        id: technician?.id,
        version: technician?.version,
        body: {
          name: v.name.trim(),
          skills: v.skills.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean),
          workStart: first?.start ?? '08:30:00',
          workEnd: first?.end ?? '17:30:00',
          active: v.active,
          shifts,
          absences: v.absences.map((a) => ({ from: a.from, to: a.to, reason: a.reason.trim() })),
          username: v.username.trim() || null,
          foreman: v.foreman,
        },
      },
      { onSuccess: onDone, onError: errors.onError },
    );
  };
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <ProblemAlert error={save.error} extraViolations={errors.unmatched} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput size="md" required label={t('setup.technicians.name')} {...form.getInputProps('name')} />
          <TextInput size="md" required label={t('setup.technicians.skills')} description={t('setup.technicians.skillsHelp')} {...form.getInputProps('skills')} />
          <TextInput size="md" label={t('setup.technicians.login')} {...form.getInputProps('username')} />
        </SimpleGrid>
        <Group>
          <Checkbox size="md" label={t('setup.technicians.foreman')} {...form.getInputProps('foreman', { type: 'checkbox' })} />
          <Checkbox size="md" label={t('setup.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        </Group>
        <Title order={3} fz="md">
          {t('setup.technicians.shifts')}
        </Title>
        <Table>
          <Table.Tbody>
            {WEEKDAYS.map((d, i) => {
              const works = form.getValues().shifts[i]?.works;
              return (
                <Table.Tr key={d}>
                  <Table.Td>
                    <Checkbox size="md" label={t(weekdayKey(d))} {...form.getInputProps(`shifts.${i}.works`, { type: 'checkbox' })} />
                  </Table.Td>
                  {works ? (
                    <>
                      <Table.Td>
                        <TextInput type="time" size="md" aria-label={`${t(weekdayKey(d))} ${t('setup.technicians.from')}`} {...form.getInputProps(`shifts.${i}.start`)} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput type="time" size="md" aria-label={`${t(weekdayKey(d))} ${t('setup.technicians.to')}`} {...form.getInputProps(`shifts.${i}.end`)} />
                      </Table.Td>
                    </>
                  ) : (
                    <Table.Td colSpan={2}>
                      <Text c="dimmed">{t('setup.technicians.dayOff')}</Text>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Title order={3} fz="md">
            {t('setup.technicians.absences')}
          </Title>
          <Button variant="light" h={44} onClick={() => form.insertListItem('absences', { from: '', to: '', reason: '' })}>
            {t('setup.technicians.addAbsence')}
          </Button>
        </Group>
        {form.getValues().absences.length === 0 && <Text c="dimmed">{t('setup.technicians.noAbsences')}</Text>}
        {form.getValues().absences.map((_, i) => (
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput type="date" size="md" label={t('setup.technicians.from')} {...form.getInputProps(`absences.${i}.from`)} />
            <TextInput type="date" size="md" label={t('setup.technicians.to')} {...form.getInputProps(`absences.${i}.to`)} />
            <TextInput size="md" style={{ flex: 1 }} label={t('setup.technicians.reason')} {...form.getInputProps(`absences.${i}.reason`)} />
            <ActionIcon size={44} variant="default" aria-label={t('setup.remove')} onClick={() => form.removeListItem('absences', i)}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <FormButtons busy={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
