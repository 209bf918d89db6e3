import { Badge, Button, Checkbox, Group, List, NumberInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingDisposition, RepairOrder } from '@/lib/api-types';
import { useChangeRepairOrder } from '../api/change-repair-order';

/** R-PRE-3: what was found but not fixed on this visit; the vehicle's next order carries it. */
export function OrderFindings({ store, order, editable }: { store: string; order: RepairOrder; editable: boolean }) {
  const { t } = useTranslation();
  const change = useChangeRepairOrder(store, order);
  const [description, setDescription] = useState('');
  const [disposition, setDisposition] = useState<FindingDisposition>('DEFERRED');
  const [safety, setSafety] = useState(false);
  const canRecord = editable && order.status !== 'CANCELLED';
  return (
    <Stack gap="sm" component="section" aria-labelledby="order-findings">
      <Title order={2} fz={20} id="order-findings">
        {t('orders.findings')}
      </Title>
      {order.findings.length === 0 ? (
        <Text c="dimmed">{t('repairOrder.noFindings')}</Text>
      ) : (
        <List spacing="xs" data-testid="order-findings">
          {order.findings.map((f) => (
            <List.Item key={f.id}>
              <Group gap="xs">
                <Text>{f.description}</Text>
                <Badge variant="light">{t(`orders.disposition.${f.disposition}`)}</Badge>
                {f.safetyCritical && <Badge color="red">{t('orders.safetyBadge')}</Badge>}
                {f.resolvedAt && <Badge color="green">{t('orders.resolved')}</Badge>}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canRecord && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (description.trim() === '') return;
            change.mutate(
              { type: 'record-finding', finding: { description: description.trim(), disposition, safetyCritical: safety } },
              { onSuccess: () => { setDescription(''); setSafety(false); } },
            );
          }}
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput size="md" miw={260} label={t('orders.findingDescription')} maxLength={500} value={description} onChange={(e) => setDescription(e.currentTarget.value)} data-testid="finding-description" />
            <SegmentedControl size="md" value={disposition} onChange={(v) => setDisposition(v as FindingDisposition)}
              data={(['DEFERRED', 'DECLINED'] as const).map((d) => ({ value: d, label: t(`orders.disposition.${d}`) }))} />
            <Checkbox size="md" label={t('orders.safetyCritical')} checked={safety} onChange={(e) => setSafety(e.currentTarget.checked)} />
            <Button size="md" h={44} type="submit" variant="light" loading={change.isPending} disabled={description.trim() === ''} data-testid="record-finding">
              {t('orders.recordFinding')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}

/**
 * R-PRE-3: fixes an earlier finding with a labour line of this order (the finding is then resolved);
 * only while the estimate can change (the server offers submit-for-signature).
 */
export function FixFinding({ store, order, finding }: { store: string; order: RepairOrder; finding: RepairOrder['carriedFindings'][number] }) {
  const { t } = useTranslation();
  const change = useChangeRepairOrder(store, order);
  const [hours, setHours] = useState<number | string>(1);
  if (finding.resolvedByLineId || !order.availableActions.includes('submit-for-signature')) return null;
  return (
    <Group gap="xs">
      <NumberInput size="sm" w={90} min={0.1} max={999} step={0.5} decimalScale={2} aria-label={t('orders.fixHours')} value={hours} onChange={setHours} />
      <Button
        size="md"
        h={44}
        variant="light"
        loading={change.isPending}
        disabled={Number(hours) <= 0}
        onClick={() => change.mutate({ type: 'fix-finding', findingId: finding.id, line: { kind: 'JOB', payType: 'CUSTOMER', description: finding.description, hours: Number(hours) } })}
        data-testid="fix-finding"
      >
        {t('orders.fixFinding')}
      </Button>
    </Group>
  );
}
