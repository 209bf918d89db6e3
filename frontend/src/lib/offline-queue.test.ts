import { describe, expect, it } from 'vitest';
import { createQueue, type Answer, type Executor, type QueuedOp } from './offline-queue';
import { withPending } from './offline-sync';
import type { Inspection } from './api-types';

/** What the fake server saw: each write with the headers it came with. */
type Sent = { type: string; key: string; ifMatch?: string; damageMarkId?: string };

/**
 * A fake server behind the executor: `offline` makes every send fail like a dropped connection
 * (status 0); `refuse` answers the next send of that type with the given status once.
 */
function server() {
  const sent: Sent[] = [];
  let version = 1;
  let markSeq = 0;
  const marks: { id: string }[] = [];
  const state = { offline: false, refuse: new Map<string, number>(), etagAsked: 0 };
  const executor: Executor = {
    async send(op: QueuedOp, ctx): Promise<Answer> {
      if (state.offline) throw { status: 0, problem: { title: 'Network error' } };
      const refusal = state.refuse.get(op.change.type);
      if (refusal) {
        state.refuse.delete(op.change.type);
        throw { status: refusal, problem: { title: 'Precondition failed', detail: 'changed by someone else' } };
      }
      sent.push({ type: op.change.type, key: op.key, ...(ctx.ifMatch ? { ifMatch: ctx.ifMatch } : {}), ...(ctx.damageMarkId ? { damageMarkId: ctx.damageMarkId } : {}) });
      if (op.change.type === 'photo') return { etag: null, body: { id: `photo-${sent.length}`, damageMarkId: ctx.damageMarkId } };
      version++;
      if (op.change.type === 'add-mark') marks.push({ id: `mark-${++markSeq}` });
      if (op.change.type === 'remove-mark') {
        const { markId } = op.change;
        marks.splice(marks.findIndex((m) => m.id === markId), 1);
      }
      return { etag: `"${version}"`, body: { version, damageMarks: [...marks] } };
    },
    async currentEtag() {
      state.etagAsked++;
      version += 10; // someone else's change moved the record on
      return `"${version}"`;
    },
  };
  return { sent, state, executor };
}

const mark = (clientKey: string) => ({ type: 'add-mark' as const, clientKey, mark: { zone: 'FRONT_BUMPER' as const, type: 'SCRATCH' as const } });
const photo = (markClientKey: string) => ({ type: 'photo' as const, bytes: new Uint8Array([0xff, 0xd8, 0xff]).buffer, mediaType: 'image/jpeg', fileName: 'a.jpg', markClientKey });
const readings = { type: 'inspection-update' as const, body: { odometer: 25_000, fuelLevel: 'HALF' as const } };
const at = { store: 'BJ01', orderId: 'ro-1' };
let n = 0;
const dbName = () => `dms-offline-test-${++n}-${Date.now()}`;

