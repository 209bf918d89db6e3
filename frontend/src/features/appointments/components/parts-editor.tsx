import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon } from '@/components/icons';
import { emptyPart, type PartDraft } from '../utils/booking';

/** Parts to prepare for the appointment (R-APT-5); high-value ones need a deposit (R-APT-4). */
export function PartsEditor({ value, onChange, errors = {} }: { value: PartDraft[]; onChange: (parts: PartDraft[]) => void; errors?: Record<string, string> }) {
  const { t } = useTranslation();
  const update = (key: string, patch: Partial<PartDraft>) => onChange(value.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  return (
    <Stack gap="sm" data-testid="parts-editor">
      {value.map((p, i) => (
        <Paper key={p.key} withBorder p="sm" radius="md" data-testid="part-row">
          <Group align="flex-end" wrap="nowrap" gap="sm">
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" style={{ flex: 1 }}>
              <TextInput label={t('booking.partNumber')} value={p.partNumber} onChange={(e) => update(p.key, { partNumber: e.currentTarget.value })} error={errors[`parts.${i}.partNumber`]} size="md" />
              <TextInput label={t('booking.partDescription')} value={p.description} onChange={(e) => update(p.key, { description: e.currentTarget.value })} error={errors[`parts.${i}.description`]} size="md" />
              <NumberInput label={t('booking.quantity')} value={p.quantity} onChange={(v) => update(p.key, { quantity: v })} min={0.01} decimalScale={2} error={errors[`parts.${i}.quantity`]} size="md" />
              <NumberInput label={t('booking.unitPrice')} value={p.unitPrice} onChange={(v) => update(p.key, { unitPrice: v })} min={0} decimalScale={2} thousandSeparator="," error={errors[`parts.${i}.unitPrice`]} size="md" />
            </SimpleGrid>
            <ActionIcon variant="subtle" color="red" onClick={() => onChange(value.filter((x) => x.key !== p.key))} aria-label={t('booking.removePart', { n: i + 1 })}>
              <TrashIcon />
            </ActionIcon>
          </Group>
          <Checkbox mt="sm" label={t('booking.highValue')} checked={p.highValue} onChange={(e) => update(p.key, { highValue: e.currentTarget.checked })} data-testid="part-high-value" />
        </Paper>
      ))}
      <Group>
        <Button variant="light" leftSection={<PlusIcon size={18} />} onClick={() => onChange([...value, emptyPart()])} data-testid="add-part">
          {t('booking.addPart')}
        </Button>
      </Group>
    </Stack>
  );
}
