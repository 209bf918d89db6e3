import { ActionIcon, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import type { VehicleZone } from '@/lib/api-types';
import { newIdempotencyKey } from '@/lib/idempotency';
import { offlineQueue, PENDING_MARK, usePendingChanges, withPending } from '@/lib/offline-sync';
import { useChangeInspection, useInspection, useInspectionPhotos } from '../api/inspection';
import { InspectionVersions } from './inspection-versions';
import { DamageMarkDialog, type NewMark } from './damage-mark-dialog';
import { PhotoThumb } from './photo-thumb';
import { OFF_DIAGRAM_ZONES, VehicleDiagram, WALK_AROUND_HEIGHT } from './vehicle-diagram';
import './inspection.css';

/**
 * R-CHK-1: the walk-around. The inspection is started on the server when the step opens; each
 * mark (and its photo) is kept in the tablet's offline queue the moment it is made and sent from
 * there (issue 14): with the connection gone the marks show as waiting and are sent when it is back.
 */
export function WalkAroundStep({ store, repairOrderId, onNext }: { store: string; repairOrderId: string; onNext: () => void }) {
  const { t } = useTranslation();
  const inspection = useInspection(store, repairOrderId);
  const change = useChangeInspection(store, repairOrderId);
  const photos = useInspectionPhotos(store, repairOrderId, !!inspection.data);
  const [zone, setZone] = useState<VehicleZone | null>(null);
  const startKey = useRef(newIdempotencyKey());
  const started = useRef(false);
  const { mutate } = change;
  const pending = usePendingChanges(store, repairOrderId);

  useEffect(() => {
    if (inspection.data === null && !started.current) {
      started.current = true;
      mutate({ type: 'start', body: {}, idempotencyKey: startKey.current });
    }
  }, [inspection.data, mutate]);

  if (inspection.isPending || (inspection.data === null && change.isPending)) return <LoadingState />;
  if (inspection.error) return <ErrorState error={inspection.error} onRetry={() => void inspection.refetch()} />;
  const server = inspection.data;
  const current = withPending(server, pending);
  if (!server || !current) return <ProblemAlert error={change.error} />;
  const frozen = !!current.signature;

  const save = async (mark: NewMark) => {
    const clientKey = newIdempotencyKey();
    const orderRef = { store, orderId: repairOrderId };
    await offlineQueue.enqueue({
      ...orderRef,
      change: { type: 'add-mark', clientKey, mark: { zone: mark.zone, type: mark.type, ...(mark.note ? { note: mark.note } : {}) } },
      baseEtag: `"${server.version}"`,
    });
    if (mark.photo) {
      const bytes = await mark.photo.arrayBuffer();
      await offlineQueue.enqueue({ ...orderRef, change: { type: 'photo', bytes, mediaType: mark.photo.type || 'application/octet-stream', fileName: mark.photo.name || 'photo', markClientKey: clientKey } });
    }
    setZone(null);
  };
  const clientKeyOf = (markId: string) => (markId.startsWith(PENDING_MARK) ? markId.slice(PENDING_MARK.length) : null);
  const waitingPhotos = (markId: string) => pending.filter((o) => o.change.type === 'photo' && o.change.markClientKey !== undefined && o.change.markClientKey === clientKeyOf(markId)).length;
  const remove = (markId: string) => {
    const key = clientKeyOf(markId);
    const op = key ? pending.find((o) => o.change.type === 'add-mark' && o.change.clientKey === key) : undefined;
    if (op) void offlineQueue.discard(op.seq);
    else void offlineQueue.enqueue({ store, orderId: repairOrderId, change: { type: 'remove-mark', markId }, baseEtag: `"${server.version}"` });
  };

  return (
    <Stack gap="lg" data-testid="walk-around-step">
      <Text>{frozen ? t('inspection.frozen') : t('inspection.walkAroundHint')}</Text>
      {(frozen || current.versionNumber > 1) && <InspectionVersions store={store} repairOrderId={repairOrderId} />}
      <ProblemAlert error={change.error} />
      <Group align="flex-start" gap="xl" wrap="wrap">
        <VehicleDiagram marks={current.damageMarks} onZone={frozen ? undefined : setZone} size={WALK_AROUND_HEIGHT} />
        <Stack gap="sm" style={{ flex: 1, minWidth: 260 }}>
          {!frozen && (
            <Group gap="xs">
              {OFF_DIAGRAM_ZONES.map((z) => (
                <Button key={z} size="md" h={48} variant="default" onClick={() => setZone(z)} data-testid={`zone-${z}`}>
                  {t(`inspection.zones.${z}`)}
                </Button>
              ))}
            </Group>
          )}
          <Text fw={700}>{t('inspection.marks', { count: current.damageMarks.length })}</Text>
          {current.damageMarks.length === 0 && <Text c="dark.6">{t('inspection.noMarks')}</Text>}
          {current.damageMarks.map((m) => (
            <Group key={m.id} justify="space-between" wrap="nowrap" className="mark-row" data-testid="damage-mark">
              <Stack gap={2}>
                <Group gap={6}>
                  <Text fw={700}>{t(`inspection.zones.${m.zone}`)}</Text>
                  <Badge color="red" variant="light">
                    {t(`inspection.damageTypes.${m.type}`)}
                  </Badge>
                  {clientKeyOf(m.id) && (
                    <Badge color="orange.9" variant="filled" data-testid="mark-pending">
                      {t('offline.pendingMark')}
                    </Badge>
                  )}
                  {waitingPhotos(m.id) > 0 && (
                    <Badge color="orange.9" variant="filled" data-testid="photo-pending">
                      {t('offline.pendingPhoto')}
                    </Badge>
                  )}
                </Group>
                {m.note && <Text fz="sm">{m.note}</Text>}
                <Group gap={6}>
                  {(photos.data ?? [])
                    .filter((p) => p.damageMarkId === m.id)
                    .map((p) => (
                      <PhotoThumb key={p.id} store={store} repairOrderId={repairOrderId} photo={p} />
                    ))}
                </Group>
              </Stack>
              {!frozen && (
                <ActionIcon size={44} variant="default" aria-label={`${t('common.remove')} ${t(`inspection.zones.${m.zone}`)}`} onClick={() => remove(m.id)}>
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      </Group>
      <Group justify="flex-end">
        <Button size="lg" h={56} onClick={onNext} data-testid="to-readings">
          {t('checkIn.next')}
        </Button>
      </Group>
      <DamageMarkDialog zone={zone} busy={change.isPending} onClose={() => setZone(null)} onSave={(m) => void save(m).catch(() => undefined)} />
    </Stack>
  );
}
