import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DamageType, VehicleZone } from '@/lib/api-types';

const TYPES: readonly DamageType[] = ['SCRATCH', 'DENT', 'CRACK', 'CHIP', 'MISSING', 'OTHER'];

export type NewMark = { zone: VehicleZone; type: DamageType; note: string; photo: File | null };

/**
 * After a zone is tapped: pick the mark type (big buttons), optionally take a photo with the
 * tablet's back camera (the file input with `capture`) and write a note.
 */
export function DamageMarkDialog({ zone, busy, onClose, onSave }: { zone: VehicleZone | null; busy: boolean; onClose: () => void; onSave: (mark: NewMark) => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={zone !== null} onClose={onClose} title={zone ? t(`inspection.zones.${zone}`) : ''} size="lg" closeButtonProps={{ size: 'xl', 'aria-label': t('common.close') }}>
      {zone && <MarkForm key={zone} zone={zone} busy={busy} onSave={onSave} />}
    </Modal>
  );
}

function MarkForm({ zone, busy, onSave }: { zone: VehicleZone; busy: boolean; onSave: (mark: NewMark) => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<DamageType | null>(null);
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  return (
    <Stack gap="md" data-testid="damage-mark-dialog">
      <Text fw={700}>{t('inspection.markType')}</Text>
      <SimpleGrid cols={3} role="radiogroup" aria-label={t('inspection.markType')}>
        {TYPES.map((ty) => (
          <Button
            key={ty}
            size="lg"
            h={56}
            variant={type === ty ? 'filled' : 'default'}
            role="radio"
            aria-checked={type === ty}
            onClick={() => setType(ty)}
            data-testid={`mark-type-${ty}`}
          >
            {t(`inspection.damageTypes.${ty}`)}
          </Button>
        ))}
      </SimpleGrid>
      <label className="photo-input" data-testid="photo-label">
        <input type="file" accept="image/*" capture="environment" onChange={(e) => setPhoto(e.currentTarget.files?.[0] ?? null)} data-testid="photo-input" />
        <span>{photo ? t('inspection.photoChosen', { name: photo.name }) : t('inspection.takePhoto')}</span>
      </label>
      <TextInput size="lg" label={t('inspection.note')} description={t('common.optional')} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid="mark-note" />
      <Group justify="flex-end">
        <Button size="lg" h={56} disabled={!type} loading={busy} onClick={() => type && onSave({ zone, type, note: note.trim(), photo })} data-testid="save-mark">
          {t('inspection.saveMark')}
        </Button>
      </Group>
    </Stack>
  );
}
