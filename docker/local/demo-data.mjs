#!/usr/bin/env node
// Loads a small, realistic demo data set through the public API (never the database), so
// what you see in the SPA went through the same validation, audit and store rules as real
// input. Idempotent: stores are created only when missing, customers and vehicles only when
// store BJ01 has no customers yet, and every POST carries an Idempotency-Key derived from
// its body (a retried request is replayed by the backend instead of creating a second row).
//
//   node docker/local/demo-data.mjs            (make demo-data; needs make run's stack)
//
// Env: DMS_API_URL (http://localhost:8080), DMS_KEYCLOAK_URL (http://localhost:8180),
//      DMS_DEMO_USER / DMS_DEMO_PASSWORD (manager / demo).
// Plain Node >= 20: global fetch, no dependencies.
import { createHash } from 'node:crypto';

const API = (process.env.DMS_API_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const KEYCLOAK = (process.env.DMS_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const USER = process.env.DMS_DEMO_USER ?? 'manager';
const PASSWORD = process.env.DMS_DEMO_PASSWORD ?? 'demo';

class HttpError extends Error {}

// --- VIN check digit (ISO 3779 / North-American scheme, used by China's GB 16735) ---------
const TRANSLITERATION = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5,
  P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export function vinCheckDigit(vin) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i];
    const value = /[0-9]/.test(c) ? Number(c) : TRANSLITERATION[c];
    if (value === undefined) throw new Error(`invalid VIN character '${c}' in ${vin}`);
    sum += value * WEIGHTS[i];
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/** wmi(3) + vds(5) + year(1) + plant(1) + serial(6) -> 17-character VIN with its check digit. */
export function vin(wmi, vds, year, plant, serial) {
  const draft = `${wmi}${vds}0${year}${plant}${serial}`;
  if (draft.length !== 17) throw new Error(`VIN draft ${draft} is not 17 characters`);
  return draft.slice(0, 8) + vinCheckDigit(draft) + draft.slice(9);
}

// --- the data set ---------------------------------------------------------------------------
const STORES = [
  { code: 'BJ01', name: '北京朝阳4S店', timezone: 'Asia/Shanghai' },
  { code: 'SH01', name: '上海浦东4S店', timezone: 'Asia/Shanghai' },
];

const customer = (fields) => ({
  type: 'PRIVATE', email: null, companyName: null, clubMember: false,
  preferredContact: 'PHONE', serviceWishes: null, notes: null, ...fields,
});
const vehicle = (fields) => ({
  brand: '大众', soldHere: true, maintenanceIntervalKm: 10000, maintenanceIntervalMonths: 12, ...fields,
});

// SAIC Volkswagen (LSV) and FAW-Volkswagen (LFV) VINs; year codes M=2021 N=2022 P=2023 R=2024.
const CUSTOMERS = [
  {
    customer: customer({ name: '张伟', phones: ['13812345678'], address: '北京市朝阳区建国路88号SOHO现代城2号楼1203',
      clubMember: true, serviceWishes: '保养时请顺便检查空调滤芯' }),
    vehicles: [vehicle({ vin: vin('LSV', 'AU2A3', 'P', 'N', '104512'), plate: '京A12345', model: '帕萨特',
      vehicleType: 'SEDAN', powertrain: 'ICE', color: '白', purchaseDate: '2023-05-01',
      maintenanceIntervalMonths: 6, lastServiceDate: '2026-06-01', lastServiceMileage: 20000 })],
  },
  {
    customer: customer({ name: '李娜', phones: ['13987654321'], email: 'lina@example.com',
      address: '北京市朝阳区望京西园三区312号楼', preferredContact: 'SMS' }),
    vehicles: [vehicle({ vin: vin('LSV', 'UA6C2', 'N', 'N', '220377'), plate: '京N8K235', model: '途观L',
      vehicleType: 'SUV', powertrain: 'ICE', color: '银', purchaseDate: '2022-09-17',
      lastServiceDate: '2026-03-12', lastServiceMileage: 38500 })],
  },
  {
    customer: customer({ name: '王强', phones: ['15011223344', '01065432100'], address: '北京市海淀区中关村大街27号',
      preferredContact: 'WECHAT', clubMember: true }),
    vehicles: [vehicle({ vin: vin('LSV', 'ED4E4', 'R', 'A', '031876'), plate: '京AD12345', model: 'ID.4 X',
      vehicleType: 'SUV', powertrain: 'BEV', color: '蓝', purchaseDate: '2024-03-08',
      maintenanceIntervalKm: 20000, maintenanceIntervalMonths: 24, lastServiceDate: '2025-03-20', lastServiceMileage: 15200 })],
  },
  {
    customer: customer({ name: '刘洋', phones: ['18600001111'], address: '北京市东城区东直门南大街5号',
      notes: '车辆在其他经销商购买，首次来店' }),
    vehicles: [vehicle({ vin: vin('LFV', 'A24G6', 'M', '3', '518204'), plate: '京B7Q618', model: '迈腾',
      vehicleType: 'SEDAN', powertrain: 'ICE', color: '黑', purchaseDate: '2021-04-22', soldHere: false,
      maintenanceIntervalMonths: 12, lastServiceDate: '2025-12-05', lastServiceMileage: 61200 })],
  },
  {
    customer: customer({ name: '陈静', phones: ['13700002222'], email: 'chenjing@example.com',
      address: '北京市丰台区丽泽路16号院', preferredContact: 'EMAIL' }),
    vehicles: [vehicle({ vin: vin('LSV', 'CD6A7', 'P', 'N', '377019'), plate: '京AF56789', model: '途观L PHEV',
      vehicleType: 'SUV', powertrain: 'PHEV', color: '灰', purchaseDate: '2023-11-11',
      lastServiceDate: '2026-05-18', lastServiceMileage: 24100 })],
  },
  {
    customer: customer({ type: 'COMPANY', name: '赵敏', companyName: '北京华信物流有限公司', phones: ['13911112222'],
      email: 'fleet@huaxin-logistics.example.com', address: '北京市顺义区空港工业区B区天柱路18号',
      preferredContact: 'EMAIL', serviceWishes: '车队车辆统一月结，保养前一天电话通知车队主管', notes: '车队客户，3台车' }),
    vehicles: [
      vehicle({ vin: vin('LSV', 'VA2B8', 'N', 'N', '640051'), plate: '京Q5T901', model: '威然',
        vehicleType: 'MPV', powertrain: 'ICE', color: '黑', purchaseDate: '2022-06-30',
        maintenanceIntervalKm: 7500, maintenanceIntervalMonths: 6, lastServiceDate: '2026-08-02', lastServiceMileage: 88300 }),
      vehicle({ vin: vin('LSV', 'VA2B8', 'N', 'N', '640052'), plate: '京Q5T902', model: '威然',
        vehicleType: 'MPV', powertrain: 'ICE', color: '黑', purchaseDate: '2022-06-30',
        maintenanceIntervalKm: 7500, maintenanceIntervalMonths: 6, lastServiceDate: '2026-07-15', lastServiceMileage: 91750 }),
      vehicle({ vin: vin('LFV', 'T3CA1', 'P', '3', '112890'), plate: '京AD36688', model: 'ID.6 CROZZ',
        vehicleType: 'SUV', powertrain: 'BEV', color: '白', purchaseDate: '2023-02-14',
        maintenanceIntervalKm: 20000, maintenanceIntervalMonths: 24, lastServiceDate: '2025-02-20', lastServiceMileage: 40100 }),
    ],
  },
  {
    customer: customer({ name: '孙丽', phones: ['18811223344'], address: '北京市朝阳区朝阳北路101号院',
      preferredContact: 'WECHAT' }),
    vehicles: [vehicle({ vin: vin('LFV', 'B11K5', 'R', '3', '205664'), plate: '京HX3388', model: '高尔夫',
      vehicleType: 'SEDAN', powertrain: 'ICE', color: '红', purchaseDate: '2024-07-06',
      lastServiceDate: '2026-01-09', lastServiceMileage: 9800 })],
  },
  {
    customer: customer({ type: 'COMPANY', name: '周杰', companyName: '北京星辰科技有限公司', phones: ['13522334455'],
      email: 'admin@xingchen-tech.example.com', address: '北京市朝阳区酒仙桥路10号恒通商务园B22',
      preferredContact: 'PHONE', clubMember: true }),
    vehicles: [vehicle({ vin: vin('LSV', 'HX6D9', 'P', 'N', '058730'), plate: '京AG6F21', model: '途昂',
      vehicleType: 'SUV', powertrain: 'ICE', color: '白', purchaseDate: '2023-08-25',
      lastServiceDate: '2026-04-28', lastServiceMileage: 33400 })],
  },
];

// --- HTTP -----------------------------------------------------------------------------------
async function token() {
  const url = `${KEYCLOAK}/realms/dms/protocol/openid-connect/token`;
  let res;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'dms-cli', username: USER, password: PASSWORD }),
    });
  } catch (e) {
    throw new HttpError(`Keycloak is not reachable at ${KEYCLOAK} (${e.cause?.code ?? e.message}). Is the stack running (make run)?`);
  }
  const text = await res.text();
  if (!res.ok) throw new HttpError(`token request for ${USER} failed: HTTP ${res.status}\n${text}`);
  return JSON.parse(text).access_token;
}

