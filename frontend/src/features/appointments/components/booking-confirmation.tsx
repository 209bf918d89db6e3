import { Alert, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/components/format';
import { CheckIcon } from '@/components/icons';
import { FieldList } from '@/components/field-list';
import { currentLanguage } from '@/i18n';
import type { Appointment } from '@/lib/api-types';
import { formatZonedDateTime } from '@/lib/zoned-time';
import { AppointmentFlags, AppointmentStatusBadge } from './status-badge';

/** What the advisor reads back to the customer on the phone after booking. */
export function BookingConfirmation({ appointment: a, zone, actions }: { appointment: Appointment; zone: string; actions: ReactNode }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Paper withBorder radius="lg" p="xl" className="confirmation-card" data-testid="booking-confirmation" role="status" aria-live="polite">
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={56} radius="xl" color="green">
            <CheckIcon size={32} />
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} fz={26}>
              {t('booking.booked')}
            </Title>
            <Group gap="xs">
              <AppointmentStatusBadge status={a.status} />
              <AppointmentFlags repeatRepair={a.repeatRepair} depositRequired={a.deposit.required} depositPaid={a.deposit.paid} size="lg" />
            </Group>
          </Stack>
        </Group>
        <Group gap="md" align="baseline" wrap="wrap">
          <Text className="plate">{a.vehicle.plate}</Text>
          <Text fz={28} fw={800} className="tabular" data-testid="confirmation-time">
            {formatZonedDateTime(a.arrivalAt, zone, language)}
          </Text>
        </Group>
        <FieldList
          fields={[
            { label: t('detail.customer'), value: `${a.customer.name} · ${a.customer.phone}` },
            { label: t('detail.vehicle'), value: a.vehicle.model },
            { label: t('detail.advisor'), value: a.advisor.displayName },
            { label: t('detail.services'), value: a.services.map((s) => s.name).join('、') },
            { label: t('detail.tentativeDelivery'), value: formatZonedDateTime(a.tentativeDeliveryAt, zone, language) },
            { label: t('detail.documents'), value: a.documentsToBring.map((d) => t(`appointment.documents.${d}`)).join('、') },
          ]}
        />
        {a.status === 'DEPOSIT_REQUIRED' && (
          <Alert color="orange" title={t('booking.depositTitle')} data-testid="confirmation-deposit">
            {t('booking.depositToPay', { amount: formatMoney(a.deposit.required) })}
          </Alert>
        )}
        <Group gap="sm">{actions}</Group>
      </Stack>
    </Paper>
  );
}
