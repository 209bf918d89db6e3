import { Alert, Button, Checkbox, Chip, Group, NumberInput, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/components/format';
import { ProblemAlert } from '@/components/problem-alert';
import type { DocumentType, FuelLevel, Inspection, InspectionInput } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';

const FUEL: readonly FuelLevel[] = ['EMPTY', 'QUARTER', 'HALF', 'THREE_QUARTERS', 'FULL'];
const DOCUMENTS: readonly DocumentType[] = ['REGISTRATION', 'MAINTENANCE_BOOKLET', 'INSURANCE', 'OTHER'];
/** The dashboard lights an advisor looks for; stored as their codes. */
export const WARNING_LIGHTS = ['ENGINE', 'ABS', 'AIRBAG', 'OIL_PRESSURE', 'BATTERY', 'BRAKE', 'TPMS', 'COOLANT'] as const;

type Doc = { received: boolean; valid: boolean; note: string };

/** True when the server refused the reading as lower than the last one, unconfirmed (R-CHK-2). */
export function isOdometerLower(e: unknown): boolean {
  return isApiError(e) && e.problem.code === 'R-CHK-2' && (e.status === 422 || e.status === 409) && !!e.problem.violations?.some((v) => v.field.includes('odometer'));
}

/**
 * R-CHK-2 readings: odometer, fuel, warning lights, covers, belongings, documents and the key.
 * When the server answers that the odometer is lower than the last recorded reading, its
 * warning is shown and the advisor must confirm it before it is saved (and kept on record).
 */
export function ReadingsForm({ inspection, busy, error, onSave }: { inspection: Inspection; busy: boolean; error: unknown; onSave: (body: InspectionInput) => void }) {
  const { t } = useTranslation();
  const frozen = !!inspection.signature;
  const [odometer, setOdometer] = useState<number | string>(inspection.odometer ?? '');
  const [confirmLower, setConfirmLower] = useState(inspection.odometerLowerConfirmed);
  // R-CHK-2: the level starts unset (a pre-set one would look recorded) and must be picked.
  const [fuel, setFuel] = useState<FuelLevel | null>(inspection.fuelLevel ?? null);
  const [fuelMissing, setFuelMissing] = useState(false);
  const top = useRef<HTMLDivElement>(null);
  const odometerRef = useRef<HTMLInputElement>(null);
  // The step opens where the walk-around's "next" was tapped: bring its first field into view
  // (below the sticky header: html's scroll-padding-top) and put the cursor in it.
  useEffect(() => {
    top.current?.scrollIntoView?.({ block: 'start' });
    if (!frozen) odometerRef.current?.focus({ preventScroll: true });
  }, [frozen]);
  const [lights, setLights] = useState<string[]>(inspection.warningLights);
  const [covers, setCovers] = useState(inspection.protectiveCoversFitted);
  const [belongings, setBelongings] = useState<string[]>(inspection.belongings);
  const [docs, setDocs] = useState<Record<DocumentType, Doc>>(() => {
    const init = {} as Record<DocumentType, Doc>;
    for (const d of DOCUMENTS) {
      const found = inspection.documents.find((x) => x.type === d);
      init[d] = { received: !!found, valid: found?.valid ?? true, note: found?.discrepancyNote ?? '' };
    }
    return init;
  });
  const [keyTag, setKeyTag] = useState(inspection.keyTag ?? '');
  const [keySlot, setKeySlot] = useState(inspection.keySlot ?? '');
  const lower = isOdometerLower(error);
  const warning = inspection.odometerWarning;

  const submit = () => {
    if (!fuel && !inspection.fuelPercent) {
      setFuelMissing(true);
      document.getElementById('fuel-level')?.scrollIntoView?.({ block: 'center' });
      return;
    }
    onSave({
      odometer: odometer === '' ? null : Number(odometer),
      odometerLowerConfirmed: confirmLower,
      ...(fuel ? { fuelLevel: fuel } : { fuelPercent: inspection.fuelPercent }),
      warningLights: lights,
      protectiveCoversFitted: covers,
      belongings,
      documents: DOCUMENTS.filter((d) => docs[d].received).map((d) => ({ type: d, valid: docs[d].valid, ...(docs[d].valid || !docs[d].note.trim() ? {} : { discrepancyNote: docs[d].note.trim() }) })),
      keyTag: keyTag.trim() || null,
      keySlot: keySlot.trim() || null,
    });
  };
  const setDoc = (d: DocumentType, patch: Partial<Doc>) => setDocs((prev) => ({ ...prev, [d]: { ...prev[d], ...patch } }));

  return (
    <Stack gap="lg" data-testid="readings-form" ref={top}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput size="lg" label={t('inspection.odometer')} suffix=" km" min={0} thousandSeparator="," value={odometer} onChange={setOdometer} disabled={frozen} data-testid="odometer" ref={odometerRef} />
        <Stack gap={4} id="fuel-level">
          <Text fw={500} id="fuel-label">
            {t('inspection.fuel')}
          </Text>
          <Group gap={6} role="radiogroup" aria-labelledby="fuel-label" aria-invalid={fuelMissing && !fuel} aria-describedby={fuelMissing && !fuel ? 'fuel-error' : undefined} wrap="nowrap" data-testid="fuel">
            {FUEL.map((f) => (
              <Button
                key={f}
                role="radio"
                aria-checked={fuel === f}
                variant={fuel === f ? 'filled' : 'default'}
                size="md"
                h={52}
                style={{ flex: 1 }}
                px={4}
                disabled={frozen}
                onClick={() => setFuel(f)}
                data-testid={`fuel-${f}`}
              >
                {t(`inspection.fuelLevels.${f}`)}
              </Button>
            ))}
          </Group>
          {fuelMissing && !fuel && (
            <Text c="var(--mantine-color-error)" fz="sm" id="fuel-error" role="alert" data-testid="fuel-required">
              {t('inspection.fuelRequired')}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
      {(lower || warning) && (
        <Alert color="orange" variant="light" title={t('inspection.odometerLowerTitle')} data-testid="odometer-warning">
          <Stack gap="xs">
            <Text>
              {warning
                ? t('inspection.odometerLowerBody', { reading: formatNumber(warning.readingKm), last: formatNumber(warning.lastRecordedKm) })
                : t('inspection.odometerLowerAsk', { reading: formatNumber(odometer === '' ? null : Number(odometer)) })}
            </Text>
            {!warning && isApiError(error) && error.problem.detail && (
              <Text fz="sm" c="dark.6">
                {error.problem.detail}
              </Text>
            )}
            <Checkbox size="md" label={t('inspection.odometerConfirm')} checked={confirmLower} onChange={(e) => setConfirmLower(e.currentTarget.checked)} disabled={frozen} data-testid="odometer-confirm" />
          </Stack>
        </Alert>
      )}
      <Stack gap={6}>
        <Text fw={500}>{t('inspection.warningLights')}</Text>
        <Chip.Group multiple value={lights} onChange={setLights}>
          <Group gap="xs">
            {WARNING_LIGHTS.map((l) => (
              <Chip key={l} value={l} size="lg" disabled={frozen}>
                {t(`inspection.lights.${l}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>
      <Checkbox size="lg" label={t('inspection.covers')} checked={covers} onChange={(e) => setCovers(e.currentTarget.checked)} disabled={frozen} />
      <TagsInput size="lg" label={t('inspection.belongings')} description={t('inspection.belongingsHint')} value={belongings} onChange={setBelongings} disabled={frozen} data-testid="belongings" />
      <Stack gap="xs">
        <Text fw={500}>{t('inspection.documents')}</Text>
        {DOCUMENTS.map((d) => (
          <Group key={d} gap="md" wrap="wrap" className="doc-row">
            <Checkbox size="md" w={180} label={t(`inspection.documentTypes.${d}`)} checked={docs[d].received} onChange={(e) => setDoc(d, { received: e.currentTarget.checked })} disabled={frozen} />
            {docs[d].received && (
              <>
                <Checkbox size="md" label={t('inspection.documentValid')} checked={docs[d].valid} onChange={(e) => setDoc(d, { valid: e.currentTarget.checked })} disabled={frozen} />
                {!docs[d].valid && <TextInput size="md" placeholder={t('inspection.discrepancyNote')} aria-label={t('inspection.discrepancyNote')} value={docs[d].note} onChange={(e) => setDoc(d, { note: e.currentTarget.value })} disabled={frozen} />}
              </>
            )}
          </Group>
        ))}
      </Stack>
      <SimpleGrid cols={2}>
        <TextInput size="lg" label={t('inspection.keyTag')} value={keyTag} onChange={(e) => setKeyTag(e.currentTarget.value)} disabled={frozen} data-testid="key-tag" />
        <TextInput size="lg" label={t('inspection.keySlot')} value={keySlot} onChange={(e) => setKeySlot(e.currentTarget.value)} disabled={frozen} data-testid="key-slot" />
      </SimpleGrid>
      {!lower && <ProblemAlert error={error} />}
      {!frozen && (
        <Group justify="flex-end">
          <Button size="lg" h={56} loading={busy} disabled={lower && !confirmLower} onClick={submit} data-testid="save-readings">
            {t('inspection.saveReadings')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
