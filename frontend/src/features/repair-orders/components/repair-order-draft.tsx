import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldList } from '@/components/field-list';
import type { RepairOrder } from '@/lib/api-types';

type CarriedFinding = RepairOrder['carriedFindings'][number];

/** A draft repair order prepared from an appointment (R-PRE-1), with the repeat-repair flag (R-PRE-2) and the findings to raise again (R-PRE-3). */
export function RepairOrderDraft({
  order,
  extra = [],
  findingAction,
}: {
  order: RepairOrder;
  extra?: { label: string; value: ReactNode }[];
  /** What the screen offers next to an earlier finding (e.g. fix it with a line of this order). */
  findingAction?: (finding: CarriedFinding) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" data-testid="repair-order">
      <Group gap="sm">
        <Text fz={24} fw={800} className="tabular" data-testid="repair-order-number">
          {order.number}
        </Text>
        <Badge size="lg" variant="light">
          {t(`repairOrder.statuses.${order.status as 'DRAFT'}`, { defaultValue: order.status })}
        </Badge>
        {order.repeatRepair && (
          <Badge size="lg" color="red" variant="filled">
            {t('appointment.repeatRepair')}
          </Badge>
        )}
      </Group>
      <FieldList fields={[{ label: t('detail.requestedWork'), value: order.requestedWork, span: 'full' }, ...extra]} />
      <Stack gap="xs">
        <Text fw={700}>{t('repairOrder.carriedFindings')}</Text>
        {order.carriedFindings.length === 0 ? (
          <Text c="dark.6">{t('repairOrder.noFindings')}</Text>
        ) : (
          <List>
            {order.carriedFindings.map((f) => (
              <List.Item key={f.id} data-testid="carried-finding">
                <Group gap="xs">
                  <Text>{f.description}</Text>
                  {f.safetyCritical && <Badge color="red">{t('orders.safetyBadge')}</Badge>}
                  {f.resolvedByLineId && <Badge color="green">{t('orders.resolved')}</Badge>}
                  {findingAction?.(f)}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
