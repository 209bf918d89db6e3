import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inspectionKey, photosKey } from '@/features/inspection/api/inspection';
import { repairOrderKey } from '@/features/repair-orders/api/get-repair-order';
import type { Applied } from '@/lib/offline-queue';
import { offlineQueue, startOfflineSync, usePendingChanges } from '@/lib/offline-sync';
import { useSession } from '@/lib/session';

function useBrowserOnline(): boolean {
  const [on, setOn] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOn(true);
    const down = () => setOn(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return on;
}

/**
 * The check-in's sync state (issue 14): "3 项待同步" while writes wait in the tablet's queue,
 * "已全部保存" once the server has them all; a refused write (someone else changed the order, 412/409)
 * is shown with the choice to keep it (re-sent on the current version) or discard it — never
 * overwritten silently.
 */
export function SyncState({ store, orderId }: { store: string; orderId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { username } = useSession();
  const online = useBrowserOnline();
  const ops = usePendingChanges(store, orderId);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    startOfflineSync(({ op, answer }: Applied) => {
      const order = repairOrderKey(op.store, op.orderId);
      if (op.change.type === 'photo') {
        void qc.invalidateQueries({ queryKey: photosKey(op.store, op.orderId) });
      } else if (op.change.type === 'add-line' || op.change.type === 'order-sign') {
        qc.setQueryData(order, answer.body);
      } else {
        qc.setQueryData(inspectionKey(op.store, op.orderId), answer.body);
        // Readings change the order's view too (odometer, key; R-CHK-2).
        void qc.invalidateQueries({ queryKey: order, exact: true });
      }
    }, username);
  }, [qc, username]);
  const conflict = ops.find((o) => o.problem);
  const decide = async (keep: boolean) => {
    if (!conflict) return;
    setBusy(true);
    try {
      if (keep) await offlineQueue.keepMine(conflict.seq);
      else {
        await offlineQueue.discard(conflict.seq);
        void qc.invalidateQueries({ queryKey: inspectionKey(store, orderId) });
        void qc.invalidateQueries({ queryKey: repairOrderKey(store, orderId), exact: true });
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Badge size="lg" color={ops.length ? 'orange.9' : 'green.9'} variant="filled" role="status" data-testid="sync-state" data-pending={ops.length}>
          {ops.length ? t('offline.waiting', { count: ops.length }) : t('offline.allSaved')}
        </Badge>
        {!online && (
          <Text fz="sm" c="dark.6" data-testid="offline-hint">
            {t('offline.offlineHint')}
          </Text>
        )}
      </Group>
      {conflict?.problem && (
        <Alert color="red" variant="light" title={t('offline.conflictTitle')} data-testid="sync-conflict">
          <Stack gap="sm">
            <Text>
              {t('offline.conflictBody', {
                what: t(`offline.what.${conflict.change.type}`),
                detail: conflict.problem.problem.detail ?? conflict.problem.problem.title ?? `HTTP ${conflict.problem.status}`,
              })}
            </Text>
            <Group gap="sm">
              <Button size="md" h={48} loading={busy} onClick={() => void decide(true)} data-testid="sync-keep-mine">
                {t('offline.keepMine')}
              </Button>
              <Button size="md" h={48} variant="default" disabled={busy} onClick={() => void decide(false)} data-testid="sync-discard-mine">
                {t('offline.discardMine')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
