import { Alert, Button, Checkbox, Group, Radio, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/page-states';
import { useCurrentStore } from '@/lib/current-store';
import { useHandoverReceivers } from '../api/list-handover-receivers';

/**
 * R-CHK-10: who in the workshop receives the car — a technician from workshop set-up, or the
 * foreman's queue; never free text. Only a technician can be assigned directly (single-team orders).
 */
export function HandoverForm({ busy, onHandOver }: { busy: boolean; onHandOver: (receiver: string, assignDirectly: boolean) => void }) {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const receivers = useHandoverReceivers(store.code);
  const [receiver, setReceiver] = useState<string | null>(null);
  const [direct, setDirect] = useState(false);
  if (receivers.isPending) return <Skeleton h={120} />;
  if (receivers.error) return <ErrorState error={receivers.error} onRetry={() => void receivers.refetch()} />;
  const options = receivers.data.map((r) => ({ value: r.id, label: r.kind === 'FOREMAN_QUEUE' ? t('signing.foremanQueue') : (r.name ?? r.id) }));
  const toQueue = receiver === 'FOREMAN_QUEUE';
  const technicians = receivers.data.filter((r) => r.kind === 'TECHNICIAN').length;
  return (
    <Stack gap="md" data-testid="handover-form">
      <Radio.Group
        size="lg"
        label={t('ro.receiver')}
        description={t('signing.receiverHint')}
        value={receiver}
        onChange={(v) => {
          setReceiver(v);
          if (v === 'FOREMAN_QUEUE') setDirect(false);
        }}
        required
        data-testid="receiver"
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="sm" spacing="sm">
          {options.map((o) => (
            <Radio.Card key={o.value} value={o.value} p="md" radius="md" mih={56} data-testid={`receiver-${o.value}`}>
              <Group wrap="nowrap" gap="sm">
                <Radio.Indicator />
                <span>{o.label}</span>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      {technicians === 0 && (
        <Alert color="yellow" variant="light" data-testid="no-technicians">
          {t('signing.noTechnicians')}
        </Alert>
      )}
      <Checkbox
        size="md"
        label={t('ro.assignDirectly')}
        description={t(toQueue ? 'signing.assignDirectlyNeedsTechnician' : 'ro.assignDirectlyHint')}
        checked={direct}
        disabled={toQueue || receiver === null}
        onChange={(e) => setDirect(e.currentTarget.checked)}
        data-testid="assign-directly"
      />
      <Group justify="flex-end">
        <Button size="lg" h={56} disabled={receiver === null} loading={busy} onClick={() => receiver && onHandOver(receiver, direct && !toQueue)} data-testid="hand-over">
          {t('ro.handOver')}
        </Button>
      </Group>
    </Stack>
  );
}
