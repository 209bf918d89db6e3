import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DamageMarkInput, InspectionInput, OldPartsChoice, RepairOrderLineInput } from '@/lib/api-types';
import { newIdempotencyKey } from '@/lib/idempotency';
import type { ProblemDetails } from '@/lib/problem';

/**
 * The check-in's offline queue (issue 14, R-CHK-1, R-CHK-9). Every write of the walk-around and
 * signature screens is first kept in IndexedDB with its own Idempotency-Key, then sent; when the
 * connection is gone the writes wait there (a reload or a closed tablet loses nothing) and are
 * replayed in the order they were made once it is back. A replay is safe: the server answers a key
 * it has seen with its first answer and writes nothing twice.
 *
 * Conflicts are never overwritten: each write of the inspection or the order carries If-Match with
 * the version the advisor saw (the first of a chain; the later ones follow the answers of the ones
 * before). A 412 or 409 stops the queue and is shown; the advisor keeps theirs (re-sent on the
 * current version) or discards it.
 *
 * A mark made offline has no server id yet: its photos name the mark's client key, which the
 * replay of the mark maps to the id the server gave it (kept in IndexedDB, too).
 */
export type QueuedChange =
  | { type: 'inspection-update'; body: InspectionInput }
  | { type: 'add-mark'; clientKey: string; mark: DamageMarkInput }
  | { type: 'remove-mark'; markId: string }
  | { type: 'photo'; bytes: ArrayBuffer; mediaType: string; fileName: string; markClientKey?: string; damageMarkId?: string }
  | { type: 'inspection-sign'; signerName: string; signaturePng: string }
  | { type: 'add-line'; line: RepairOrderLineInput }
  | { type: 'order-sign'; signerName: string; signaturePng: string; device: string; oldPartsChoice?: OldPartsChoice | null };

export type Target = 'inspection' | 'order' | null;

export type QueuedOp = {
  seq: number;
  /** The Idempotency-Key this write is sent with, every time. */
  key: string;
  store: string;
  orderId: string;
  createdAt: string;
  /** Who made it: only they replay it (the server keeps Idempotency-Keys per user, and the audit names them). */
  user?: string;
  change: QueuedChange;
  /** ETag of the record version this write is based on (If-Match); none for photos. */
  baseEtag?: string;
  /** The server changed the order on our behalf (readings → odometer, key): read its ETag again first. */
  refreshBase?: boolean;
  /** Set when the server refused it: shown to the advisor, who keeps or discards it. */
  problem?: { status: number; problem: ProblemDetails };
};

export type NewOp = Omit<QueuedOp, 'seq' | 'key' | 'createdAt' | 'problem' | 'refreshBase' | 'user'> & { key?: string };

/** What the server answered to a replayed write. */
export type Answer = { etag: string | null; body: unknown };

/** Sends one write; throws an ApiError-like `{ status, problem }` on refusal, status 0 when offline. */
export type Executor = {
  send: (op: QueuedOp, ctx: { ifMatch?: string; damageMarkId?: string }) => Promise<Answer>;
  /** The current ETag of the record a write targets (for "keep mine" and the order after readings). */
  currentEtag: (store: string, orderId: string, target: Exclude<Target, null>) => Promise<string | null>;
};

export type Applied = { op: QueuedOp; answer: Answer; damageMarkId?: string };

interface QueueDb extends DBSchema {
  ops: { key: number; value: QueuedOp };
  marks: { key: string; value: { clientKey: string; id: string } };
}

export function targetOf(c: QueuedChange): Target {
  switch (c.type) {
    case 'inspection-update':
    case 'add-mark':
    case 'remove-mark':
    case 'inspection-sign':
      return 'inspection';
    case 'add-line':
    case 'order-sign':
      return 'order';
    case 'photo':
      return null;
  }
}

const DB_NAME = 'dms-offline';

