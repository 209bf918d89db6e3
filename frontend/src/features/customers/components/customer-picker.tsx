import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchCustomers } from '../api/search-customers';

type Props = {
  store: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | null;
  /** Customers that cannot be picked (e.g. the current owner). */
  excludeIds?: string[];
};

/** Pick a customer by typing the start of a name or phone number. */
export function CustomerPicker({ store, value, onChange, error, excludeIds = [] }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // The chosen option stays in the list while the search text shows its label.
  const [selected, setSelected] = useState<{ value: string; label: string } | null>(null);
  const typed = selected && search === selected.label ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 250);
  const { data, isFetching } = useSearchCustomers(store, q);
  const found = (data?.pages.flatMap((p) => p.items) ?? [])
    .filter((c) => !excludeIds.includes(c.id))
    .map((c) => ({ value: c.id, label: `${c.name} · ${c.phones[0] ?? ''}` }));
  const options = selected && !found.some((o) => o.value === selected.value) ? [selected, ...found] : found;
  return (
    <Select
      label={t('customer.picker.label')}
      placeholder={t('customer.picker.placeholder')}
      searchable
      filter={({ options: o }) => o}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={value}
      onChange={(id, option) => {
        setSelected(id && option ? { value: option.value, label: option.label } : null);
        onChange(id);
      }}
      nothingFoundMessage={q ? t('customer.picker.nothingFound') : undefined}
      rightSection={isFetching ? <Loader size="sm" /> : undefined}
      error={error}
      withAsterisk
      comboboxProps={{ withinPortal: true }}
      data-testid="customer-picker"
    />
  );
}