describe('the check-in offline queue', () => {
  it('keeps writes made offline and sends them in the order they were made, each on the version the one before produced', async () => {
    const s = server();
    const q = createQueue(dbName());
    s.state.offline = true;
    await q.start(s.executor);
    const a = await q.enqueue({ ...at, change: mark('m1'), baseEtag: '"1"' });
    const b = await q.enqueue({ ...at, change: readings, baseEtag: '"1"' });
    const c = await q.enqueue({ ...at, change: mark('m2'), baseEtag: '"1"' });
    await expect(c.done).rejects.toMatchObject({ status: 0 });
    expect(q.pending().map((o) => o.change.type)).toEqual(['add-mark', 'inspection-update', 'add-mark']);
    expect(s.sent).toEqual([]);

    s.state.offline = false;
    await q.flush();
    expect(s.sent.map((x) => [x.type, x.ifMatch])).toEqual([
      ['add-mark', '"1"'],
      ['inspection-update', '"2"'],
      ['add-mark', '"3"'],
    ]);
    // Every write kept its own Idempotency-Key from the moment it was made.
    expect(s.sent.map((x) => x.key)).toEqual([a.key, b.key, c.key]);
    expect(new Set(s.sent.map((x) => x.key)).size).toBe(3);
    expect(q.pending()).toEqual([]);
    await q.close();
  });

  it('loses nothing when the app is reloaded offline: a new queue on the same database resumes, and the photo attaches to the mark the replay created', async () => {
    const name = dbName();
    const before = server();
    before.state.offline = true;
    const first = createQueue(name);
    await first.start(before.executor);
    const m = await first.enqueue({ ...at, change: mark('m1'), baseEtag: '"1"' });
    const p = await first.enqueue({ ...at, change: photo('m1') });
    await first.enqueue({ ...at, change: readings, baseEtag: '"1"' });
    await first.close(); // the tablet is closed

    const after = server();
    const reloaded = createQueue(name);
    await reloaded.load();
    expect(reloaded.pending().map((o) => o.change.type)).toEqual(['add-mark', 'photo', 'inspection-update']);
    await reloaded.start(after.executor);
    expect(after.sent.map((x) => x.type)).toEqual(['add-mark', 'photo', 'inspection-update']);
    // The same keys as before the reload: a write the server already had is answered, not repeated.
    expect(after.sent[0]?.key).toBe(m.key);
    expect(after.sent[1]).toMatchObject({ key: p.key, damageMarkId: 'mark-1' });
    expect(await reloaded.markId('m1')).toBe('mark-1');
    expect(reloaded.pending()).toEqual([]);
    await reloaded.close();
  });

  it('removes a mark the server has with the Wi-Fi gone: hidden at once, kept over a reload, sent in order when back online', async () => {
    const name = dbName();
    const s = server();
    const q = createQueue(name);
    await q.start(s.executor);
    await (await q.enqueue({ ...at, change: mark('m1'), baseEtag: '"1"' })).done; // the server now has mark-1
    s.state.offline = true;
    await q.enqueue({ ...at, change: { type: 'remove-mark', markId: 'mark-1' }, baseEtag: '"2"' });
    await q.enqueue({ ...at, change: readings, baseEtag: '"2"' });
    const onServer = { version: 2, damageMarks: [{ id: 'mark-1', zone: 'FRONT_BUMPER', type: 'SCRATCH' }] } as unknown as Inspection;
    expect(withPending(onServer, q.pending())?.damageMarks).toEqual([]);
    await q.close();

    const again = createQueue(name); // the app reloaded, still offline
    await again.start(s.executor);
    expect(again.pending().map((o) => o.change.type)).toEqual(['remove-mark', 'inspection-update']);
    expect(withPending(onServer, again.pending())?.damageMarks).toEqual([]);
    s.state.offline = false;
    await again.flush();
    expect(s.sent.slice(1).map((x) => [x.type, x.ifMatch])).toEqual([
      ['remove-mark', '"2"'],
      ['inspection-update', '"3"'],
    ]);
    expect(again.pending()).toEqual([]);
    await again.close();
  });

  it('stops at a conflict (412) and shows it; keep mine re-sends on the current version, then the rest follows', async () => {
    const s = server();
    const q = createQueue(dbName());
    await q.start(s.executor);
    s.state.offline = true;
    await q.enqueue({ ...at, change: readings, baseEtag: '"1"' });
    await q.enqueue({ ...at, change: mark('m1'), baseEtag: '"1"' });
    s.state.offline = false;
    s.state.refuse.set('inspection-update', 412);
    await q.flush();
    const [conflict, waiting] = q.pending();
    expect(conflict?.problem).toMatchObject({ status: 412, problem: { detail: 'changed by someone else' } });
    expect(waiting?.problem).toBeUndefined();
    expect(s.sent).toEqual([]); // nothing after the conflict went out, nothing was overwritten

    await q.keepMine(conflict?.seq ?? -1);
    expect(s.state.etagAsked).toBe(1);
    expect(s.sent.map((x) => [x.type, x.ifMatch])).toEqual([
      ['inspection-update', '"11"'],
      ['add-mark', '"12"'],
    ]);
    expect(q.pending()).toEqual([]);
    await q.close();
  });

  it('discard mine drops the refused write and the photos of a discarded mark; the server version stands', async () => {
    const s = server();
    const q = createQueue(dbName());
    await q.start(s.executor);
    s.state.offline = true;
    const m = await q.enqueue({ ...at, change: mark('m1'), baseEtag: '"1"' });
    await q.enqueue({ ...at, change: photo('m1') });
    await q.enqueue({ ...at, change: readings, baseEtag: '"1"' });
    s.state.offline = false;
    s.state.refuse.set('add-mark', 409);
    await q.flush();
    const refused = q.pending()[0];
    expect(refused).toMatchObject({ seq: m.seq, problem: { status: 409 } });
    await q.discard(refused?.seq ?? -1);
    expect(s.sent.map((x) => x.type)).toEqual(['inspection-update']);
    expect(q.pending()).toEqual([]);
    await q.close();
  });

  it("replays only the signed-in user's writes: another advisor's wait for them on the tablet", async () => {
    const name = dbName();
    const s = server();
    s.state.offline = true;
    const a = createQueue(name);
    await a.start(s.executor, 'advisor-a');
    await a.enqueue({ ...at, change: mark('m1'), baseEtag: '"1"' });
    await a.close();
    const b = createQueue(name);
    s.state.offline = false;
    await b.start(s.executor, 'advisor-b');
    expect(b.pending()).toEqual([]);
    expect(s.sent).toEqual([]);
    await b.close();
    const again = createQueue(name);
    await again.start(s.executor, 'advisor-a');
    expect(s.sent.map((x) => x.type)).toEqual(['add-mark']);
    await again.close();
  });

  it('tells the caller the first outcome: applied, kept for later (status 0) or refused with the problem', async () => {
    const s = server();
    const q = createQueue(dbName());
    await q.start(s.executor);
    const ok = await q.enqueue({ ...at, change: readings, baseEtag: '"1"' });
    await expect(ok.done).resolves.toMatchObject({ answer: { etag: '"2"' } });
    s.state.refuse.set('inspection-update', 422);
    const bad = await q.enqueue({ ...at, change: readings, baseEtag: '"2"' });
    await expect(bad.done).rejects.toMatchObject({ status: 422, seq: bad.seq });
    await q.close();
  });
});
