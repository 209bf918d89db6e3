import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { OperationList, PartList } from '@/features/catalogue/components/catalogue-lists';
import { ImportPanel } from '@/features/catalogue/components/import-panel';
import { useStore } from '@/features/me/api/get-store';
import { useCurrentStore } from '@/lib/current-store';

/** Issue 8: the service manager's parts & labour catalogue — price list, labour operations, imports. */
export function CatalogueRoute() {
  return (
    <RequirePermission permission="catalogue.manage">
      <CatalogueScreen />
    </RequirePermission>
  );
}

function CatalogueScreen() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const details = useStore(store.code);
  return (
    <Stack gap="lg">
      <PageHeader title={t('catalogue.title')} />
      <Tabs defaultValue="parts" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="parts" h={48} data-testid="tab-parts">
            {t('catalogue.tabs.parts')}
          </Tabs.Tab>
          <Tabs.Tab value="operations" h={48} data-testid="tab-operations">
            {t('catalogue.tabs.operations')}
          </Tabs.Tab>
          <Tabs.Tab value="import" h={48} data-testid="tab-import">
            {t('catalogue.tabs.import')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="parts" pt="md">
          <PartList store={store.code} currency={details.data?.currency ?? 'CNY'} />
        </Tabs.Panel>
        <Tabs.Panel value="operations" pt="md">
          <OperationList store={store.code} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportPanel store={store.code} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
