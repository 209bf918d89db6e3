import { Modal, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { CampaignForm } from '@/features/campaigns/components/campaign-form';
import { CampaignImportPanel } from '@/features/campaigns/components/campaign-import-panel';
import { CampaignList } from '@/features/campaigns/components/campaign-list';
import type { Campaign } from '@/lib/api-types';
import { useCurrentStore } from '@/lib/current-store';

/** R-REM-6: the service manager's recall and technical campaigns: the list with progress, a new campaign, its VIN list upload. */
export function CampaignsRoute() {
  return (
    <RequirePermission permission="campaigns.manage">
      <CampaignsScreen />
    </RequirePermission>
  );
}

function CampaignsScreen() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const [tab, setTab] = useState<string | null>('list');
  const [uploading, setUploading] = useState<Campaign | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader title={t('campaigns.title')} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list" h={48} data-testid="tab-campaigns">
            {t('campaigns.tabs.list')}
          </Tabs.Tab>
          <Tabs.Tab value="new" h={48} data-testid="tab-new-campaign">
            {t('campaigns.tabs.new')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <CampaignList store={store.code} onUpload={setUploading} />
        </Tabs.Panel>
        <Tabs.Panel value="new" pt="md">
          <Paper withBorder p="lg" radius="md">
            <CampaignForm
              store={store.code}
              onCreated={(c) => {
                setTab('list');
                setUploading(c);
              }}
            />
          </Paper>
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={uploading !== null}
        onClose={() => setUploading(null)}
        title={<Text component="span" fw={700} fz={22}>{t('campaigns.uploadTitle', { code: uploading?.code ?? '' })}</Text>}
        size="xl"
        centered
      >
        {uploading ? <CampaignImportPanel store={store.code} campaign={uploading} /> : null}
      </Modal>
    </Stack>
  );
}
