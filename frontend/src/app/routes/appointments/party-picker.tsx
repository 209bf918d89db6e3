import { Button, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './appointments-routes.css';
import { CarIcon, PlusIcon, SearchIcon, UserIcon } from '@/components/icons';
import { ErrorState } from '@/components/page-states';
import { useCustomerVehicles } from '@/features/customers/api/get-customer-vehicles';
import { useSearchCustomers } from '@/features/customers/api/search-customers';
import { useSearchVehicles } from '@/features/vehicles/api/search-vehicles';
import { looksLikePlate, normalizePlate } from '@/features/vehicles/utils/plate';
import { normalizeVin, vinProblem } from '@/features/vehicles/utils/vin';
import type { Customer, NewVehicle, Powertrain, Vehicle, VehicleType } from '@/lib/api-types';
import type { Party } from '@/features/appointments/utils/booking';

/** What the booking screen shows about the chosen customer and vehicle. */
export type PartyLabel = { plate: string; model: string; customerName: string; phone: string; isNew: boolean };
export type PartyChoice = { party: Party; label: PartyLabel; vehicle?: Vehicle };

const VEHICLE_TYPES: VehicleType[] = ['SEDAN', 'SUV', 'MPV', 'VAN', 'PICKUP', 'OTHER'];
const POWERTRAINS: Powertrain[] = ['ICE', 'HEV', 'PHEV', 'BEV'];
const MOBILE = /^1\d{10}$/;

/** Plates are stored upper case without separators; names and phones are searched as typed. */
const vehicleQuery = (q: string) => q.toUpperCase().replace(/[\s·-]+/g, '');

type Props = { store: string; value: PartyChoice | null; onChange: (choice: PartyChoice | null) => void; canRegister: boolean };

/** Step 1 of booking: find the car by plate or the customer by phone, or register both on the spot (R-APT-2). */
export function PartyPicker({ store, value, onChange, canRegister }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'search' | 'new'>('search');
  if (value) {
    return (
      <Paper withBorder radius="md" p="md" className="party-chosen" data-testid="party-chosen">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="md" wrap="wrap">
            <Text className="plate">{value.label.plate}</Text>
            <Stack gap={0}>
              <Text fz="lg" fw={700}>
                {value.label.customerName} · <span className="tabular">{value.label.phone}</span>
              </Text>
              <Text c="dark.6">
                {value.label.model}
                {value.label.isNew ? ` · ${t('booking.registeredWithBooking')}` : ''}
              </Text>
            </Stack>
          </Group>
          <Button variant="default" onClick={() => onChange(null)} data-testid="party-change">
            {t('booking.change')}
          </Button>
        </Group>
      </Paper>
    );
  }
  if (mode === 'new') return <NewPartyForm onCancel={() => setMode('search')} onDone={onChange} />;
  return <PartySearch store={store} onChange={onChange} onRegister={canRegister ? () => setMode('new') : undefined} />;
}

function PartySearch({ store, onChange, onRegister }: { store: string; onChange: (c: PartyChoice) => void; onRegister?: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const [openCustomer, setOpenCustomer] = useState<Customer | null>(null);
  const vehicles = useSearchVehicles(store, vehicleQuery(q));
  const customers = useSearchCustomers(store, q);
  const vehicleItems = vehicles.data?.pages.flatMap((p) => p.items) ?? [];
  const customerItems = customers.data?.pages.flatMap((p) => p.items) ?? [];
  const loading = q !== '' && (vehicles.isFetching || customers.isFetching);
  const nothing = q !== '' && !loading && !vehicles.error && !customers.error && vehicleItems.length === 0 && customerItems.length === 0;

  const chooseVehicle = (v: Vehicle) =>
    onChange({
      party: { kind: 'existing', customerId: v.owner.id, vehicleId: v.id },
      label: { plate: v.plate, model: `${v.brand} ${v.model}`, customerName: v.owner.name, phone: v.owner.primaryPhone, isNew: false },
      vehicle: v,
    });

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          style={{ flex: 1, minWidth: 260 }}
          size="xl"
          type="search"
          label={t('booking.searchLabel')}
          placeholder={t('booking.searchPlaceholder')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setOpenCustomer(null);
          }}
          leftSection={<SearchIcon size={24} />}
          rightSection={loading ? <Loader size="sm" /> : undefined}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          data-testid="party-search"
        />
        {onRegister && (
          <Button size="xl" variant="light" leftSection={<PlusIcon size={20} />} onClick={onRegister} data-testid="register-new">
            {t('booking.newCustomer')}
          </Button>
        )}
      </Group>
      {q === '' && <Text c="dark.6">{t('booking.searchHint')}</Text>}
      {vehicles.error && customers.error && <ErrorState error={vehicles.error} onRetry={() => void vehicles.refetch()} />}
      {nothing && (
        <Text fz="lg" c="dark.7" data-testid="party-none">
          {t('booking.noResults', { q })}
        </Text>
      )}
      {vehicleItems.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="party-vehicles">
          {vehicleItems.map((v) => (
            <UnstyledButton key={v.id} className="pick-card" onClick={() => chooseVehicle(v)} data-testid="pick-vehicle">
              <CarIcon />
              <span className="pick-card-body">
                <span className="plate">{v.plate}</span>
                <span className="pick-card-title">
                  {v.brand} {v.model}
                </span>
                <span className="pick-card-sub">
                  {v.owner.name} · <span className="tabular">{v.owner.primaryPhone}</span>
                </span>
              </span>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      )}
      {customerItems.length > 0 && (
        <Stack gap="sm" data-testid="party-customers">
          {customerItems.map((c) => (
            <Stack key={c.id} gap="xs">
              <UnstyledButton className="pick-card" onClick={() => setOpenCustomer(openCustomer?.id === c.id ? null : c)} aria-expanded={openCustomer?.id === c.id} data-testid="pick-customer">
                <UserIcon />
                <span className="pick-card-body">
                  <span className="pick-card-title">{c.name}</span>
                  <span className="pick-card-sub tabular">{c.phones.join(' · ')}</span>
                </span>
              </UnstyledButton>
              {openCustomer?.id === c.id && <CustomerVehicles store={store} customer={c} onChange={onChange} canRegister={!!onRegister} />}
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function CustomerVehicles({ store, customer, onChange, canRegister }: { store: string; customer: Customer; onChange: (c: PartyChoice) => void; canRegister: boolean }) {
  const { t } = useTranslation();
  const vehicles = useCustomerVehicles(store, customer.id);
  const [adding, setAdding] = useState(false);
  if (vehicles.isPending) return <Loader size="sm" />;
  if (vehicles.error) return <ErrorState error={vehicles.error} onRetry={() => void vehicles.refetch()} />;
  const phone = customer.phones[0] ?? '';
  return (
    <Paper withBorder p="sm" radius="md" ml={{ base: 0, sm: 'xl' }} data-testid="customer-vehicles">
      <Stack gap="sm">
        {vehicles.data.length === 0 && <Text c="dark.6">{t('booking.noVehiclesForCustomer')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {vehicles.data.map((v) => (
            <UnstyledButton
              key={v.id}
              className="pick-card"
              onClick={() =>
                onChange({
                  party: { kind: 'existing', customerId: customer.id, vehicleId: v.id },
                  label: { plate: v.plate, model: `${v.brand} ${v.model}`, customerName: customer.name, phone, isNew: false },
                  vehicle: v,
                })
              }
              data-testid="pick-customer-vehicle"
            >
              <CarIcon />
              <span className="pick-card-body">
                <span className="plate">{v.plate}</span>
                <span className="pick-card-title">
                  {v.brand} {v.model}
                </span>
              </span>
            </UnstyledButton>
          ))}
        </SimpleGrid>
        {canRegister &&
          (adding ? (
            <NewVehicleFields
              onCancel={() => setAdding(false)}
              onDone={(vehicle) =>
                onChange({
                  party: { kind: 'newVehicle', customerId: customer.id, vehicle },
                  label: { plate: vehicle.plate, model: `${vehicle.brand} ${vehicle.model}`, customerName: customer.name, phone, isNew: true },
                })
              }
            />
          ) : (
            <Group>
              <Button variant="light" leftSection={<PlusIcon size={18} />} onClick={() => setAdding(true)} data-testid="add-vehicle-for-customer">
                {t('booking.addVehicleForCustomer')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

type VehicleDraft = { plate: string; vin: string; brand: string; model: string; vehicleType: VehicleType; powertrain: Powertrain };

function useVehicleDraft() {
  const { t } = useTranslation();
  const [v, setV] = useState<VehicleDraft>({ plate: '', vin: '', brand: '', model: '', vehicleType: 'SEDAN', powertrain: 'ICE' });
  const errors = {
    plate: !v.plate ? t('vehicle.hints.required') : looksLikePlate(v.plate) ? null : t('vehicle.hints.plate'),
    vin: (() => {
      const p = vinProblem(v.vin);
      if (!v.vin) return t('vehicle.hints.required');
      if (!p) return null;
      return p.kind === 'length' ? t('vehicle.hints.vinLength', { n: p.length }) : p.kind === 'chars' ? t('vehicle.hints.vinChars') : t('vehicle.hints.vinCheckDigit');
    })(),
    brand: v.brand.trim() ? null : t('vehicle.hints.required'),
    model: v.model.trim() ? null : t('vehicle.hints.required'),
  };
  const valid = Object.values(errors).every((e) => e === null);
  const value: NewVehicle = { plate: normalizePlate(v.plate), vin: normalizeVin(v.vin), brand: v.brand.trim(), model: v.model.trim(), vehicleType: v.vehicleType, powertrain: v.powertrain };
  return { draft: v, setDraft: setV, errors, valid, value };
}

function VehicleInputs({ state, showErrors }: { state: ReturnType<typeof useVehicleDraft>; showErrors: boolean }) {
  const { t } = useTranslation();
  const { draft: v, setDraft, errors } = state;
  const err = (k: keyof typeof errors) => (showErrors ? errors[k] : null);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label={t('vehicle.plate')} value={v.plate} onChange={(e) => setDraft({ ...v, plate: normalizePlate(e.currentTarget.value) })} error={err('plate')} withAsterisk className="plate-input" data-testid="new-plate" />
      <TextInput label={t('vehicle.vin')} value={v.vin} onChange={(e) => setDraft({ ...v, vin: normalizeVin(e.currentTarget.value) })} error={err('vin')} withAsterisk maxLength={17} className="tabular" data-testid="new-vin" />
      <TextInput label={t('vehicle.brand')} value={v.brand} onChange={(e) => setDraft({ ...v, brand: e.currentTarget.value })} error={err('brand')} withAsterisk />
      <TextInput label={t('vehicle.model')} value={v.model} onChange={(e) => setDraft({ ...v, model: e.currentTarget.value })} error={err('model')} withAsterisk />
      <NativeSelect label={t('vehicle.vehicleType')} value={v.vehicleType} onChange={(e) => setDraft({ ...v, vehicleType: e.currentTarget.value as VehicleType })} data={VEHICLE_TYPES.map((x) => ({ value: x, label: t(`vehicle.types.${x}`) }))} />
      <NativeSelect label={t('vehicle.powertrain')} value={v.powertrain} onChange={(e) => setDraft({ ...v, powertrain: e.currentTarget.value as Powertrain })} data={POWERTRAINS.map((x) => ({ value: x, label: t(`vehicle.powertrains.${x}`) }))} />
    </SimpleGrid>
  );
}

function NewVehicleFields({ onCancel, onDone }: { onCancel: () => void; onDone: (v: NewVehicle) => void }) {
  const { t } = useTranslation();
  const state = useVehicleDraft();
  const [tried, setTried] = useState(false);
  return (
    <Stack gap="sm" data-testid="new-vehicle-fields">
      <VehicleInputs state={state} showErrors={tried} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={() => {
            setTried(true);
            if (state.valid) onDone(state.value);
          }}
        >
          {t('booking.useThis')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A new customer and their car, registered together with the booking (one call, R-APT-2). */
function NewPartyForm({ onCancel, onDone }: { onCancel: () => void; onDone: (c: PartyChoice) => void }) {
  const { t } = useTranslation();
  const vehicle = useVehicleDraft();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [tried, setTried] = useState(false);
  const nameError = name.trim() ? null : t('customer.hints.name');
  const cleanPhone = phone.replace(/[\s-]/g, '').replace(/^\+86/, '');
  const phoneError = MOBILE.test(cleanPhone) || /^0\d{9,11}$/.test(cleanPhone) ? null : t('customer.hints.phone');
  return (
    <Stack gap="md" data-testid="new-party">
      <Text fw={700} fz="lg">
        {t('booking.newCustomerTitle')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('customer.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={tried ? nameError : null} withAsterisk data-autofocus data-testid="new-name" />
        <TextInput label={t('customer.phones')} type="tel" inputMode="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} error={tried ? phoneError : null} withAsterisk className="tabular" data-testid="new-phone" />
      </SimpleGrid>
      <VehicleInputs state={vehicle} showErrors={tried} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={() => {
            setTried(true);
            if (nameError || phoneError || !vehicle.valid) return;
            onDone({
              party: {
                kind: 'new',
                customer: { type: 'PRIVATE', name: name.trim(), phones: [cleanPhone], preferredContact: 'PHONE', clubMember: false },
                vehicle: vehicle.value,
              },
              label: { plate: vehicle.value.plate, model: `${vehicle.value.brand} ${vehicle.value.model}`, customerName: name.trim(), phone: cleanPhone, isNew: true },
            });
          }}
          data-testid="use-new-party"
        >
          {t('booking.useThis')}
        </Button>
      </Group>
    </Stack>
  );
}
