import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExpandIcon } from '@/components/icons';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useWelcomeBoard } from '@/features/welcome-board/api/get-welcome-board';
import { WelcomeBoardView } from '@/features/welcome-board/components/welcome-board';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';
import { formatZonedTime } from '@/lib/zoned-time';

/** /board — the reception TV (R-APT-8): full screen, refreshes itself every minute. */
export function WelcomeBoardRoute() {
  return (
    <RequirePermission permission="appointments.read">
      <Board />
    </RequirePermission>
  );
}

function Board() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const board = useWelcomeBoard(store.code);
  if (board.isPending) return <LoadingState />;
  if (board.error && !board.data) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  return (
    <>
      <WelcomeBoardView board={board.data} zone={zone} />
      <footer className="board-footer">
        <span data-testid="board-updated">
          {board.error ? t('board.offline') : t('board.updated', { time: formatZonedTime(board.dataUpdatedAt, zone) })}
        </span>
        <span className="board-controls">
          <Button variant="subtle" color="gray" size="sm" leftSection={<ExpandIcon size={16} />} onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
            {t('board.fullscreen')}
          </Button>
          <Button component={Link} to="/appointments" variant="subtle" color="gray" size="sm" data-testid="board-exit">
            {t('board.exit')}
          </Button>
        </span>
      </footer>
    </>
  );
}
