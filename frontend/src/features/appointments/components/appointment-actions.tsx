import { Alert, Button, Chip, Group, Modal, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/components/format';
import { AlertIcon } from '@/components/icons';
import { ProblemAlert } from '@/components/problem-alert';
import type { Appointment, PaymentMethod } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';
import { useSession } from '@/lib/session';
import { requireEtag } from '@/lib/use-conflict';
import { useCancelAppointment } from '../api/cancel-appointment';
import { useCheckInAppointment } from '../api/check-in-appointment';
import { useConfirmAppointment } from '../api/confirm-appointment';
import { availabilityKey } from '../api/get-availability';
import { useAdvisors } from '../api/list-advisors';
import { useRecordDeposit } from '../api/record-deposit';
import { useRescheduleAppointment } from '../api/reschedule-appointment';
import { allowedActions } from '../utils/status';
import { SlotPicker, type SlotChoice } from './slot-picker';

type Props = {
  store: string;
  zone: string;
  today: string;
  appointment: Appointment;
  etag: string | null;
  /** 412: someone else changed the appointment; the screen reloads it. */
  onConflict: () => void;
  /** Reschedule answers with the new appointment (the old one stays as RESCHEDULED). */
  onRescheduled: (next: Appointment) => void;
  /** Check-in answers with the draft repair order the walk-around continues on. */
  onCheckedIn: (repairOrderId: string) => void;
};

const PAYMENT_METHODS: PaymentMethod[] = ['MOBILE', 'CARD', 'CASH', 'COMPANY_ACCOUNT'];

/** The transitions the server offers now that this role may make (R-APT-4..7); the backend checks state and role again. */
export function AppointmentActions({ store, zone, today, appointment: a, etag, onConflict, onRescheduled, onCheckedIn }: Props) {
  const { t } = useTranslation();
  const { roles } = useSession();
  const actions = allowedActions(a.availableActions, roles);
  const confirm = useConfirmAppointment(store, a.id);
  const checkIn = useCheckInAppointment(store, a.id);
  const [dialog, setDialog] = useState<'cancel' | 'reschedule' | 'deposit' | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(call: () => Promise<unknown>, done: string) {
    setError(null);
    try {
      await call();
      notifications.show({ color: 'green', message: done });
    } catch (e) {
      if (isApiError(e) && e.status === 412) onConflict();
      else setError(e);
    }
  }

  if (actions.length === 0) return null;
  return (
    <Stack gap="sm">
      <Group gap="sm" data-testid="appointment-actions">
        {actions.includes('confirm') && (
          <Button color="blue" loading={confirm.isPending} onClick={() => void run(() => confirm.mutateAsync({ etag: requireEtag(etag) }), t('detail.confirmed'))} data-testid="action-confirm">
            {t('detail.confirm')}
          </Button>
        )}
        {actions.includes('record-deposit') && (
          <Button color="orange" onClick={() => setDialog('deposit')} data-testid="action-deposit">
            {t('detail.recordDeposit')}
          </Button>
        )}
        {actions.includes('check-in') && (
          <Button
            color="green"
            loading={checkIn.isPending}
            onClick={() =>
              void run(async () => {
                const { appointment } = await checkIn.mutateAsync({ etag: requireEtag(etag) });
                if (appointment.repairOrderId) onCheckedIn(appointment.repairOrderId);
              }, t('detail.checkedIn'))
            }
            data-testid="action-check-in"
          >
            {t('detail.checkIn')}
          </Button>
        )}
        {actions.includes('reschedule') && (
          <Button variant="default" onClick={() => setDialog('reschedule')} data-testid="action-reschedule">
            {t('detail.reschedule')}
          </Button>
        )}
        {actions.includes('cancel') && (
          <Button variant="outline" color="red" onClick={() => setDialog('cancel')} data-testid="action-cancel">
            {t('detail.cancel')}
          </Button>
        )}
      </Group>
      {error !== null && <ProblemAlert error={error} />}

      <Modal opened={dialog === 'cancel'} onClose={() => setDialog(null)} title={<Text component="span" fw={700} fz={22}>{t('detail.cancelTitle')}</Text>} size="lg" centered>
        <CancelForm store={store} appointment={a} etag={etag} onConflict={onConflict} onDone={() => setDialog(null)} />
      </Modal>
      <Modal opened={dialog === 'deposit'} onClose={() => setDialog(null)} title={<Text component="span" fw={700} fz={22}>{t('detail.depositTitle')}</Text>} size="lg" centered>
        <DepositForm store={store} appointment={a} etag={etag} onConflict={onConflict} onDone={() => setDialog(null)} />
      </Modal>
      <Modal opened={dialog === 'reschedule'} onClose={() => setDialog(null)} title={<Text component="span" fw={700} fz={22}>{t('detail.rescheduleTitle')}</Text>} size="min(1100px, 96vw)" centered>
        <RescheduleForm
          store={store}
          zone={zone}
          today={today}
          appointment={a}
          etag={etag}
          onConflict={onConflict}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            onRescheduled(next);
          }}
        />
      </Modal>
    </Stack>
  );
}

type FormProps = { store: string; appointment: Appointment; etag: string | null; onConflict: () => void };

