import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** R-CHK-10: who in the workshop receives the car; single-team orders may go straight to a technician. */
export function HandoverForm({ busy, onHandOver }: { busy: boolean; onHandOver: (receiver: string, assignDirectly: boolean) => void }) {
  const { t } = useTranslation();
  const [receiver, setReceiver] = useState('');
  const [direct, setDirect] = useState(false);
  return (
    <Stack gap="md" data-testid="handover-form">
      <TextInput size="lg" label={t('ro.receiver')} value={receiver} onChange={(e) => setReceiver(e.currentTarget.value)} required data-testid="receiver" />
      <Checkbox size="md" label={t('ro.assignDirectly')} description={t('ro.assignDirectlyHint')} checked={direct} onChange={(e) => setDirect(e.currentTarget.checked)} />
      <Group justify="flex-end">
        <Button size="lg" h={56} disabled={receiver.trim() === ''} loading={busy} onClick={() => onHandOver(receiver.trim(), direct)} data-testid="hand-over">
          {t('ro.handOver')}
        </Button>
      </Group>
    </Stack>
  );
}
