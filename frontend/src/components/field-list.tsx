import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Field = { label: string; value: ReactNode; span?: 'full' };

/** Read-only label/value pairs in a responsive grid (2 columns on a landscape tablet). */
export function FieldList({ fields }: { fields: Field[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md" m={0}>
      {fields.map((f) => (
        <Stack key={f.label} gap={2} style={f.span === 'full' ? { gridColumn: '1 / -1' } : undefined}>
          <Text component="dt" size="sm" fw={600} c="dark.5">
            {f.label}
          </Text>
          <Text component="dd" m={0} size="lg" c="dark.9" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {f.value === null || f.value === undefined || f.value === '' ? t('common.none') : f.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
