// Makes store BJ01 bookable (advisors, bays, technicians, service types) through the API, as
// the service manager. Idempotent: only what is missing is created, so it is harmless when the
// demo data already set the store up.
//
//   node e2e/lib/store-setup.mjs        (standalone; E2E_API_URL / E2E_KEYCLOAK_URL)
import { client } from './api.mjs';

export const STORE = 'BJ01';

const ADVISORS = [
  { username: 'advisor', displayName: '王顾问', receptionCapacity: 2, active: true },
  { username: 'advisor2', displayName: '李顾问', receptionCapacity: 2, active: true },
];

// The same codes and names as docker/local/demo-data.mjs, so that on the demo store this is a no-op.
const BAYS = [
  ...['B01', 'B02', 'B03', 'B04'].map((code, i) => ({ code, name: `${i + 1}号机修工位`, bayType: 'GENERAL' })),
  { code: 'Q01', name: '快修工位', bayType: 'QUICK_SERVICE' },
  { code: 'P01', name: '钣喷工位', bayType: 'BODY_PAINT' },
  { code: 'E01', name: '新能源工位', bayType: 'EV' },
].map((b) => ({ ...b, active: true }));

const TECHNICIANS = [
  { name: '赵师傅', skills: ['MAINTENANCE', 'DIAGNOSIS', 'REPAIR'] },
  { name: '钱师傅', skills: ['MAINTENANCE', 'REPAIR'] },
  { name: '孙师傅', skills: ['MAINTENANCE', 'DIAGNOSIS'] },
  { name: '周师傅', skills: ['MAINTENANCE', 'EV', 'DIAGNOSIS'] },
  { name: '吴师傅', skills: ['BODY', 'PAINT'] },
].map((t) => ({ ...t, workStart: '08:30:00', workEnd: '17:30:00', active: true }));

const SERVICE_TYPES = [
  { code: 'MAINT', name: '定期保养', durationMinutes: 60, bayType: 'GENERAL', skill: 'MAINTENANCE' },
  { code: 'FIRST', name: '首保', durationMinutes: 60, bayType: 'GENERAL', skill: 'MAINTENANCE' },
  { code: 'DIAG', name: '故障诊断', durationMinutes: 60, bayType: 'GENERAL', skill: 'DIAGNOSIS' },
  { code: 'REPAIR', name: '一般维修', durationMinutes: 120, bayType: 'GENERAL', skill: 'REPAIR' },
  { code: 'QUICK', name: '快修', durationMinutes: 30, bayType: 'QUICK_SERVICE', skill: 'MAINTENANCE' },
  { code: 'BODY', name: '钣喷', durationMinutes: 240, bayType: 'BODY_PAINT', skill: 'BODY' },
  { code: 'EVCHK', name: '新能源检测', durationMinutes: 60, bayType: 'EV', skill: 'EV' },
].map((s) => ({ ...s, active: true }));

async function ensure(call, path, wanted, keyOf) {
  const existing = new Set((await call('GET', path)).body.map(keyOf));
  let created = 0;
  for (const item of wanted) {
    if (existing.has(keyOf(item))) continue;
    await call('POST', path, item);
    created++;
  }
  return created;
}

export async function setUpStore(log = () => undefined) {
  const call = await client('manager');
  const base = `/api/stores/${STORE}`;
  const counts = {
    advisors: await ensure(call, `${base}/advisors`, ADVISORS, (a) => a.username),
    bays: await ensure(call, `${base}/bays`, BAYS, (b) => b.code),
    technicians: await ensure(call, `${base}/technicians`, TECHNICIANS, (t) => t.name),
    serviceTypes: await ensure(call, `${base}/service-types`, SERVICE_TYPES, (s) => s.code),
  };
  log(`store ${STORE} set-up: created ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await setUpStore(console.log);
}