function idempotencyKey(path, body) {
  return 'demo-' + createHash('sha256').update(`${path}\n${JSON.stringify(body)}`).digest('hex').slice(0, 32);
}

async function call(accessToken, method, path, body, { allow = [] } = {}) {
  const headers = { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    if (method === 'POST') headers['Idempotency-Key'] = idempotencyKey(path, body);
  }
  let res;
  try {
    res = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new HttpError(`backend is not reachable at ${API} (${e.cause?.code ?? e.message}). Is the stack running (make run)?`);
  }
  const text = await res.text();
  if (!res.ok && !allow.includes(res.status)) {
    throw new HttpError(`${method} ${path} -> HTTP ${res.status}\n${text}${body ? `\nrequest body: ${JSON.stringify(body)}` : ''}`);
  }
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  return { status: res.status, json };
}

// --- booking set-up (R-APT-3): who receives, which bays, who works, what can be booked ---------
const ADVISORS = [
  { username: 'advisor', displayName: '王顾问', receptionCapacity: 2, active: true },
  { username: 'advisor2', displayName: '李顾问', receptionCapacity: 2, active: true },
];
const BAYS = [
  ...['B01', 'B02', 'B03', 'B04'].map((code, i) => ({ code, name: `${i + 1}号机修工位`, bayType: 'GENERAL', active: true })),
  { code: 'Q01', name: '快修工位', bayType: 'QUICK_SERVICE', active: true },
  { code: 'P01', name: '钣喷工位', bayType: 'BODY_PAINT', active: true },
  { code: 'E01', name: '新能源工位', bayType: 'EV', active: true },
];
const TECHNICIANS = [
  { name: '赵师傅', skills: ['MAINTENANCE', 'DIAGNOSIS', 'REPAIR'] },
  { name: '钱师傅', skills: ['MAINTENANCE', 'REPAIR'] },
  { name: '孙师傅', skills: ['MAINTENANCE', 'DIAGNOSIS'] },
  // The demo log-in `inspector` (周 质检) is 周师傅, who holds the inspector permission (R-QC-1): he
  // inspects the jobs others did (never his own), so the quality check has a second workshop log-in.
  { name: '周师傅', skills: ['MAINTENANCE', 'EV', 'DIAGNOSIS'], username: 'inspector' },
  { name: '吴师傅', skills: ['BODY', 'PAINT'] },
  // The demo log-in `workshop` (李 技师) is the foreman: dispatches on the board and clocks on his own jobs (R-REP-1).
  { name: '李师傅', skills: ['MAINTENANCE', 'DIAGNOSIS', 'REPAIR'], username: 'workshop', foreman: true },
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

/** Adds what is missing of a list resource, matched by a key field; re-runs change nothing. */
async function ensureAll(t, store, collection, key, wanted) {
  const have = (await call(t, 'GET', `/api/stores/${store}/${collection}`)).json ?? [];
  let added = 0;
  for (const item of wanted) {
    if (!have.some((h) => h[key] === item[key])) {
      await call(t, 'POST', `/api/stores/${store}/${collection}`, item);
      added++;
    }
  }
  console.log(`  ${store} ${collection}: ${added} added, ${wanted.length - added} already there`);
}

async function bookingSetup(t, store) {
  await ensureAll(t, store, 'advisors', 'username', ADVISORS);
  await ensureAll(t, store, 'bays', 'code', BAYS);
  await ensureAll(t, store, 'technicians', 'name', TECHNICIANS);
  await ensureAll(t, store, 'service-types', 'code', SERVICE_TYPES);
  const inspector = ((await call(t, 'GET', `/api/stores/${store}/technicians`)).json ?? []).find((x) => x.username === 'inspector');
  if (inspector) {
    await call(t, 'PUT', `/api/stores/${store}/quality-check/inspectors/${inspector.id}`);
    console.log(`  ${store} inspector: ${inspector.name} (log-in inspector)`);
  }
}

// --- main -----------------------------------------------------------------------------------
async function main() {
  const t = await token();
  console.log(`demo data: signed in as ${USER} via ${KEYCLOAK}`);

  for (const store of STORES) {
    const got = await call(t, 'GET', `/api/stores/${store.code}`, undefined, { allow: [404] });
    if (got.status === 404) {
      await call(t, 'POST', '/api/stores', store);
      console.log(`  created store ${store.code} ${store.name}`);
    } else {
      console.log(`  store ${store.code} exists`);
    }
  }

  for (const store of STORES) {
    await bookingSetup(t, store.code);
  }

  const existing = await call(t, 'GET', '/api/stores/BJ01/customers?limit=1');
  const items = Array.isArray(existing.json) ? existing.json : existing.json?.items;
  if (!Array.isArray(items)) throw new HttpError(`GET /api/stores/BJ01/customers: unexpected body ${JSON.stringify(existing.json)}`);
  if (items.length > 0) {
    console.log('  store BJ01 already has customers: customers and vehicles left as they are');
    return;
  }

  let vehicles = 0;
  for (const { customer: c, vehicles: vs } of CUSTOMERS) {
    const created = await call(t, 'POST', '/api/stores/BJ01/customers', c);
    const ownerId = created.json?.id;
    if (!ownerId) throw new HttpError(`POST /api/stores/BJ01/customers returned no id: ${JSON.stringify(created.json)}`);
    console.log(`  created customer ${c.companyName ?? c.name} (${c.type}, ${ownerId})`);
    for (const v of vs) {
      await call(t, 'POST', '/api/stores/BJ01/vehicles', { ownerId, ...v });
      vehicles++;
      console.log(`    created vehicle ${v.plate} ${v.brand} ${v.model} VIN ${v.vin}`);
    }
  }
  console.log(`demo data: ${CUSTOMERS.length} customers and ${vehicles} vehicles created in BJ01`);
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('demo-data.mjs');
if (isMain) {
  main().catch((e) => {
    console.error(e instanceof HttpError ? `demo data failed: ${e.message}` : e);
    process.exit(1);
  });
}