/** The queue on one IndexedDB database; `createQueue()` in tests, {@link queue} in the app. */
export function createQueue(dbName = DB_NAME) {
  let db: Promise<IDBPDatabase<QueueDb>> | null = null;
  let executor: Executor | null = null;
  let running: Promise<void> | null = null;
  let rerun = false;
  let snapshot: QueuedOp[] = [];
  let online = true;
  let user: string | undefined;
  /** The signed-in user's writes; another advisor's wait on the tablet until they sign in again. */
  const mine = (ops: QueuedOp[]) => ops.filter((o) => !o.user || !user || o.user === user);
  const listeners = new Set<() => void>();
  const appliedListeners = new Set<(a: Applied) => void>();
  const waiters = new Map<string, { resolve: (a: Applied) => void; reject: (e: unknown) => void }[]>();

  const open = () =>
    (db ??= openDB<QueueDb>(dbName, 1, {
      upgrade(d) {
        d.createObjectStore('ops', { keyPath: 'seq', autoIncrement: true });
        d.createObjectStore('marks', { keyPath: 'clientKey' });
      },
    }));

  async function refresh() {
    snapshot = mine(await (await open()).getAll('ops'));
    listeners.forEach((l) => l());
  }

  async function put(op: QueuedOp) {
    await (await open()).put('ops', op);
  }

  async function markId(clientKey: string): Promise<string | undefined> {
    return (await (await open()).get('marks', clientKey))?.id;
  }

  /**
   * Keeps a write (persisted before anything is sent) and starts sending. `done` tells the first
   * outcome: resolved when the server has it; rejected with `{ status: 0 }` when it waits for the
   * connection (it stays queued), or with `{ status, problem, seq }` when the server refused it.
   */
  async function enqueue(op: NewOp): Promise<{ seq: number; key: string; done: Promise<Applied> }> {
    const d = await open();
    const full = { ...op, key: op.key ?? newIdempotencyKey(), createdAt: new Date().toISOString(), ...(user ? { user } : {}) } as Omit<QueuedOp, 'seq'>;
    // The database numbers the writes (autoIncrement on seq): their order is the replay order.
    const seq = await d.add('ops', full as QueuedOp);
    const done = new Promise<Applied>((resolve, reject) => {
      waiters.set(full.key, [...(waiters.get(full.key) ?? []), { resolve, reject }]);
    });
    // The caller may not wait (a mark made offline): an unhandled rejection must not escape.
    done.catch(() => undefined);
    await refresh();
    void flush();
    return { seq, key: full.key, done };
  }

  function settle(key: string, f: (w: { resolve: (a: Applied) => void; reject: (e: unknown) => void }) => void) {
    (waiters.get(key) ?? []).forEach(f);
    waiters.delete(key);
  }

  /** After a write went through: later writes of the same record follow its version; a mark's id is kept. */
  async function completed(op: QueuedOp, answer: Answer) {
    const d = await open();
    let damageMarkId: string | undefined;
    if (op.change.type === 'add-mark') {
      const marks = (answer.body as { damageMarks?: { id: string }[] } | null)?.damageMarks ?? [];
      // The server appends the new mark: it is the last of the answer's marks.
      damageMarkId = marks.at(-1)?.id;
      if (damageMarkId) await d.put('marks', { clientKey: op.change.clientKey, id: damageMarkId });
    }
    const target = targetOf(op.change);
    const later = (await d.getAll('ops')).filter((o) => o.seq > op.seq && o.store === op.store && o.orderId === op.orderId);
    for (const o of later) {
      const t = targetOf(o.change);
      if (target && t === target && answer.etag) await d.put('ops', { ...o, baseEtag: answer.etag });
      // Readings put the odometer and key on the order (R-CHK-2): the order's version moved by our own hand.
      else if (op.change.type === 'inspection-update' && t === 'order') await d.put('ops', { ...o, refreshBase: true });
    }
    await d.delete('ops', op.seq);
    const applied: Applied = { op, answer, damageMarkId };
    appliedListeners.forEach((l) => l(applied));
    settle(op.key, (w) => w.resolve(applied));
  }

  async function sendOne(op: QueuedOp): Promise<void> {
    if (!executor) throw new Error('offline queue: no executor');
    const target = targetOf(op.change);
    let ifMatch = op.baseEtag;
    if (op.refreshBase && target) ifMatch = (await executor.currentEtag(op.store, op.orderId, target)) ?? ifMatch;
    let damageMarkId: string | undefined;
    if (op.change.type === 'photo') {
      damageMarkId = op.change.damageMarkId ?? (op.change.markClientKey ? await markId(op.change.markClientKey) : undefined);
      if (op.change.markClientKey && !damageMarkId) throw { status: 422, problem: { title: 'The photo’s mark was not saved', code: 'unknown-reference' } };
    }
    const answer = await executor.send(op, { ...(ifMatch ? { ifMatch } : {}), ...(damageMarkId ? { damageMarkId } : {}) });
    await completed(op, answer);
  }

  /** One pass: sends what waits, oldest first; stops at the first refusal (shown) or when the connection is gone. */
  async function pass(): Promise<void> {
    for (;;) {
      const ops = mine(await (await open()).getAll('ops'));
      const op = ops[0];
      if (!op || op.problem) return;
      try {
        await sendOne(op);
        online = true;
      } catch (e) {
        const status = (e as { status?: number }).status ?? 0;
        if (status === 0 || status >= 500 || status === 401 || status === 429) {
          if (status === 0) online = false;
          // Everything waits for the connection: whoever waits on a write hears so (it stays kept).
          for (const o of ops) settle(o.key, (w) => w.reject({ status: 0, seq: o.seq }));
          return;
        }
        const problem = (e as { problem?: ProblemDetails }).problem ?? { title: String(e) };
        await put({ ...op, problem: { status, problem } });
        settle(op.key, (w) => w.reject({ status, problem, seq: op.seq }));
        return;
      } finally {
        await refresh();
      }
    }
  }

  /** Sends what waits; a call while a pass runs makes another pass follow (so nothing new is left behind). */
  function flush(): Promise<void> {
    if (!executor) return Promise.resolve();
    if (running) {
      rerun = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          rerun = false;
          await pass();
        } while (rerun);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  /** Keep mine: send it again on the record's current version (the advisor saw the other change and decided). */
  async function keepMine(seq: number): Promise<void> {
    const d = await open();
    const op = await d.get('ops', seq);
    if (!op || !executor) return;
    const target = targetOf(op.change);
    const fresh = target ? await executor.currentEtag(op.store, op.orderId, target) : null;
    const { problem: _dropped, ...rest } = op;
    void _dropped;
    await d.put('ops', { ...rest, ...(fresh ? { baseEtag: fresh } : {}), refreshBase: false });
    await refresh();
    await flush();
  }

  /** Discard mine: the write (and, for a mark, its photos) is dropped; the server's version stands. */
  async function discard(seq: number): Promise<void> {
    const d = await open();
    const op = await d.get('ops', seq);
    if (!op) return;
    const gone = [op];
    if (op.change.type === 'add-mark') {
      const clientKey = op.change.clientKey;
      gone.push(...(await d.getAll('ops')).filter((o) => o.change.type === 'photo' && o.change.markClientKey === clientKey));
    }
    for (const o of gone) {
      await d.delete('ops', o.seq);
      settle(o.key, (w) => w.reject(new Error('discarded')));
    }
    await refresh();
    await flush();
  }

  return {
    enqueue,
    flush,
    keepMine,
    discard,
    markId,
    /** Starts sending with this executor as this user; what they kept before (a reload, a closed tablet) goes first. */
    async start(e: Executor, as?: string) {
      executor = e;
      user = as;
      await refresh();
      await flush();
    },
    pending: () => snapshot,
    isOnline: () => online,
    load: refresh,
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    onApplied(l: (a: Applied) => void) {
      appliedListeners.add(l);
      return () => appliedListeners.delete(l);
    },
    /** Closes the database (tests: a "reload" opens a fresh queue on the same database). */
    async close() {
      if (db) (await db).close();
      db = null;
      executor = null;
    },
  };
}

export type OfflineQueue = ReturnType<typeof createQueue>;
