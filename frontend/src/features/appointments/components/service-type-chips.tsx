import { Chip, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceType } from '@/lib/api-types';

/**
 * Services as big toggle chips. Services needing another bay type than the ones already
 * chosen are disabled: the backend books one bay type per appointment (R-APT-3).
 */
export function ServiceTypeChips({ serviceTypes, value, onChange, error }: { serviceTypes: ServiceType[]; value: string[]; onChange: (codes: string[]) => void; error?: string | null }) {
  const { t } = useTranslation();
  const chosenBayType = serviceTypes.find((s) => value.includes(s.code))?.bayType;
  return (
    <Stack gap="xs">
      <Chip.Group multiple value={value} onChange={onChange}>
        <Group gap="sm" role="group" aria-label={t('booking.stepServices')} data-testid="service-chips">
          {serviceTypes.map((s) => {
            const incompatible = !!chosenBayType && s.bayType !== chosenBayType && !value.includes(s.code);
            return (
              <Chip key={s.code} value={s.code} size="lg" radius="md" variant="outline" disabled={incompatible} wrapperProps={{ "data-testid": `service-${s.code}` }} styles={{ label: { minHeight: 48, height: 'auto', paddingBlock: 8 } }}>
                <span>
                  <strong>{s.name}</strong>
                  <Text span c="dark.5" fz="sm" ml={6}>
                    {t('booking.minutes', { n: s.durationMinutes })}
                  </Text>
                </span>
              </Chip>
            );
          })}
        </Group>
      </Chip.Group>
      {chosenBayType && (
        <Text c="dark.6" fz="sm">
          {t('booking.sameBayType', { bayType: t(`appointment.bayTypes.${chosenBayType}`) })}
        </Text>
      )}
      {error && (
        <Text c="var(--mantine-color-error)" fz="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
