import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/components/format';
import { PlusIcon, SearchIcon } from '@/components/icons';
import { ErrorState, LoadingState } from '@/components/page-states';
import type { CatalogueOperation, CataloguePart } from '@/lib/api-types';
import { getOperation, getPart } from '../api/save-catalogue';
import { useSearchOperations } from '../api/search-operations';
import { useSearchParts } from '../api/search-parts';
import { OperationForm } from './operation-form';
import { PartForm } from './part-form';

type Editing<T> = { record: T | null } | null;

function SearchBox({ value, onChange, testId }: { value: string; onChange: (v: string) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <TextInput
      size="lg"
      leftSection={<SearchIcon />}
      placeholder={t('catalogue.searchPlaceholder')}
      aria-label={t('catalogue.search')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      style={{ flex: 1, minWidth: 240 }}
      data-testid={testId}
    />
  );
}

/** The store's price list: search as you type (superseded parts included), edit a part, add one. */
export function PartList({ store, currency }: { store: string; currency: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 200);
  const parts = useSearchParts(store, q, { superseded: true, limit: 50 });
  const [editing, setEditing] = useState<Editing<CataloguePart>>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const open = async (id: string) => {
    setOpening(id);
    try {
      setEditing({ record: await getPart(store, id) });
    } finally {
      setOpening(null);
    }
  };
  const items = parts.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group gap="sm" wrap="wrap">
        <SearchBox value={text} onChange={setText} testId="parts-search" />
        <Button size="lg" h={48} leftSection={<PlusIcon />} onClick={() => setEditing({ record: null })} data-testid="new-part">
          {t('catalogue.newPart')}
        </Button>
      </Group>
      {parts.isPending ? <LoadingState /> : parts.error ? <ErrorState error={parts.error} onRetry={() => void parts.refetch()} /> : null}
      {parts.data && items.length === 0 ? <Text c="dark.6">{q ? t('catalogue.noResults') : t('catalogue.emptyParts')}</Text> : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="parts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalogue.partNumber')}</Table.Th>
                <Table.Th>{t('catalogue.nameZh')}</Table.Th>
                <Table.Th>{t('catalogue.grade')}</Table.Th>
                <Table.Th ta="right">{t('catalogue.listPrice')}</Table.Th>
                <Table.Th ta="right">{t('catalogue.available')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id} data-testid="part-row">
                  <Table.Td>
                    <Text fw={600}>{p.partNumber}</Text>
                    {p.supersededBy ? <Text fz="sm" c="orange.8">{t('catalogue.supersededBy', { number: p.supersededBy })}</Text> : null}
                  </Table.Td>
                  <Table.Td>
                    {p.nameZh}
                    {p.criticalSystem ? (
                      <Badge ml={6} size="sm" color="red" variant="light">
                        {t('catalogue.criticalSystem')}
                      </Badge>
                    ) : null}
                    {!p.active ? (
                      <Badge ml={6} size="sm" color="gray">
                        {t('catalogue.inactive')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{t(`catalogue.grades.${p.grade}`)}</Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {formatMoney(p.listPrice, currency)}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {p.available}
                  </Table.Td>
                  <Table.Td>
                    <Button variant="light" h={44} loading={opening === p.id} onClick={() => void open(p.id)} aria-label={t('catalogue.editPart', { number: p.partNumber })}>
                      {t('catalogue.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.record ? t('catalogue.editPart', { number: editing.record.partNumber }) : t('catalogue.newPart')} size="xl">
        {editing ? <PartForm store={store} part={editing.record} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </Stack>
  );
}

/** The store's labour operations: search, edit, add. */
export function OperationList({ store }: { store: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 200);
  const operations = useSearchOperations(store, q, { limit: 50 });
  const [editing, setEditing] = useState<Editing<CatalogueOperation>>(null);
  const items = operations.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group gap="sm" wrap="wrap">
        <SearchBox value={text} onChange={setText} testId="operations-search" />
        <Button size="lg" h={48} leftSection={<PlusIcon />} onClick={() => setEditing({ record: null })}>
          {t('catalogue.newOperation')}
        </Button>
      </Group>
      {operations.isPending ? <LoadingState /> : operations.error ? <ErrorState error={operations.error} onRetry={() => void operations.refetch()} /> : null}
      {operations.data && items.length === 0 ? <Text c="dark.6">{q ? t('catalogue.noResults') : t('catalogue.emptyOperations')}</Text> : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalogue.code')}</Table.Th>
                <Table.Th>{t('catalogue.nameZh')}</Table.Th>
                <Table.Th>{t('catalogue.system')}</Table.Th>
                <Table.Th ta="right">{t('catalogue.defaultHours')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td fw={600}>{o.code}</Table.Td>
                  <Table.Td>{o.nameZh}</Table.Td>
                  <Table.Td>{t(`catalogue.systems.${o.system}`)}</Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {o.defaultHours}
                  </Table.Td>
                  <Table.Td>
                    <Button variant="light" h={44} onClick={() => void getOperation(store, o.id).then((record) => setEditing({ record }))}>
                      {t('catalogue.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.record ? editing.record.code : t('catalogue.newOperation')} size="xl">
        {editing ? <OperationForm store={store} operation={editing.record} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </Stack>
  );
}
