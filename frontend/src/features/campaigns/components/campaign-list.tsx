import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import type { Campaign } from '@/lib/api-types';
import { useCampaigns } from '../api/campaigns';

/** R-REM-6: the store's campaigns with their progress: VINs, cars on the archive, reached, booked, done. */
export function CampaignList({ store, onUpload }: { store: string; onUpload: (c: Campaign) => void }) {
  const { t, i18n } = useTranslation();
  const list = useCampaigns(store);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <EmptyState title={t('campaigns.empty')} description={t('campaigns.emptyHint')} />;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped data-testid="campaign-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('campaigns.code')}</Table.Th>
            <Table.Th>{t('campaigns.titleZh')}</Table.Th>
            <Table.Th>{t('campaigns.period')}</Table.Th>
            <Table.Th>{t('campaigns.progress.vehicles')}</Table.Th>
            <Table.Th>{t('campaigns.progress.reached')}</Table.Th>
            <Table.Th>{t('campaigns.progress.booked')}</Table.Th>
            <Table.Th>{t('campaigns.progress.done')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.items.map((c) => (
            <Table.Tr key={c.id} data-testid={`campaign-${c.code}`}>
              <Table.Td>
                <Badge color={c.kind === 'RECALL' ? 'red' : 'blue'} mr="xs">
                  {t(`campaigns.kinds.${c.kind}`)}
                </Badge>
                <Text span className="tabular">{c.code}</Text>
              </Table.Td>
              <Table.Td>{i18n.language.startsWith('en') && c.titleEn ? c.titleEn : c.titleZh}</Table.Td>
              <Table.Td className="tabular">
                {c.validFrom} – {c.validTo}
                {c.active ? null : <Text span c="dimmed"> · {t('campaigns.inactive')}</Text>}
              </Table.Td>
              <Table.Td className="tabular">{t('campaigns.progress.ofVins', { vehicles: c.progress.vehicles, vins: c.progress.vins })}</Table.Td>
              <Table.Td className="tabular">{c.progress.reached}</Table.Td>
              <Table.Td className="tabular">{c.progress.booked}</Table.Td>
              <Table.Td className="tabular">{c.progress.done}</Table.Td>
              <Table.Td>
                <Button size="md" h={44} variant="light" onClick={() => onUpload(c)} data-testid={`campaign-upload-${c.code}`}>
                  {t('campaigns.uploadVins')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
