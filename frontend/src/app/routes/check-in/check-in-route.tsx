import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { RequirePermission } from '@/components/require-permission';
import { useCreateRepairOrder } from '@/features/repair-orders/api/create-repair-order';
import { useOpenOrdersOfVehicle, useRepairOrders } from '@/features/repair-orders/api/list-repair-orders';
import { useVehicle } from '@/features/vehicles/api/get-vehicle';
import { useSearchVehicles } from '@/features/vehicles/api/search-vehicles';
import type { RepairOrderStatus, Vehicle } from '@/lib/api-types';
import { useCurrentStore } from '@/lib/current-store';
import { useIdempotencyKey } from '@/lib/idempotency';
import { isApiError } from '@/lib/problem';
import './check-in.css';

/** 接车: start a check-in for a car at reception, or resume one that is not finished. */
export function CheckInRoute() {
  return (
    <RequirePermission permission="repairOrders.checkIn">
      <CheckInStart />
    </RequirePermission>
  );
}

function CheckInStart() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('checkIn.title')} />
      <FindVehicle />
      <Resume />
    </Stack>
  );
}

function FindVehicle() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const search = useSearchVehicles(store.code, debounced);
  const [params] = useSearchParams();
  // From the vehicle page (接车 there): that car is already chosen; "other vehicle" goes back to the search.
  const presetId = params.get('vehicle') ?? '';
  const preset = useVehicle(store.code, presetId);
  const [chosen, setVehicle] = useState<Vehicle | null>(null);
  const [presetDismissed, setPresetDismissed] = useState(false);
  const vehicle = chosen ?? (presetDismissed ? null : (preset.data?.vehicle ?? null));
  const [work, setWork] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const create = useCreateRepairOrder(store.code);
  const openOrders = useOpenOrdersOfVehicle(store.code, vehicle?.id);
  const existing = openOrders.data?.items ?? [];
  const { keyFor } = useIdempotencyKey();
  const results = search.data?.pages.flatMap((p) => p.items) ?? [];
  // R-APT-2: a second order for a car already in the shop needs the advisor's reason (the server refuses it otherwise, and audits it).
  const needsReason = existing.length > 0;

  const start = () => {
    if (!vehicle) return;
    const body = {
      customerId: vehicle.owner.id,
      vehicleId: vehicle.id,
      requestedWork: work.trim(),
      ...(needsReason ? { secondOrderOverride: { reason: overrideReason.trim() } } : {}),
    };
    create.mutate(
      { body, key: keyFor(body) },
      {
        onSuccess: (o) => void navigate(`/check-in/${o.id}`),
        // Another advisor opened one meanwhile: show it, so it can be continued.
        onError: (e) => {
          if (isApiError(e) && e.code === 'R-APT-2') void openOrders.refetch();
        },
      },
    );
  };

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Title order={2} fz="xl">
          {t('checkIn.findVehicle')}
        </Title>
        {!vehicle ? (
          <>
            <TextInput
              size="lg"
              label={t('checkIn.plateOrVin')}
              placeholder={t('checkIn.plateOrVinPlaceholder')}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value.toUpperCase())}
              autoCapitalize="characters"
              data-testid="check-in-search"
            />
            {(search.isFetching || (presetId !== '' && !presetDismissed && preset.isPending)) && <LoadingState />}
            {search.error && <ErrorState error={search.error} onRetry={() => void search.refetch()} />}
            {debounced && search.isSuccess && results.length === 0 && <Text c="dark.6">{t('checkIn.noVehicle')}</Text>}
            <Stack gap="xs">
              {results.map((v) => (
                <UnstyledButton key={v.id} className="pick-row" onClick={() => setVehicle(v)} data-testid="check-in-vehicle">
                  <Text fw={800} fz="lg" className="tabular">
                    {v.plate}
                  </Text>
                  <Text>
                    {v.brand} {v.model} · {v.owner.name}
                  </Text>
                  <Text fz="sm" c="dark.6" className="tabular">
                    {v.vin}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </>
        ) : (
          <>
            <Group justify="space-between">
              <div>
                <Text fw={800} fz="xl" className="tabular" data-testid="chosen-plate">
                  {vehicle.plate}
                </Text>
                <Text>
                  {vehicle.brand} {vehicle.model} · {vehicle.owner.name} {vehicle.owner.primaryPhone}
                </Text>
              </div>
              <Button variant="default" size="md" h={44} onClick={() => { setVehicle(null); setPresetDismissed(true); }}>
                {t('checkIn.otherVehicle')}
              </Button>
            </Group>
            <Textarea size="lg" label={t('checkIn.requestedWork')} autosize minRows={2} value={work} onChange={(e) => setWork(e.currentTarget.value)} required data-testid="requested-work" />
            {existing.length > 0 && (
              <Alert color="orange" variant="light" title={t('checkIn.openOrders')} data-testid="open-orders">
                <Stack gap="xs">
                  <Text>{t('checkIn.openOrdersHint')}</Text>
                  <Group gap="sm">
                    {existing.map((o) => (
                      <Button key={o.id} component={Link} to={RESUMABLE.includes(o.status) ? `/check-in/${o.id}` : `/repair-orders/${o.id}`} size="md" h={44}
                        data-testid="continue-open-order">
                        {t('checkIn.continueOrder', { number: o.number })} · {t(`repairOrder.statuses.${o.status}`)}
                      </Button>
                    ))}
                  </Group>
                  <TextInput
                    size="lg"
                    label={t('checkIn.secondOrderReason')}
                    description={t('checkIn.secondOrderReasonHint')}
                    value={overrideReason}
                    onChange={(e) => setOverrideReason(e.currentTarget.value)}
                    maxLength={300}
                    data-testid="second-order-reason"
                  />
                </Stack>
              </Alert>
            )}
            <ProblemAlert error={create.error} />
            <Group justify="flex-end">
              <Button size="lg" h={56} variant={existing.length > 0 ? 'default' : 'filled'} disabled={work.trim() === '' || openOrders.isPending || (needsReason && overrideReason.trim() === '')}
                loading={create.isPending} onClick={start} data-testid="start-check-in">
                {existing.length > 0 ? t('checkIn.startAnyway') : t('checkIn.start')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

// An OPEN order may already be handed over (the list does not say): it is resumed from the order itself.
const RESUMABLE: RepairOrderStatus[] = ['DRAFT', 'AWAITING_SIGNATURE'];

/** Drafts prepared from arrived appointments and check-ins left halfway, to pick up where they stopped. */
function Resume() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Title order={2} fz="xl">
          {t('checkIn.resume')}
        </Title>
        <Text c="dark.6">{t('checkIn.resumeHint')}</Text>
        {RESUMABLE.map((s) => (
          <ResumeList key={s} status={s} />
        ))}
      </Stack>
    </Paper>
  );
}

function ResumeList({ status }: { status: RepairOrderStatus }) {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const navigate = useNavigate();
  const list = useRepairOrders(store.code, status);
  if (list.isPending) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return null;
  return (
    <Stack gap="xs">
      {list.data.items.map((o) => (
        <UnstyledButton key={o.id} className="pick-row" onClick={() => void navigate(`/check-in/${o.id}`)} data-testid="resume-order">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={700} className="tabular">
                {o.number}
              </Text>
              <Text fz="sm" lineClamp={1}>
                {o.requestedWork}
              </Text>
            </div>
            <Badge variant="light">{t(`repairOrder.statuses.${o.status}`)}</Badge>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