function CancelForm({ store, appointment: a, etag, onConflict, onDone }: FormProps & { onDone: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelAppointment(store, a.id);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const quick = [t('detail.cancelReasons.customer'), t('detail.cancelReasons.elsewhere'), t('detail.cancelReasons.duplicate')];
  const missing = !reason.trim();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (missing) return;
        cancel.mutate(
          { reason: reason.trim(), etag: requireEtag(etag) },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('detail.cancelled') });
              onDone();
            },
            onError: (e) => {
              if (isApiError(e) && e.status === 412) {
                onDone();
                onConflict();
              }
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Group gap="xs">
          {quick.map((q) => (
            <Chip key={q} checked={reason === q} onChange={() => setReason(q)} size="md">
              {q}
            </Chip>
          ))}
        </Group>
        <Textarea label={t('detail.cancelReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={300} autosize minRows={2} withAsterisk error={touched && missing ? t('detail.cancelReasonMissing') : null} data-testid="cancel-reason" data-autofocus />
        {cancel.error && !(isApiError(cancel.error) && cancel.error.status === 412) && <ProblemAlert error={cancel.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.back')}
          </Button>
          <Button type="submit" color="red" loading={cancel.isPending} data-testid="confirm-cancel">
            {t('detail.cancelSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DepositForm({ store, appointment: a, etag, onConflict, onDone }: FormProps & { onDone: () => void }) {
  const { t } = useTranslation();
  const deposit = useRecordDeposit(store, a.id);
  const [amount, setAmount] = useState<number | string>(a.deposit.required);
  const [method, setMethod] = useState<PaymentMethod>('MOBILE');
  const tooSmall = Number(amount) < a.deposit.required;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (tooSmall) return;
        deposit.mutate(
          { body: { amount: Number(amount), method }, etag: requireEtag(etag) },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('detail.depositRecorded') });
              onDone();
            },
            onError: (e) => {
              if (isApiError(e) && e.status === 412) {
                onDone();
                onConflict();
              }
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Text fz="lg">{t('detail.depositRequiredText', { amount: formatMoney(a.deposit.required) })}</Text>
        <NumberInput label={t('detail.depositAmount')} value={amount} onChange={setAmount} min={0.01} decimalScale={2} fixedDecimalScale thousandSeparator="," prefix="¥" withAsterisk error={tooSmall ? t('detail.depositTooSmall', { amount: formatMoney(a.deposit.required) }) : null} data-testid="deposit-amount" />
        <Stack gap={6}>
          <Text fw={500} fz="sm" id="deposit-method-label">
            {t('detail.depositMethod')}
          </Text>
          <SegmentedControl aria-labelledby="deposit-method-label" fullWidth data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`appointment.paymentMethods.${m}`) }))} value={method} onChange={(m) => setMethod(m as PaymentMethod)} />
        </Stack>
        {deposit.error && !(isApiError(deposit.error) && deposit.error.status === 412) && <ProblemAlert error={deposit.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.back')}
          </Button>
          <Button type="submit" color="orange" loading={deposit.isPending} data-testid="confirm-deposit">
            {t('detail.depositSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RescheduleForm({ store, zone, today, appointment: a, etag, onConflict, onClose, onDone }: FormProps & { zone: string; today: string; onClose: () => void; onDone: (next: Appointment) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const advisors = useAdvisors(store);
  const reschedule = useRescheduleAppointment(store, a.id);
  const [advisorId, setAdvisorId] = useState<string | null>(a.advisor.id);
  const [slot, setSlot] = useState<SlotChoice | null>(null);
  const [taken, setTaken] = useState(false);
  return (
    <Stack gap="md">
      {taken && (
        <Alert color="red" variant="filled" icon={<AlertIcon />} title={t('booking.slotTakenTitle')} role="alert" data-testid="slot-taken">
          {t('booking.slotTaken')}
        </Alert>
      )}
      <SlotPicker
        store={store}
        zone={zone}
        today={today}
        serviceTypes={a.services.map((s) => s.code)}
        advisors={advisors.data ?? []}
        advisorId={advisorId}
        onAdvisorChange={setAdvisorId}
        value={slot}
        onChange={setSlot}
      />
      {reschedule.error && !taken && !(isApiError(reschedule.error) && reschedule.error.status === 412) && <ProblemAlert error={reschedule.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.back')}
        </Button>
        <Button
          disabled={!slot}
          loading={reschedule.isPending}
          data-testid="confirm-reschedule"
          onClick={() => {
            if (!slot) return;
            setTaken(false);
            reschedule.mutate(
              { body: { arrivalAt: slot.start, advisorId }, etag: requireEtag(etag) },
              {
                onSuccess: (next) => {
                  notifications.show({ color: 'green', message: t('detail.rescheduled') });
                  onDone(next.appointment);
                },
                onError: (e) => {
                  if (isApiError(e) && e.status === 412) {
                    onClose();
                    onConflict();
                  } else if (isApiError(e) && e.code === 'R-APT-3') {
                    setTaken(true);
                    setSlot(null);
                    void qc.invalidateQueries({ queryKey: availabilityKey(store) });
                  }
                },
              },
            );
          }}
        >
          {t('detail.rescheduleSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}
