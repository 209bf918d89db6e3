import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import '../appointments.css';
import { FieldList } from '@/components/field-list';
import { formatDate, formatMoney, formatNumber } from '@/components/format';
import { currentLanguage } from '@/i18n';
import type { Appointment } from '@/lib/api-types';
import { formatZonedDateTime } from '@/lib/zoned-time';

/** Everything R-APT-2 captured, as the advisor reads it before the customer arrives. */
export function AppointmentSummary({ appointment: a, zone }: { appointment: Appointment; zone: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Stack gap="lg">
      <FieldList
        fields={[
          { label: t('detail.arrival'), value: formatZonedDateTime(a.arrivalAt, zone, language) },
          { label: t('detail.tentativeDelivery'), value: formatZonedDateTime(a.tentativeDeliveryAt, zone, language) },
          { label: t('detail.customer'), value: `${a.customer.name} · ${a.customer.phone}` },
          { label: t('detail.vehicle'), value: `${a.vehicle.plate} · ${a.vehicle.model}` },
          { label: t('detail.advisor'), value: a.advisor.displayName },
          { label: t('detail.services'), value: `${a.services.map((s) => s.name).join('、')} (${t('booking.minutes', { n: a.durationMinutes })}, ${t(`appointment.bayTypes.${a.bayType as 'GENERAL'}`, { defaultValue: a.bayType })})` },
          { label: t('detail.requestedWork'), value: a.requestedWork, span: 'full' },
          { label: t('detail.mileage'), value: a.mileage === null || a.mileage === undefined ? null : `${formatNumber(a.mileage)} km` },
          { label: t('detail.lastServiceDate'), value: formatDate(a.lastServiceDate, zone) },
          { label: t('detail.repeatRepair'), value: a.repeatRepair ? t('detail.repeatRepairYes') : t('common.no') },
          { label: t('detail.priceIndication'), value: a.priceIndication === null || a.priceIndication === undefined ? null : formatMoney(a.priceIndication) },
          { label: t('detail.documents'), value: a.documentsToBring.map((d) => t(`appointment.documents.${d}`)).join('、'), span: 'full' },
          { label: t('detail.channel'), value: `${t(`appointment.channel.${a.channel}`)} · ${t(`appointment.origin.${a.origin}`)}` },
          { label: t('detail.createdAt'), value: formatZonedDateTime(a.createdAt, zone, language) },
          ...(a.cancelReason ? [{ label: t('detail.cancelReason'), value: a.cancelReason, span: 'full' as const }] : []),
        ]}
      />
      {(a.parts.length > 0 || a.deposit.required > 0) && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="parts-title">
          <Group justify="space-between" mb="sm">
            <Title order={3} fz={18} id="parts-title">
              {t('detail.parts')}
            </Title>
            {a.deposit.required > 0 && (
              <Badge size="lg" color={a.deposit.paid ? 'green' : 'orange'} variant="light" data-testid="deposit-status">
                {a.deposit.paid
                  ? t('detail.depositPaid', { amount: formatMoney(a.deposit.paid), method: t(`appointment.paymentMethods.${a.deposit.method as 'CASH'}`, { defaultValue: a.deposit.method ?? '' }) })
                  : t('detail.depositOpen', { amount: formatMoney(a.deposit.required) })}
              </Badge>
            )}
          </Group>
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing="sm" fz="md" layout="auto" styles={{ th: { whiteSpace: 'nowrap' } }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('booking.partNumber')}</Table.Th>
                  <Table.Th>{t('booking.partDescription')}</Table.Th>
                  <Table.Th ta="right">{t('booking.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('booking.unitPrice')}</Table.Th>
                  <Table.Th>{t('detail.partStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.parts.map((p, i) => (
                  <Table.Tr key={`${p.partNumber}-${i}`}>
                    <Table.Td className="tabular">{p.partNumber}</Table.Td>
                    <Table.Td>
                      {p.description}
                      {p.highValue && (
                        <Badge ml="xs" color="orange" variant="light">
                          {t('detail.highValue')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(p.quantity)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(p.unitPrice)}</Table.Td>
                    <Table.Td>{t(`detail.partStatuses.${p.orderStatus as 'TO_ORDER'}`, { defaultValue: p.orderStatus })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {a.parts.length === 0 && <Text c="dark.6">{t('common.none')}</Text>}
        </Paper>
      )}
    </Stack>
  );
}
