// What the workshop flows share: the foreman's and the inspector's technician records, free
// half hours on today's board, and an order handed over to the foreman's queue through the API.
import { uniqueMobile, uniquePlate, uniqueVin } from './data.mjs';
import { STORE } from './store-setup.mjs';

const S = `/api/stores/${STORE}`;
const SHIFT = { workStart: '08:30:00', workEnd: '17:30:00', active: true };
const FOREMAN = { name: '李师傅', skills: ['MAINTENANCE', 'DIAGNOSIS', 'REPAIR'], ...SHIFT, username: 'workshop', foreman: true };
const INSPECTOR = { name: '周师傅', skills: ['MAINTENANCE', 'EV', 'DIAGNOSIS'], ...SHIFT, username: 'inspector', foreman: false };

/** The technician linked to `wanted.username` (created, or linked and updated, once). */
async function linkedTechnician(manager, wanted, fits) {
  const techs = (await manager('GET', `${S}/technicians`)).body;
  const linked = techs.find((t) => t.username === wanted.username) ?? techs.find((t) => t.name === wanted.name && !t.username);
  if (linked && fits(linked)) return linked;
  if (linked) {
    const put = await manager('PUT', `${S}/technicians/${linked.id}`, { ...wanted, name: linked.name, skills: linked.skills }, { 'If-Match': `"${linked.version}"` });
    if (put.status !== 200) throw new Error(`linking ${wanted.username} to ${linked.name}: HTTP ${put.status} ${JSON.stringify(put.body)}`);
    return put.body;
  }
  return (await manager('POST', `${S}/technicians`, wanted)).body;
}

/** The foreman's technician record: the `workshop` log-in, 李师傅, marked foreman. */
export function foremanTechnician(manager) {
  return linkedTechnician(manager, FOREMAN, (t) => t.username === 'workshop' && t.foreman);
}

/** The inspector's technician record: the `inspector` log-in, 周师傅, holding the inspector permission (R-QC-1). */
export async function inspectorTechnician(manager) {
  const t = await linkedTechnician(manager, INSPECTOR, (x) => x.username === 'inspector');
  const granted = await manager('PUT', `${S}/quality-check/inspectors/${t.id}`);
  if (granted.status !== 200) throw new Error(`granting the inspector permission: HTTP ${granted.status} ${JSON.stringify(granted.body)}`);
  return t;
}

/** Store-local minutes → "HH:MM". */
export const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Minutes after store-local midnight (Asia/Shanghai, no daylight saving) of an instant. */
const localMinutes = (iso) => {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
};

/** Up to `wanted` free half hours today inside 08:30-17:30 for the technician on one general bay (past times of today are fine: the foreman may plan them). */
export function freeSlots(board, technicianId, wanted = 2) {
  const general = board.bays.filter((b) => b.bayType === 'GENERAL');
  const busy = (job) => job.plannedStart && ['ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK'].includes(job.status);
  const overlaps = (job, from, to) => localMinutes(job.plannedStart) < to && localMinutes(job.plannedEnd) > from;
  const found = [];
  for (let from = 8 * 60 + 30; from + 30 <= 17 * 60 + 30 && found.length < wanted; from += 30) {
    const to = from + 30;
    if (found.some((f) => f.from < to && f.to > from)) continue;
    if (board.jobs.some((j) => busy(j) && j.technicianId === technicianId && overlaps(j, from, to))) continue;
    const bay = general.find((b) => !board.jobs.some((j) => busy(j) && j.bayId === b.id && overlaps(j, from, to)));
    if (bay) found.push({ from, to, bay });
  }
  return found;
}

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/**
 * A walk-in with these jobs (half an hour each unless `hours`), signed and handed over to the
 * foreman's queue through the API; `email` gives the customer an e-mail address they prefer,
 * `advisorId` names the order's advisor. Returns { order, plate, customer, vehicle }.
 */
export async function handedOverOrder(advisor, requestedWork, jobs, { hours = 0.5, email = null, advisorId = null, customerName = '车间测试客户' } = {}) {
  const customer = (await advisor('POST', `${S}/customers`, {
    type: 'PRIVATE', name: customerName, phones: [uniqueMobile()], preferredContact: email ? 'EMAIL' : 'PHONE', clubMember: false,
    email, address: null, companyName: null, serviceWishes: null, notes: null,
  })).body;
  const plate = uniquePlate();
  const vehicle = (await advisor('POST', `${S}/vehicles`, {
    ownerId: customer.id, vin: uniqueVin(), plate, brand: '大众', model: '帕萨特', vehicleType: 'SEDAN', powertrain: 'ICE',
    color: null, purchaseDate: null, soldHere: true, maintenanceIntervalKm: 10000, maintenanceIntervalMonths: 6,
    lastServiceDate: null, lastServiceMileage: null,
  })).body;
  let o = await advisor('POST', `${S}/repair-orders`, { customerId: customer.id, vehicleId: vehicle.id, requestedWork, ...(advisorId ? { advisorId } : {}) });
  for (const description of jobs) {
    o = await advisor('POST', `${S}/repair-orders/${o.body.id}/lines`, { kind: 'JOB', payType: 'CUSTOMER', description, hours }, { 'If-Match': o.etag });
  }
  o = await advisor('POST', `${S}/repair-orders/${o.body.id}/submit-for-signature`, {}, { 'If-Match': o.etag });
  o = await advisor('POST', `${S}/repair-orders/${o.body.id}/sign`, { signerName: customerName, signaturePng: PNG_1X1, device: 'e2e' }, { 'If-Match': o.etag });
  o = await advisor('POST', `${S}/repair-orders/${o.body.id}/hand-over`, { receiver: 'FOREMAN_QUEUE' }, { 'If-Match': o.etag });
  if (o.status !== 200) throw new Error(`hand-over: HTTP ${o.status} ${JSON.stringify(o.body)}`);
  return { order: o.body, plate, customer, vehicle };
}
