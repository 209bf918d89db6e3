import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import type { RepairOrder } from '@/lib/api-types';
import { useChangeRepairOrder } from '../api/change-repair-order';

/** The check-in wizard does these; the order page links there. */
const WIZARD_ACTIONS = ['submit-for-signature', 'sign', 'hand-over'];

/**
 * The order's actions as the server offers them (`availableActions`): the page never copies the
 * transition table. Decline and cancel ask for the reason; a declined car is released with its
 * printed release note (R-CHK-9), which frees its key tag and slot.
 */
export function OrderActions({ store, order }: { store: string; order: RepairOrder }) {
  const { t } = useTranslation();
  const change = useChangeRepairOrder(store, order);
  const [asking, setAsking] = useState<'decline' | 'cancel' | null>(null);
  const [reason, setReason] = useState('');
  const actions = order.availableActions;
  const close = () => {
    setAsking(null);
    setReason('');
  };
  return (
    <>
      {actions.some((a) => WIZARD_ACTIONS.includes(a)) && (
        <Button component={Link} to={`/check-in/${order.id}`} size="md" h={44} data-testid="continue-check-in">
          {t(`orders.actions.${actions.find((a) => WIZARD_ACTIONS.includes(a)) as 'sign'}`)}
        </Button>
      )}
      {actions.includes('release') && (
        <>
          <Button component={Link} to={`/repair-orders/${order.id}/print`} size="md" h={44} variant="default" data-testid="print-release-note">
            {t('orders.printReleaseNote')}
          </Button>
          <Button size="md" h={44} color="green" loading={change.isPending} onClick={() => change.mutate({ type: 'release' })} data-testid="release-order">
            {t('orders.actions.release')}
          </Button>
        </>
      )}
      {actions.includes('decline') && (
        <Button size="md" h={44} variant="light" color="orange" onClick={() => setAsking('decline')} data-testid="decline-order">
          {t('orders.actions.decline')}
        </Button>
      )}
      {actions.includes('cancel') && (
        <Button size="md" h={44} variant="light" color="red" onClick={() => setAsking('cancel')} data-testid="cancel-order">
          {t('orders.actions.cancel')}
        </Button>
      )}
      <Modal opened={asking !== null} onClose={close} title={asking === 'decline' ? t('orders.declineTitle') : t('orders.cancelTitle')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!asking || reason.trim() === '') return;
            change.mutate({ type: asking, reason: reason.trim() }, { onSuccess: close });
          }}
        >
          <Stack gap="md">
            {asking === 'decline' && <Text>{t('orders.declineHint')}</Text>}
            <Textarea label={t('orders.reason')} required maxLength={500} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus data-testid="reason-input" />
            <ProblemAlert error={change.error} />
            <Group justify="flex-end">
              <Button size="md" h={44} variant="default" onClick={close}>
                {t('orders.back')}
              </Button>
              <Button size="md" h={44} type="submit" color={asking === 'cancel' ? 'red' : 'orange'} loading={change.isPending} disabled={reason.trim() === ''} data-testid="confirm-reason">
                {t('orders.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
