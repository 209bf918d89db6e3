import { useSyncExternalStore } from 'react';
import { api, etagOf, unwrap } from './api-client';
import type { DamageMark, Inspection } from './api-types';
import { createQueue, type Answer, type Applied, type Executor, type QueuedOp } from './offline-queue';
import { isApiError } from './problem';

/** The app's one queue (IndexedDB `dms-offline`). */
export const offlineQueue = createQueue();

function refused(e: unknown): never {
  if (isApiError(e)) throw { status: e.status, problem: e.problem };
  throw { status: 0, problem: { title: String(e) } };
}

async function answer(call: Promise<{ data: unknown; response: Response }>): Promise<Answer> {
  try {
    const { data, response } = await call;
    return { etag: etagOf(response), body: data };
  } catch (e) {
    return refused(e);
  }
}

/** Sends a queued write with its Idempotency-Key (and If-Match where the API takes it). */
export const apiExecutor: Executor = {
  send(op, { ifMatch, damageMarkId }) {
    const path = { store: op.store, id: op.orderId };
    const header = { 'If-Match': ifMatch ?? '', 'Idempotency-Key': op.key };
    const c = op.change;
    switch (c.type) {
      case 'inspection-update':
        return answer(unwrap(api.PUT('/api/stores/{store}/repair-orders/{id}/inspection', { params: { path, header }, body: c.body })));
      case 'add-mark':
        return answer(unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/inspection/damage-marks', { params: { path, header }, body: c.mark })));
      case 'remove-mark':
        return answer(unwrap(api.DELETE('/api/stores/{store}/repair-orders/{id}/inspection/damage-marks/{markId}', { params: { path: { ...path, markId: c.markId }, header } })));
      case 'inspection-sign':
        return answer(
          unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/inspection/sign', { params: { path, header }, body: { signerName: c.signerName, signaturePng: c.signaturePng } })),
        );
      case 'add-line':
        return answer(unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/lines', { params: { path, header }, body: c.line })));
      case 'order-sign':
        return answer(
          unwrap(
            api.POST('/api/stores/{store}/repair-orders/{id}/sign', {
              params: { path, header },
              body: { signerName: c.signerName, signaturePng: c.signaturePng, device: c.device, ...(c.oldPartsChoice ? { oldPartsChoice: c.oldPartsChoice } : {}) },
            }),
          ),
        );
      case 'photo': {
        const form = new FormData();
        form.append('file', new Blob([c.bytes], { type: c.mediaType }), c.fileName);
        if (damageMarkId) form.append('damageMarkId', damageMarkId);
        return answer(
          unwrap(
            api.POST('/api/stores/{store}/repair-orders/{id}/inspection/photos', {
              params: { path, header: { 'Idempotency-Key': op.key } },
              body: { file: '' },
              bodySerializer: () => form,
            }),
          ),
        );
      }
    }
  },
  async currentEtag(store, id, target) {
    try {
      const { response } =
        target === 'inspection'
          ? await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}/inspection', { params: { path: { store, id } }, cache: 'no-store' }))
          : await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}', { params: { path: { store, id } }, cache: 'no-store' }));
      return etagOf(response);
    } catch (e) {
      return refused(e);
    }
  },
};

let started = false;

/**
 * Starts replaying (what a reload or a closed tablet left goes first), again whenever the browser
 * says it is back online and every 15 s while writes wait; `onApplied` puts each answer in the
 * screens' cache (the app composes it: the query keys belong to the features).
 */
export function startOfflineSync(onApplied: (a: Applied) => void, user?: string): void {
  if (started) return;
  started = true;
  offlineQueue.onApplied(onApplied);
  window.addEventListener('online', () => void offlineQueue.flush());
  window.setInterval(() => {
    if (offlineQueue.pending().some((o) => !o.problem)) void offlineQueue.flush();
  }, 15_000);
  void offlineQueue.start(apiExecutor, user);
}

const none: QueuedOp[] = [];

/** The writes still waiting (all, or one order's), re-rendered as they change. */
export function usePendingChanges(store?: string, orderId?: string): QueuedOp[] {
  const all = useSyncExternalStore(offlineQueue.subscribe, offlineQueue.pending, () => none);
  return store && orderId ? all.filter((o) => o.store === store && o.orderId === orderId) : all;
}

/** A mark the server has not seen yet shows with this id (the client key after the prefix). */
export const PENDING_MARK = 'pending:';

/**
 * The inspection as the advisor made it: the server's version with the waiting readings and marks
 * on top, and without the marks whose removal waits (a reload offline shows what was recorded, from
 * the cached server answer and the queue).
 */
export function withPending(inspection: Inspection | null, ops: QueuedOp[]): Inspection | null {
  if (!inspection) return inspection;
  let out = inspection;
  for (const o of ops) {
    const c = o.change;
    if (c.type === 'inspection-update') out = { ...out, ...c.body, damageMarks: out.damageMarks } as Inspection;
    if (c.type === 'add-mark') {
      const m: DamageMark = { id: PENDING_MARK + c.clientKey, zone: c.mark.zone, type: c.mark.type, x: c.mark.x, y: c.mark.y, note: c.mark.note };
      out = { ...out, damageMarks: [...out.damageMarks, m] };
    }
    if (c.type === 'remove-mark') out = { ...out, damageMarks: out.damageMarks.filter((m) => m.id !== c.markId) };
  }
  return out;
}
