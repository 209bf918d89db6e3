import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { TransferOwnership } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';

type OwnerPicker = (props: { value: string | null; onChange: (id: string | null) => void; error: string | null }) => ReactNode;

type Props = {
  currentOwnerId: string;
  /** The customer search comes from the customers feature; the screen plugs it in. */
  renderOwnerPicker: OwnerPicker;
  onSubmit: (body: TransferOwnership) => Promise<unknown>;
  onCancel: () => void;
};

export function TransferOwnershipForm({ currentOwnerId, renderOwnerPicker, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [newOwnerId, setNewOwnerId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!newOwnerId || newOwnerId === currentOwnerId) {
      setFieldError(t('vehicle.transferSameOwner'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ newOwnerId, note: note.trim() || null });
    } catch (err) {
      const v = isApiError(err) ? err.violations.find((x) => x.field === 'newOwnerId') : undefined;
      setFieldError(v?.message ?? null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {error ? <ProblemAlert error={error} /> : null}
        {renderOwnerPicker({
          value: newOwnerId,
          onChange: (id) => {
            setNewOwnerId(id);
            setFieldError(null);
          },
          error: fieldError,
        })}
        <Textarea label={t('vehicle.transferNote')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('vehicle.transferSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
