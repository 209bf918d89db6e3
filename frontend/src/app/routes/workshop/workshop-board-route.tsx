import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { AwaitingDecisionBadge } from '@/features/approvals/components/awaiting-decision-badge';
import { JobBoard } from '@/features/workshop/components/job-board';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';

/** 车间派工看板 (R-REP-1): the foreman dispatches; advisors and the service manager watch. */
export function WorkshopBoardRoute() {
  return (
    <RequirePermission permission="workshop.board">
      <Board />
    </RequirePermission>
  );
}

function Board() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const canDispatch = useCan('workshop.dispatch');
  return (
    <Stack gap="md">
      <PageHeader title={t('dispatch.title')} badge={<AwaitingDecisionBadge store={store.code} />} />
      <Text c="dark.6">{t('dispatch.intro')}</Text>
      <JobBoard store={store.code} canDispatch={canDispatch} />
    </Stack>
  );
}
