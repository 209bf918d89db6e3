import { Alert, Button, Group, Modal, Paper, Select, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '@/components/format';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { RequirePermission } from '@/components/require-permission';
import { OpenCampaigns } from '@/features/campaigns/components/open-campaigns';
import { useChangeRepairOrder, type RepairOrderChange } from '@/features/repair-orders/api/change-repair-order';
import { etagOfOrder, repairOrderKey, useRepairOrder } from '@/features/repair-orders/api/get-repair-order';
import { useCannedJobs } from '@/features/repair-orders/api/list-canned-jobs';
import { CataloguePicker } from '@/features/catalogue/components/catalogue-picker';
import { CannedJobPicker } from '@/features/repair-orders/components/canned-job-picker';
import { EstimateSummary, type LineDecision } from '@/features/repair-orders/components/estimate-summary';
import { HandoverForm } from '@/features/repair-orders/components/handover-form';
import { LineForm } from '@/features/repair-orders/components/line-form';
import { SignatureStep } from '@/features/repair-orders/components/signature-step';
import { receiverName } from '@/features/repair-orders/utils/receiver-name';
import { CHECK_IN_STEPS, isCheckInStep, reachableSteps, resumeStep, type CheckInStep } from '@/features/repair-orders/utils/check-in-steps';
import { useChangeInspection, useInspection } from '@/features/inspection/api/inspection';
import { InspectionSummary } from '@/features/inspection/components/inspection-summary';
import { ReadingsForm } from '@/features/inspection/components/readings-form';
import { WalkAroundStep } from '@/features/inspection/components/walk-around-step';
import { useVehicle } from '@/features/vehicles/api/get-vehicle';
import type { ConsentChannel, Inspection, OldPartsChoice, InspectionInput, RepairOrder, RepairOrderLineInput } from '@/lib/api-types';
import { useCurrentStore } from '@/lib/current-store';
import { deviceLabel } from '@/lib/device-label';
import { useStoreZone } from '@/lib/store-zone';
import { zonedWallTimeToIso } from '@/lib/zoned-time';
import { newIdempotencyKey } from '@/lib/idempotency';
import { ApiError, type ProblemDetails } from '@/lib/problem';
import { offlineQueue, usePendingChanges, withPending } from '@/lib/offline-sync';
import { SyncState } from './sync-state';
import './check-in.css';

/** 接车 wizard for one repair order: walk-around → readings → jobs → estimate → signature → handover, each saved when done. */
export function CheckInOrderRoute() {
  return (
    <RequirePermission permission="repairOrders.checkIn">
      <CheckInOrder />
    </RequirePermission>
  );
}

function CheckInOrder() {
  const { t } = useTranslation();
  const { repairOrderId = '' } = useParams();
  const { store } = useCurrentStore();
  const order = useRepairOrder(store.code, repairOrderId);
  const inspection = useInspection(store.code, repairOrderId);
  useOrderFollowsInspection(store.code, repairOrderId, inspection.data);
  if (order.isPending || inspection.isPending) return <LoadingState />;
  if (order.error) return <ErrorState error={order.error} onRetry={() => void order.refetch()} />;
  if (inspection.error) return <ErrorState error={inspection.error} onRetry={() => void inspection.refetch()} />;
  return (
    <Stack gap="lg">
      <PageHeader title={t('checkIn.title')} backTo="/check-in" />
      <Wizard order={order.data} inspection={inspection.data} />
    </Stack>
  );
}

/**
 * Saving the inspection changes the order on the server too: starting the walk-around records the
 * car's arrival on it (R-APT-7), the readings put the odometer and the key on it (R-CHK-2). So the
 * order is read again when the inspection starts or its readings change (and when the wizard opens,
 * since the order may come from a cache filled before the check-in), and the order's next change
 * names the version the server really has instead of failing with 412.
 */
function useOrderFollowsInspection(store: string, repairOrderId: string, inspection: Inspection | null | undefined) {
  const qc = useQueryClient();
  // What of the inspection the order carries; marks and the signature do not touch the order.
  const seen = inspection === undefined ? null : inspection ? [inspection.id, inspection.odometer, inspection.keyTag, inspection.keySlot].join('|') : 'none';
  useEffect(() => {
    if (seen !== null) void qc.invalidateQueries({ queryKey: repairOrderKey(store, repairOrderId), exact: true });
  }, [qc, store, repairOrderId, seen]);
}

/** How the offline queue refused a write (see queue.ts `done`). */
type Refusal = { status: number; problem?: ProblemDetails; seq?: number };

function Wizard({ order, inspection: server }: { order: RepairOrder; inspection: Inspection | null }) {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  // What the advisor recorded: the server's inspection with the writes still waiting in the queue (issue 14).
  const inspection = withPending(server, usePendingChanges(store.code, order.id));
  const [params, setParams] = useSearchParams();
  const vehicle = useVehicle(store.code, order.vehicleId);
  const change = useChangeRepairOrder(store.code, order);
  const changeInspection = useChangeInspection(store.code, order.id);
  const reachable = reachableSteps(order, inspection);
  const asked = params.get('step');
  const step: CheckInStep = isCheckInStep(asked) && reachable.includes(asked) ? asked : resumeStep(order, inspection);
  const go = (s: CheckInStep) => setParams({ step: s }, { replace: false });
  // The resumed step is pinned in the URL, so that saving (which changes what "resume" means)
  // never moves the advisor away from the step in hand.
  useEffect(() => {
    if (!isCheckInStep(asked)) setParams({ step }, { replace: true });
  }, [asked, step, setParams]);
  const apply = (c: RepairOrderChange, then?: CheckInStep) => change.mutate(c, { onSuccess: () => then && go(then) });
  const v = vehicle.data?.vehicle;
  // R-CHK-1/9: the customer's one signature signs the inspection (with the drawn PNG) and the order.
  // Both signatures go through the offline queue: with the connection gone they wait on the tablet and are sent when it is back.
  const sign = async (signerName: string, signaturePng: string, oldPartsChoice: OldPartsChoice | null) => {
    const ref = { store: store.code, orderId: order.id };
    if (server && !server.signature) await offlineQueue.enqueue({ ...ref, change: { type: 'inspection-sign', signerName, signaturePng }, baseEtag: `"${server.version}"` });
    const { done } = await offlineQueue.enqueue({ ...ref, change: { type: 'order-sign', signerName, signaturePng, device: deviceLabel(), oldPartsChoice }, baseEtag: etagOfOrder(order) });
    await done.then(() => go('handover'));
  };
  // Shown steps: the vehicle (done when the order exists) and those that follow.
  const shown = CHECK_IN_STEPS.filter((s) => s !== 'done');

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between">
          <div>
            <Text fw={800} fz="xl" className="tabular" data-testid="wizard-plate">
              {v ? v.plate : '…'} · {order.number}
            </Text>
            <Text>
              {v ? `${v.brand} ${v.model} · ${v.owner.name}` : ''} · {order.requestedWork}
            </Text>
          </div>
          <Text fw={700} data-testid="wizard-status">
            {t(`repairOrder.statuses.${order.status}`)}
          </Text>
        </Group>
        <SyncState store={store.code} orderId={order.id} />
      </Paper>
      {/* R-REM-6: flagged when the advisor receives the car: the campaign work to add to this order. */}
      <OpenCampaigns store={store.code} vehicleId={order.vehicleId} repairOrderId={order.id} />
      <Stepper
        active={step === 'done' ? shown.length : shown.indexOf(step)}
        onStepClick={(i) => {
          const s = shown[i];
          if (s && reachable.includes(s)) go(s);
        }}
        size="sm"
        allowNextStepsSelect={false}
        className="check-in-stepper"
      >
        {shown.map((s) => (
          <Stepper.Step key={s} label={t(`checkIn.steps.${s}`)} allowStepSelect={reachable.includes(s)} />
        ))}
      </Stepper>
      <ProblemAlert error={change.error ?? (step === 'sign' ? changeInspection.error : null)} />
      <Paper withBorder p="lg" radius="md">
        {step === 'walkaround' && <WalkAroundStep store={store.code} repairOrderId={order.id} onNext={() => go('readings')} />}
        {step === 'readings' && <ReadingsStep store={store.code} repairOrderId={order.id} server={server} inspection={inspection} onNext={() => go('jobs')} />}
        {step === 'jobs' && <JobsStep order={order} busy={change.isPending} apply={apply} onNext={() => go('estimate')} ownerName={v?.owner.name ?? ''} />}
        {step === 'estimate' && <EstimateStep order={order} busy={change.isPending} apply={apply} onBack={() => go('jobs')} />}
        {step === 'sign' && (
          <Stack gap="lg">
            {/* R-PRE-3: the customer accepts or declines each item before signing; declined ones become findings for the next visit. */}
            <EstimateSummary
              order={order}
              deciding={change.isPending}
              onDecide={order.availableActions.includes('sign') ? (l, d) => apply(decision(l.id, d)) : undefined}
            />
            <SignatureStep
              order={order}
              defaultSigner={v?.owner.name ?? ''}
              busy={change.isPending || changeInspection.isPending}
              onSign={(n, png, oldParts) => void sign(n, png, oldParts).catch(() => undefined)}
              walkAround={inspection ? <InspectionSummary inspection={inspection} /> : undefined}
            />
          </Stack>
        )}
        {step === 'handover' && <HandoverForm busy={change.isPending} onHandOver={(receiver, assignDirectly) => apply({ type: 'hand-over', receiver, assignDirectly }, 'done')} />}
        {step === 'done' && <Done order={order} />}
      </Paper>
    </Stack>
  );
}

