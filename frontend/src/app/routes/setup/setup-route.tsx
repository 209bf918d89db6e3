import { Stack, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatMoney } from '@/components/format';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { CataloguePicker } from '@/features/catalogue/components/catalogue-picker';
import type { Picked } from '@/features/catalogue/utils/catalogue';
import { useStore } from '@/features/me/api/get-store';
import { useStoreSettings } from '@/features/store-setup/api/store-settings';
import { useAllAdvisors, useAllBays, useAllCannedJobs, useAllServiceTypes, useAllTechnicians } from '@/features/store-setup/api/workshop-resources';
import { CannedJobForm } from '@/features/store-setup/components/canned-job-form';
import { ResourceSection } from '@/features/store-setup/components/resource-section';
import { weekdayKey } from '@/features/store-setup/components/setting-fields';
import { StoreSettingsForm } from '@/features/store-setup/components/store-settings-form';
import { AdvisorForm, BayForm, ServiceTypeForm, TechnicianForm } from '@/features/store-setup/components/workshop-forms';
import type { CannedJobLine } from '@/lib/api-types';
import { useCurrentStore } from '@/lib/current-store';

const TABS = ['settings', 'advisors', 'bays', 'technicians', 'service-types', 'canned-jobs'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL = { settings: 'settings', advisors: 'advisors', bays: 'bays', technicians: 'technicians', 'service-types': 'serviceTypes', 'canned-jobs': 'cannedJobs' } as const;

/** A catalogue pick as a canned-job line linked to its entry (priced by the catalogue at use): number, name, list price, grade and critical flag, or code, name and default hours. */
export function cannedLineFor(picked: Picked): CannedJobLine {
  return picked.kind === 'part'
    ? {
        kind: 'PART',
        description: picked.part.nameZh,
        partNumber: picked.part.partNumber,
        quantity: 1,
        unitPrice: picked.part.listPrice,
        grade: picked.part.grade,
        criticalSystem: picked.part.criticalSystem,
        cataloguePartId: picked.part.id,
      }
    : { kind: 'JOB', description: picked.operation.nameZh, operationCode: picked.operation.code, hours: picked.operation.defaultHours, catalogueOperationId: picked.operation.id };
}

/** A canned-job line in the list: part number, name, quantity and price, or name and hours. */
function cannedLineText(l: CannedJobLine, currency: string): string {
  return l.kind === 'PART' ? `${l.partNumber ?? ''} ${l.description} ×${l.quantity ?? 1} ${l.unitPrice == null ? '' : formatMoney(l.unitPrice, currency)}` : `${l.description} ${l.hours ?? ''}h`;
}

/** Issue 8: the service manager sets a store up from the app — rule numbers and hours, people, bays, service types, canned jobs. */
export function SetupRoute() {
  return (
    <RequirePermission permission="stores.manage">
      <SetupScreen />
    </RequirePermission>
  );
}

function SettingsTab({ store }: { store: string }) {
  const settings = useStoreSettings(store);
  if (settings.isPending) return <LoadingState />;
  if (settings.error) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  // Keyed by version: after a save (or someone else's) the form starts from what the server holds.
  return <StoreSettingsForm key={settings.data.version} store={store} settings={settings.data} />;
}

function SetupScreen() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'settings';
  const code = store.code;
  const details = useStore(code);
  const settings = useStoreSettings(code);
  const advisors = useAllAdvisors(code);
  const bays = useAllBays(code);
  const technicians = useAllTechnicians(code);
  const serviceTypes = useAllServiceTypes(code);
  const cannedJobs = useAllCannedJobs(code);
  const currency = details.data?.currency ?? 'CNY';
  const panels: Record<Tab, ReactNode> = {
    settings: <SettingsTab store={code} />,
    advisors: (
      <ResourceSection
        name="advisors"
        labels="advisors"
        query={advisors}
        columns={['displayName', 'username', 'receptionCapacity']}
        row={(a) => [a.displayName, a.username, a.receptionCapacity]}
        form={(a, done) => <AdvisorForm store={code} advisor={a} onDone={done} />}
      />
    ),
    bays: (
      <ResourceSection
        name="bays"
        labels="bays"
        query={bays}
        columns={['code', 'name', 'bayType']}
        row={(b) => [b.code, b.name, t(`setup.bayTypes.${b.bayType}`)]}
        form={(b, done) => <BayForm store={code} bay={b} onDone={done} />}
      />
    ),
    technicians: (
      <ResourceSection
        name="technicians"
        labels="technicians"
        query={technicians}
        columns={['name', 'skills', 'shifts']}
        row={(x) => [x.name, x.skills.join(', '), x.shifts.map((s) => t(weekdayKey(s.dayOfWeek))).join(' ')]}
        form={(x, done) => <TechnicianForm store={code} technician={x} onDone={done} />}
      />
    ),
    'service-types': (
      <ResourceSection
        name="service-types"
        labels="serviceTypes"
        query={serviceTypes}
        columns={['code', 'name', 'durationMinutes', 'bayType', 'skill']}
        row={(s) => [s.code, s.name, s.durationMinutes, t(`setup.bayTypes.${s.bayType}`), s.skill]}
        form={(s, done) => <ServiceTypeForm store={code} serviceType={s} onDone={done} />}
      />
    ),
    'canned-jobs': (
      <ResourceSection
        name="canned-jobs"
        labels="cannedJobs"
        query={cannedJobs}
        columns={['code', 'name', 'lines']}
        row={(j) => [j.code, j.name, j.lines.map((l) => cannedLineText(l, currency)).join(' · ')]}
        form={(j, done) => (
          <CannedJobForm
            store={code}
            job={j}
            onDone={done}
            picker={(add) => (
              <CataloguePicker
                store={code}
                vehicleModel=""
                labourRate={settings.data?.labourRate ?? 0}
                currency={currency}
                busy={false}
                onAdd={(_, picked) => {
                  add(cannedLineFor(picked));
                  return Promise.resolve(true);
                }}
              />
            )}
          />
        )}
      />
    ),
  };
  return (
    <Stack gap="lg">
      <PageHeader title={t('setup.title')} />
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k} h={48} data-testid={`setup-tab-${k}`}>
              {t(`setup.tabs.${TAB_LABEL[k]}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((k) => (
          <Tabs.Panel key={k} value={k} pt="md">
            {k === tab && panels[k]}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
