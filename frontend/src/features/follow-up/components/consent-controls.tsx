import { Group, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { OutreachChannel } from '@/lib/api-types';
import { useConsent, useSetConsent } from '../api/consent';

const CHANNELS: OutreachChannel[] = ['CALL', 'SMS', 'EMAIL'];

/** Per-channel consent (call, SMS, e-mail): a switch each; switching one off opts the customer out at once. */
export function ConsentControls({ store, customerId }: { store: string; customerId: string }) {
  const { t } = useTranslation();
  const consent = useConsent(store, customerId);
  const set = useSetConsent(store);
  if (consent.isPending) return <Text c="dark.6">{t('followUp.consent.loading')}</Text>;
  if (consent.error) return <ProblemAlert error={consent.error} />;
  return (
    <div>
      <Group gap="lg" wrap="wrap" role="group" aria-label={t('followUp.consent.title')} data-testid="consent-controls">
        {CHANNELS.map((channel) => {
          const c = consent.data.channels.find((x) => x.channel === channel);
          const allowed = c?.allowed ?? true;
          return (
            <Switch
              key={channel}
              size="lg"
              styles={{ root: { minHeight: 44, display: 'flex', alignItems: 'center' } }}
              checked={allowed}
              disabled={set.isPending}
              label={t(`followUp.consent.channels.${channel}`)}
              onChange={(e) => set.mutate({ customerId, channel, allowed: e.currentTarget.checked, reason: e.currentTarget.checked ? null : t('followUp.consent.deskReason') })}
              data-testid={`consent-${channel}`}
            />
          );
        })}
      </Group>
      {set.error && <ProblemAlert error={set.error} />}
    </div>
  );
}
