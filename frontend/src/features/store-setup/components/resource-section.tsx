import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import type { zhCN } from '@/i18n/zh-cn';

type SetupListKey = 'advisors' | 'bays' | 'technicians' | 'serviceTypes' | 'cannedJobs';
type Query<T> = { isPending: boolean; error: unknown; data?: T[]; refetch: () => unknown };

/**
 * A set-up list (advisors, bays, …) with its add and edit form in place: loading, error and
 * empty states, one row per record, "edit" opening the form on that record.
 */
export function ResourceSection<T extends { id: string; active: boolean }, K extends SetupListKey>({
  name,
  labels,
  query,
  columns,
  row,
  form,
}: {
  name: string;
  /** The list's strings under setup.{labels}: its column headings and its empty text. */
  labels: K;
  query: Query<T>;
  columns: Exclude<keyof (typeof zhCN)['setup'][K], 'empty'>[];
  row: (item: T) => ReactNode[];
  form: (item: T | null, done: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const emptyText = t(`setup.${labels}.empty` as const);
  const headings = columns.map((c) => t(`setup.${labels}.${String(c)}` as never) as string);
  const [editing, setEditing] = useState<T | null | 'new'>(null);
  const done = () => setEditing(null);
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data ?? [];
  return (
    <Stack gap="md" data-testid={`setup-${name}`}>
      {editing ? (
        <Paper withBorder p="md" data-testid={`${name}-form`}>
          {form(editing === 'new' ? null : editing, done)}
        </Paper>
      ) : (
        <Group justify="flex-end">
          <Button size="md" h={44} onClick={() => setEditing('new')} data-testid={`add-${name}`}>
            {t('setup.add')}
          </Button>
        </Group>
      )}
      {items.length === 0 ? (
        <EmptyState title={emptyText} />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                {headings.map((c) => (
                  <Table.Th key={c}>{c}</Table.Th>
                ))}
                <Table.Th>{t('setup.active')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id} data-testid={`${name}-row`}>
                  {row(item).map((cell, i) => (
                    <Table.Td key={i}>{cell}</Table.Td>
                  ))}
                  <Table.Td>
                    <Badge color={item.active ? 'teal' : 'gray'}>{item.active ? t('setup.active') : t('setup.inactive')}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button variant="default" h={44} onClick={() => setEditing(item)} aria-label={`${t('setup.edit')} ${String(row(item)[0] ?? '')}`}>
                      {t('setup.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {items.length > 0 && (
        <Text c="dimmed" size="sm">
          {items.filter((i) => i.active).length} / {items.length} {t('setup.active')}
        </Text>
      )}
    </Stack>
  );
}

/** Save / cancel at the foot of a set-up form. */
export function FormButtons({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button size="lg" h={48} variant="default" onClick={onCancel}>
        {t('setup.cancel')}
      </Button>
      <Button size="lg" h={48} type="submit" loading={busy} data-testid="save-resource">
        {t('setup.save')}
      </Button>
    </Group>
  );
}