type Apply = (c: RepairOrderChange, then?: CheckInStep) => void;

/** The customer's answer to a line, as the change the server records (R-PRE-3). */
function decision(lineId: string, d: LineDecision): RepairOrderChange {
  return d.declined ? { type: 'decline-line', lineId, safetyCritical: d.safetyCritical } : { type: 'accept-line', lineId };
}

/** Before anything was recorded the form starts empty; saving then starts the inspection. */
const NO_INSPECTION: Inspection = {
  id: '',
  repairOrderId: '',
  versionNumber: 0,
  current: true,
  odometerLowerConfirmed: false,
  warningLights: [],
  protectiveCoversFitted: false,
  belongings: [],
  documents: [],
  damageMarks: [],
  createdAt: '',
  updatedAt: '',
  version: 0,
};

/**
 * The readings are kept in the offline queue and sent from there: with the connection gone the
 * wizard moves on (they wait on the tablet); a reading the server refuses (R-CHK-2: lower than the
 * last one, unconfirmed; a key slot taken) comes back to the form to be corrected or confirmed.
 */
function ReadingsStep({ store, repairOrderId, server, inspection, onNext }: { store: string; repairOrderId: string; server: Inspection | null; inspection: Inspection | null; onNext: () => void }) {
  const change = useChangeInspection(store, repairOrderId);
  const [startKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<unknown>(null);
  const save = (body: InspectionInput) => {
    if (!server) {
      change.mutate({ type: 'start', body, idempotencyKey: startKey }, { onSuccess: () => onNext() });
      return;
    }
    setBusy(true);
    setRefused(null);
    void offlineQueue
      .enqueue({ store, orderId: repairOrderId, change: { type: 'inspection-update', body }, baseEtag: `"${server.version}"` })
      .then(({ done }) => done)
      .then(
        () => onNext(),
        async (e: Refusal) => {
          if (e.status === 0) return onNext();
          // Refused readings (R-CHK-2 lower odometer, a key slot taken) come back to the form to be corrected.
          if (e.status !== 412 && e.seq !== undefined) {
            await offlineQueue.discard(e.seq);
            setRefused(new ApiError(e.status, e.problem ?? { status: e.status }));
          }
          // 412: someone else changed the inspection; the sync state shows it, with keep mine / discard mine.
        },
      )
      .finally(() => setBusy(false));
  };
  return <ReadingsForm key={inspection?.id ?? 'new'} inspection={inspection ?? NO_INSPECTION} busy={change.isPending || busy} error={change.error ?? refused} onSave={save} />;
}

function JobsStep({ order, busy, apply, onNext, ownerName }: { order: RepairOrder; busy: boolean; apply: Apply; onNext: () => void; ownerName: string }) {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const canned = useCannedJobs(store.code);
  const change = useChangeRepairOrder(store.code, order);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [pendingDiagnosis, setPendingDiagnosis] = useState<{ line: RepairOrderLineInput; resolve: (ok: boolean) => void } | null>(null);
  const [givenBy, setGivenBy] = useState(ownerName);
  const [channel, setChannel] = useState<ConsentChannel>('IN_PERSON');

  const addLine = (line: RepairOrderLineInput, needsConsent: boolean) =>
    new Promise<boolean>((resolve) => {
      if (needsConsent && !order.diagnosisConsent) {
        setGivenBy(ownerName);
        setPendingDiagnosis({ line, resolve });
        return;
      }
      // Kept in the offline queue, sent from there: offline the line waits on the tablet (shown below).
      void offlineQueue
        .enqueue({ store: store.code, orderId: order.id, change: { type: 'add-line', line }, baseEtag: etagOfOrder(order) })
        .then(({ done }) => done)
        .then(
          () => resolve(true),
          (e: Refusal) => resolve(e.status === 0),
        );
    });
  const waitingLines = usePendingChanges(store.code, order.id).flatMap((o) => (o.change.type === 'add-line' ? [o.change.line] : []));

  const consentAndAdd = async () => {
    if (!pendingDiagnosis) return;
    const { line, resolve } = pendingDiagnosis;
    try {
      await change.mutateAsync({ type: 'diagnosis-consent', givenBy: givenBy.trim(), channel });
      await change.mutateAsync({ type: 'add-line', line });
      resolve(true);
    } catch {
      resolve(false);
    } finally {
      setPendingDiagnosis(null);
    }
  };

  return (
    <Stack gap="lg" data-testid="jobs-step">
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('ro.cannedJobs')}
        </Title>
        <CannedJobPicker
          jobs={canned.data}
          loading={canned.isPending}
          busyId={pickedId}
          onPick={(j) => {
            setPickedId(j.id);
            change.mutate({ type: 'add-canned-job', cannedJobId: j.id, payType: 'CUSTOMER' }, { onSettled: () => setPickedId(null) });
          }}
        />
      </Stack>
      <ProblemAlert error={change.error} />
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('catalogue.pickerTitle')}
        </Title>
        <CataloguePicker
          store={store.code}
          vehicleModel={order.vehicle.model}
          labourRate={order.labourRate}
          currency={order.currency}
          busy={change.isPending && pickedId === null}
          onAdd={(line) => addLine(line, false)}
        />
      </Stack>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('ro.addLineTitle')}
        </Title>
        <LineForm riskMarginPercent={order.symptomRiskMarginPercent} busy={change.isPending && pickedId === null} onSubmit={addLine} />
      </Stack>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('ro.lines')}
        </Title>
        {waitingLines.length > 0 && (
          <Stack gap={4} data-testid="lines-pending">
            <Text fw={700}>{t('offline.pendingLines')}</Text>
            {waitingLines.map((l, i) => (
              <Text key={i}>{l.description ?? l.kind}</Text>
            ))}
          </Stack>
        )}
        <EstimateSummary
          order={order}
          onRemoveLine={(l) => apply({ type: 'remove-line', lineId: l.id })}
          deciding={busy || change.isPending}
          onDecide={(l, d) => apply(decision(l.id, d))}
        />
      </Stack>
      <Group justify="flex-end">
        <Button size="lg" h={56} disabled={order.lines.length === 0 || busy} onClick={onNext} data-testid="to-estimate">
          {t('checkIn.next')}
        </Button>
      </Group>
      <Modal opened={pendingDiagnosis !== null} onClose={() => { pendingDiagnosis?.resolve(false); setPendingDiagnosis(null); }} title={t('ro.consentTitle')} size="lg">
        <Stack gap="md">
          <Text>{t('ro.consentBody')}</Text>
          <TextInput size="lg" label={t('ro.consentGivenBy')} value={givenBy} onChange={(e) => setGivenBy(e.currentTarget.value)} required />
          <Select
            size="lg"
            label={t('ro.consentChannel')}
            value={channel}
            allowDeselect={false}
            onChange={(c) => c && setChannel(c as ConsentChannel)}
            data={(['IN_PERSON', 'PHONE', 'WECHAT', 'SMS'] as const).map((c) => ({ value: c, label: t(`ro.consentChannels.${c}`) }))}
          />
          <Group justify="flex-end">
            <Button size="lg" h={48} disabled={givenBy.trim() === ''} loading={change.isPending} onClick={() => void consentAndAdd()} data-testid="record-consent">
              {t('ro.recordConsent')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function EstimateStep({ order, busy, apply, onBack }: { order: RepairOrder; busy: boolean; apply: Apply; onBack: () => void }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const [override, setOverride] = useState('');
  const asked = useRef(false);
  // The server says what the order allows (availableActions); the estimate is editable while it can still be submitted.
  const editable = order.availableActions.includes('submit-for-signature');
  // R-CHK-8: ask the server for its suggestion once, when the estimate is first shown.
  useEffect(() => {
    if (editable && !order.promisedDeliveryAt && order.lines.length > 0 && !asked.current) {
      asked.current = true;
      apply({ type: 'promised-delivery', promisedAt: null });
    }
  }, [editable, order.promisedDeliveryAt, order.lines.length, apply]);
  return (
    <Stack gap="lg" data-testid="estimate-step">
      <EstimateSummary order={order} />
      <Paper withBorder p="md" radius="md" bg="gray.0">
        <Stack gap="sm">
          <Text fw={700}>{t('ro.promisedDelivery')}</Text>
          <Text fz="xl" fw={800} data-testid="promised-delivery">
            {order.promisedDeliveryAt ? formatDateTime(order.promisedDeliveryAt, zone) : t('common.none')}{' '}
            {order.promisedDeliverySource && (
              <Text span fz="sm" c="dark.6" fw={400}>
                ({t(order.promisedDeliverySource === 'ADVISOR' ? 'ro.promisedByAdvisor' : 'ro.promisedSuggested')})
              </Text>
            )}
          </Text>
          <PromisedReason order={order} />
          {editable && (
            <Group align="flex-end" gap="sm">
              <TextInput size="md" type="datetime-local" label={t('ro.promisedOverride')} value={override} onChange={(e) => setOverride(e.currentTarget.value)} />
              <Button size="md" h={44} variant="light" disabled={!zonedWallTimeToIso(override, zone) || busy} onClick={() => apply({ type: 'promised-delivery', promisedAt: zonedWallTimeToIso(override, zone) })}>
                {t('ro.setPromised')}
              </Button>
              <Button size="md" h={44} variant="subtle" disabled={busy} onClick={() => apply({ type: 'promised-delivery', promisedAt: null })}>
                {t('ro.useSuggestion')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      <Group justify="space-between">
        <Button size="lg" h={56} variant="default" onClick={onBack}>
          {t('checkIn.back')}
        </Button>
        <Button size="lg" h={56} disabled={order.lines.length === 0} loading={busy} onClick={() => apply({ type: 'submit-for-signature' }, 'sign')} data-testid="submit-for-signature">
          {t('ro.submitForSignature')}
        </Button>
      </Group>
    </Stack>
  );
}

/** R-CHK-8: why the suggestion is what it is (work hours, workshop load, parts, cashier rush), in words. */
function PromisedReason({ order }: { order: RepairOrder }) {
  const { t } = useTranslation();
  const reasons = order.promisedDeliverySource === 'ADVISOR' ? [] : order.promisedDeliveryReason;
  if (reasons.length === 0) return null;
  return (
    <Text fz="sm" c="dark.6" data-testid="promised-delivery-reason">
      {t('ro.promisedReasonLabel', { reasons: reasons.map((r) => t(`ro.promisedReasons.${r}`)).join(t('ro.reasonSeparator')) })}
    </Text>
  );
}

function Done({ order }: { order: RepairOrder }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  return (
    <Stack gap="md" data-testid="check-in-done">
      <Alert color="green" variant="light" title={t('checkIn.doneTitle')}>
        {order.handover ? t('checkIn.doneBody', { receiver: receiverName(order.handover, t), at: formatDateTime(order.handover.at, zone) }) : t(`repairOrder.statuses.${order.status}`)}
      </Alert>
      {order.handover && (
        <Text data-testid="handover-time">
          {t('ro.handoverAt')}: <strong>{formatDateTime(order.handover.at, zone)}</strong> · {t(`ro.handoverRoutes.${order.handover.route}`)}
        </Text>
      )}
      <Group>
        <Button component={Link} to={`/repair-orders/${order.id}/print`} size="lg" h={56} data-testid="open-print">
          {t('ro.print')}
        </Button>
        <Button component={Link} to="/check-in" size="lg" h={56} variant="default" data-testid="next-car">
          {t('checkIn.nextCar')}
        </Button>
      </Group>
    </Stack>
  );
}
