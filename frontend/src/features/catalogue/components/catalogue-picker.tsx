import { Badge, Button, Combobox, Group, Loader, Paper, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '@/components/icons';
import { formatDate, formatMoney } from '@/components/format';
import type { RepairOrderLineInput } from '@/lib/api-types';
import { useStoreZone } from '@/lib/store-zone';
import { useSearchOperations } from '../api/search-operations';
import { useSearchParts } from '../api/search-parts';
import { labourPrice, lineFor, noQualityWarranty, type Picked } from '../utils/catalogue';

type Props = {
  store: string;
  /** The order's vehicle ("大众 帕萨特"): operations show its model family's hours. */
  vehicleModel: string;
  labourRate: number;
  currency: string;
  busy: boolean;
  /** The estimate line to add, and what was picked (a canned job copies its number, name, price and hours). */
  onAdd: (line: RepairOrderLineInput, picked: Picked) => Promise<boolean>;
};

const RESULTS = 6;

/**
 * Issue 8: search the catalogue as you type (number, name or pinyin initials) and add a part or
 * labour operation to the estimate in two taps — the result, then "add". Price, hours, grade,
 * stock and the R-CHK-5 disclaimer are shown before adding; the server prices the line.
 */
export function CataloguePicker({ store, vehicleModel, labourRate, currency, busy, onAdd }: Props) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 150);
  const [picked, setPicked] = useState<Picked | null>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const enabled = q.length > 0;
  const parts = useSearchParts(store, q, { limit: RESULTS, enabled });
  const operations = useSearchOperations(store, q, { model: vehicleModel, limit: RESULTS, enabled });
  const partItems = enabled ? (parts.data?.items ?? []) : [];
  const operationItems = enabled ? (operations.data?.items ?? []) : [];
  const loading = enabled && (parts.isFetching || operations.isFetching);
  const failed = parts.error ?? operations.error;

  const choose = (value: string) => {
    const [kind, id] = value.split(':');
    const next: Picked | null =
      kind === 'part'
        ? ((p) => (p ? { kind: 'part', part: p } : null))(partItems.find((p) => p.id === id))
        : ((o) => (o ? { kind: 'operation', operation: o } : null))(operationItems.find((o) => o.id === id));
    setPicked(next);
    combobox.closeDropdown();
  };

  const add = async () => {
    if (!picked) return;
    if (await onAdd(lineFor(picked), picked)) {
      setPicked(null);
      setText('');
    }
  };

  return (
    <Stack gap="sm" data-testid="catalogue-picker">
      <Combobox store={combobox} onOptionSubmit={choose} withinPortal={false}>
        <Combobox.Target>
          <TextInput
            size="lg"
            label={t('catalogue.pickerLabel')}
            placeholder={t('catalogue.pickerPlaceholder')}
            leftSection={<SearchIcon />}
            rightSection={loading ? <Loader size="sm" /> : null}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setPicked(null);
              combobox.openDropdown();
              combobox.updateSelectedOptionIndex();
            }}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            data-testid="catalogue-search"
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={!enabled}>
          <Combobox.Options mah={420} style={{ overflowY: 'auto' }}>
            {failed ? <Combobox.Empty>{t('errors.generic')}</Combobox.Empty> : null}
            {!failed && !loading && partItems.length === 0 && operationItems.length === 0 ? <Combobox.Empty>{t('catalogue.noResults')}</Combobox.Empty> : null}
            {operationItems.length > 0 ? (
              <Combobox.Group label={t('catalogue.operations')}>
                {operationItems.map((o) => (
                  <Combobox.Option key={o.id} value={`operation:${o.id}`} className="catalogue-option" data-testid="catalogue-option-operation">
                    <Group justify="space-between" wrap="nowrap" gap="sm" mih={44}>
                      <Stack gap={0}>
                        <Text fw={600}>{o.nameZh}</Text>
                        <Text fz="sm" c="dark.6">
                          {o.code} · {t(`catalogue.systems.${o.system}`)} · {t('catalogue.hoursValue', { hours: o.hours })}
                          {o.modelFamily ? ` (${o.modelFamily})` : ''}
                        </Text>
                      </Stack>
                      <Text fw={700} className="tabular">
                        {formatMoney(labourPrice(o.hours, labourRate), currency)}
                      </Text>
                    </Group>
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ) : null}
            {partItems.length > 0 ? (
              <Combobox.Group label={t('catalogue.parts')}>
                {partItems.map((p) => (
                  <Combobox.Option key={p.id} value={`part:${p.id}`} data-testid="catalogue-option-part">
                    <Group justify="space-between" wrap="nowrap" gap="sm" mih={44}>
                      <Stack gap={0}>
                        <Text fw={600}>{p.nameZh}</Text>
                        <Group gap={6}>
                          <Text fz="sm" c="dark.6">
                            {p.partNumber}
                          </Text>
                          <Badge size="sm" variant="light" color={p.grade === 'OEM' ? 'blue' : 'orange'}>
                            {t(`catalogue.grades.${p.grade}`)}
                          </Badge>
                          {noQualityWarranty(p.grade, p.criticalSystem) ? (
                            <Badge size="sm" color="red" variant="light">
                              {t('ro.disclaimerCodes.NO_QUALITY_WARRANTY')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Stack>
                      <Text fw={700} className="tabular">
                        {formatMoney(p.listPrice, currency)}
                      </Text>
                    </Group>
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ) : null}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {picked ? (
        <Paper withBorder radius="md" p="md" data-testid="catalogue-picked">
          <Group justify="space-between" wrap="wrap" gap="md">
            {picked.kind === 'part' ? (
              <Stack gap={4}>
                <Text fz="lg" fw={700}>
                  {picked.part.nameZh} · {picked.part.partNumber}
                </Text>
                <Text fz="lg" className="tabular" data-testid="picked-price">
                  {formatMoney(picked.part.listPrice, currency)} · {t(`catalogue.grades.${picked.part.grade}`)}
                </Text>
                <Text c={picked.part.available >= 1 ? 'dark.6' : 'orange.8'} data-testid="picked-stock">
                  {picked.part.available >= 1
                    ? t('catalogue.inStock', { count: picked.part.available })
                    : picked.part.expectedArrivalAt
                      ? t('catalogue.shortUntil', { when: formatDate(picked.part.expectedArrivalAt, zone) })
                      : t('catalogue.notInStock')}
                </Text>
                {noQualityWarranty(picked.part.grade, picked.part.criticalSystem) ? (
                  <Text c="red.8" fw={600} data-testid="picked-disclaimer">
                    {t('catalogue.noWarranty')}
                  </Text>
                ) : null}
              </Stack>
            ) : (
              <Stack gap={4}>
                <Text fz="lg" fw={700}>
                  {picked.operation.nameZh} · {picked.operation.code}
                </Text>
                <Text fz="lg" className="tabular" data-testid="picked-price">
                  {formatMoney(labourPrice(picked.operation.hours, labourRate), currency)} ·{' '}
                  {t('catalogue.hoursValue', { hours: picked.operation.hours })} · {t(`catalogue.systems.${picked.operation.system}`)}
                </Text>
              </Stack>
            )}
            <Group gap="sm">
              <Button size="lg" h={56} variant="default" onClick={() => setPicked(null)}>
                {t('common.cancel')}
              </Button>
              <Button size="lg" h={56} loading={busy} onClick={() => void add()} data-testid="catalogue-add">
                {t('catalogue.add')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}
    </Stack>
  );
}
