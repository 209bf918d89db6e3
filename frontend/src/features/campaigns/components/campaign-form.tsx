import { Button, Group, SegmentedControl, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { Campaign, CampaignKind } from '@/lib/api-types';
import { useCreateCampaign } from '../api/campaigns';

/** R-REM-6: a new recall or technical campaign (the VIN list is uploaded to it next). */
export function CampaignForm({ store, onCreated }: { store: string; onCreated: (c: Campaign) => void }) {
  const { t } = useTranslation();
  const create = useCreateCampaign(store);
  const [kind, setKind] = useState<CampaignKind>('RECALL');
  const [f, setF] = useState({ code: '', titleZh: '', titleEn: '', description: '', work: '', validFrom: '', validTo: '' });
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const ready = f.code.trim() && f.titleZh.trim() && f.work.trim() && f.validFrom && f.validTo;
  const submit = () =>
    create.mutate(
      { ...f, kind, titleEn: f.titleEn.trim() || null, description: f.description.trim() || null },
      { onSuccess: (c) => onCreated(c) },
    );
  return (
    <Stack gap="md" data-testid="campaign-form">
      <SegmentedControl size="md" value={kind} onChange={(v) => setKind(v as CampaignKind)} data={(['RECALL', 'TECHNICAL'] as const).map((k) => ({ value: k, label: t(`campaigns.kinds.${k}`) }))} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput size="lg" required label={t('campaigns.code')} value={f.code} onChange={set('code')} data-testid="campaign-code" />
        <TextInput size="lg" required label={t('campaigns.titleZh')} value={f.titleZh} onChange={set('titleZh')} data-testid="campaign-title" />
        <TextInput size="lg" label={t('campaigns.titleEn')} value={f.titleEn} onChange={set('titleEn')} />
        <TextInput size="lg" required label={t('campaigns.work')} value={f.work} onChange={set('work')} data-testid="campaign-work" />
        <TextInput size="lg" required type="date" label={t('campaigns.validFrom')} value={f.validFrom} onChange={set('validFrom')} data-testid="campaign-from" />
        <TextInput size="lg" required type="date" label={t('campaigns.validTo')} value={f.validTo} onChange={set('validTo')} data-testid="campaign-to" />
      </SimpleGrid>
      <Textarea size="lg" label={t('campaigns.description')} value={f.description} onChange={set('description')} autosize minRows={2} />
      <ProblemAlert error={create.error} />
      <Group justify="flex-end">
        <Button size="lg" h={56} disabled={!ready} loading={create.isPending} onClick={submit} data-testid="campaign-create">
          {t('campaigns.create')}
        </Button>
      </Group>
    </Stack>
  );
}
