import { ActionIcon, Button, Checkbox, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon } from '@/components/icons';
import { ProblemAlert } from '@/components/problem-alert';
import type { CustomerInput } from '@/lib/api-types';
import { applyServerErrors } from '@/lib/form-errors';
import type { Violation } from '@/lib/problem';
import {
  CUSTOMER_TYPES,
  PREFERRED_CONTACTS,
  emptyCustomerForm,
  formToCustomerInput,
  looksLikeEmail,
  looksLikePhone,
  type CustomerFormValues,
} from '../utils/customer-form-values';

type Props = {
  initialValues?: CustomerFormValues;
  submitLabel: string;
  /** Rejects with an ApiError on failure; its violations are shown at the fields. */
  onSubmit: (body: CustomerInput) => Promise<unknown>;
  onCancel?: () => void;
  /** Shown above the buttons (e.g. an edit conflict). */
  notice?: ReactNode;
};

export function CustomerForm({ initialValues, submitLabel, onSubmit, onCancel, notice }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const form = useForm<CustomerFormValues>({
    mode: 'controlled',
    initialValues: initialValues ?? emptyCustomerForm(),
    // Hints only: the server is the authority and its violations land on the same fields.
    validate: (v) => {
      const errors: Record<string, string | null> = {
        name: v.name.trim() ? null : t('customer.hints.name'),
        email: v.email.trim() && !looksLikeEmail(v.email) ? t('customer.hints.email') : null,
        companyName: v.type === 'COMPANY' && !v.companyName.trim() ? t('customer.hints.companyName') : null,
      };
      v.phones.forEach((p, i) => {
        // The first phone is required; later empty rows are dropped on submit.
        if (!p.trim()) errors[`phones.${i}`] = i === 0 ? t('customer.hints.phonesRequired') : null;
        else errors[`phones.${i}`] = looksLikePhone(p) ? null : t('customer.hints.phone');
      });
      return errors;
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setUnmatched([]);
    try {
      await onSubmit(formToCustomerInput(values));
    } catch (e) {
      setUnmatched(applyServerErrors(form, e));
      setError(e);
    }
  });

  const isCompany = form.values.type === 'COMPANY';
  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        {error ? <ProblemAlert error={error} extraViolations={unmatched} /> : null}
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Stack gap={6}>
              <Text component="label" id="customer-type-label" fw={600}>
                {t('customer.type')}
              </Text>
              <SegmentedControl
                aria-labelledby="customer-type-label"
                data={CUSTOMER_TYPES.map((v) => ({ value: v, label: t(`customer.types.${v}`) }))}
                {...form.getInputProps('type')}
                size="lg"
                fullWidth
              />
            </Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('customer.name')} withAsterisk autoComplete="off" {...form.getInputProps('name')} />
              {isCompany && <TextInput label={t('customer.companyName')} withAsterisk {...form.getInputProps('companyName')} />}
            </SimpleGrid>
            <Stack gap="xs">
              <Text fw={600}>{t('customer.phones')}</Text>
              {form.values.phones.map((_, i) => (
                <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('customer.phone', { n: i + 1 })}
                    withAsterisk={i === 0}
                    type="tel"
                    inputMode="tel"
                    autoComplete="off"
                    {...form.getInputProps(`phones.${i}`)}
                  />
                  {i > 0 && (
                    <ActionIcon
                      size={50}
                      mt={30}
                      variant="light"
                      color="red"
                      aria-label={`${t('common.remove')} ${t('customer.phone', { n: i + 1 })}`}
                      onClick={() => form.removeListItem('phones', i)}
                    >
                      <TrashIcon />
                    </ActionIcon>
                  )}
                </Group>
              ))}
              {typeof form.errors.phones === 'string' && (
                <Text c="red.8" size="sm" role="alert">
                  {form.errors.phones}
                </Text>
              )}
              {form.values.phones.length < 5 && (
                <Button variant="subtle" leftSection={<PlusIcon size={18} />} onClick={() => form.insertListItem('phones', '')} style={{ alignSelf: 'flex-start' }}>
                  {t('customer.addPhone')}
                </Button>
              )}
            </Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('customer.email')} type="email" inputMode="email" {...form.getInputProps('email')} />
              <Select
                label={t('customer.preferredContact')}
                data={PREFERRED_CONTACTS.map((v) => ({ value: v, label: t(`customer.contacts.${v}`) }))}
                allowDeselect={false}
                {...form.getInputProps('preferredContact')}
              />
            </SimpleGrid>
            <TextInput label={t('customer.address')} {...form.getInputProps('address')} />
            <Checkbox size="lg" label={t('customer.clubMember')} {...form.getInputProps('clubMember', { type: 'checkbox' })} />
            <Textarea label={t('customer.serviceWishes')} autosize minRows={2} {...form.getInputProps('serviceWishes')} />
            <Textarea label={t('customer.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          </Stack>
        </Paper>
        {notice}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
