// Issue 7, "Done means", as a new user meets it: a booking partner books through the API with
// client credentials (R-APT-1, R-APT-2), the advisor confirms it on the tablet, the reminder
// (R-APT-6) really goes out by e-mail and is read back from GreenMail in zh-CN without raw codes,
// the advisor receives the car from the appointment (接车, which records the arrival, R-APT-7),
// walks around it (R-CHK-1), reads the odometer and takes the key (R-CHK-2), builds the estimate,
// the customer signs on the canvas (R-CHK-9), the car is handed to a named technician (R-CHK-10);
// the order is found again from the repair-order list by plate (R-CHK-9), the visit is on the
// vehicle's service card (R-ARC-4), and the no-show job, having run after the check-in, left the
// appointment ARRIVED. Everything is set up through the API, so it also runs on its own:
// E2E_FLOWS=service-lane npm run e2e.
import { randomInt } from 'node:crypto';
import { assert, drawSignature, login, logout, openBrowser, shot } from '../lib/browser.mjs';
import { client, integratorClient, jobRuns } from '../lib/api.mjs';
import { uniqueMobile, uniquePlate, uniqueVin } from '../lib/data.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { poll } from '../lib/poll.mjs';
import { outsideQuietHours } from '../lib/quiet-hours.mjs';
import { STORE, setUpStore } from '../lib/store-setup.mjs';
import { addDays, localDate, localTime } from '../lib/zone.mjs';

export const name = 'a new user\'s service lane: integrator books, advisor confirms, reminder e-mail in GreenMail, check-in from the appointment, signed, handed to a named technician, found in the order list and on the service card; no no-show';

const SERVICE = { code: 'MAINT', name: '定期保养' };
const TECHNICIAN = '钱师傅';
const DOCUMENTS = [
  { code: 'MAINTENANCE_BOOKLET', name: '保养手册' },
  { code: 'REGISTRATION', name: '行驶证' },
];
const JOBS_CLASS = 'com.fours.dms.appointment.AppointmentJobs';
const MILEAGE = 23500;

/** "M月d日 HH:mm" in the store's zone, as the zh-CN templates print an arrival. */
function zhArrival(instant) {
  const [, m, d] = localDate(instant).split('-').map(Number);
  return `${m}月${d}日 ${localTime(instant)}`;
}

/**
 * Words a zh-CN customer must never see: enum codes such as GENERAL or MAINTENANCE_BOOKLET,
 * template placeholders. The booking's own plate and name (random letters) are not codes.
 */
function rawCodes(text, ...own) {
  const visible = own.reduce((t, o) => t.replaceAll(o, ''), text).replace(/[\w.+-]+@[\w.-]+/g, '');
  return [...visible.matchAll(/\{\{\w+\}\}|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b[A-Z]{4,}\b/g)].map((m) => m[0]);
}

/**
 * The first slot for the service at least a few minutes from now (today, else tomorrow morning:
 * always within the 24 h reminder lead), so that it is still ahead when the reminder job looks.
 */
async function firstFreeSlot(integrator) {
  const today = localDate(Date.now());
  const slots = (await integrator('GET', `/api/stores/${STORE}/availability?from=${today}&to=${addDays(today, 1)}&serviceTypes=${SERVICE.code}`)).body;
  const first = slots.find((s) => Date.parse(s.start) > Date.now() + 5 * 60_000);
  assert(first, `a free ${SERVICE.code} slot today or tomorrow`);
  return { today, start: first.start, date: localDate(first.start), time: localTime(first.start) };
}

export async function run(ctx, step) {
  const plate = uniquePlate();
  const customerName = `网约客户${plate.slice(2)}`;
  const email = `lane-${plate.slice(2).toLowerCase()}-${randomInt(1e6)}@example.com`;
  const model = '迈腾';
  const requestedWork = '1万公里保养，仪表提示保养';
  let integrator;
  let slot;
  let booked;
  let quiet;
  let confirmedAt;
  let reminderMail;
  let jobRunsAtCheckIn;
  let orderNumber;

  await step(`set-up: store ${STORE} bookable; the integrator (client credentials) books ${SERVICE.name} for a new customer with an e-mail`, async () => {
    await setUpStore();
    quiet = await outsideQuietHours();
    integrator = await integratorClient();
    slot = await firstFreeSlot(integrator);
    booked = (
      await integrator('POST', `/api/stores/${STORE}/appointments`, {
        customerId: null,
        newCustomer: {
          type: 'PRIVATE', name: customerName, phones: [uniqueMobile()], email, preferredContact: 'EMAIL', clubMember: false,
          address: null, companyName: null, serviceWishes: null, notes: null,
        },
        vehicleId: null,
        newVehicle: { vin: uniqueVin(), plate, brand: '大众', model, vehicleType: 'SEDAN', powertrain: 'ICE' },
        serviceTypeCodes: [SERVICE.code],
        advisorId: null,
        arrivalAt: slot.start,
        mileage: MILEAGE,
        lastServiceDate: null,
        repeatRepair: false,
        requestedWork,
        priceIndication: 680,
        documentsToBring: DOCUMENTS.map((d) => d.code),
        origin: 'CUSTOMER',
        channel: 'INTEGRATOR',
        reminderTaskId: null,
        parts: null,
        doubleBookingOverride: null,
      })
    ).body;
    assert(booked.status === 'REQUESTED', `an integrator booking waits for the store's confirmation (${booked.status})`);
    console.log(`    ${plate} ${customerName} <${email}> → ${slot.date} ${slot.time}, advisor ${booked.advisor.displayName}; ${quiet.note}`);
  });

  const browser = await openBrowser({ width: 1024, height: 768 });
  ctx.browsers.push(browser);
  const { page } = browser;

  try {
    await step('the advisor signs in on the tablet and finds the booking on the appointment calendar', async () => {
      await login(page, 'advisor');
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '预约' }).click();
      await page.getByTestId('day-calendar').waitFor();
      if (slot.date !== slot.today) await page.getByTestId('calendar-next').click();
      await page.getByTestId('day-calendar').getByTestId('calendar-appointment').filter({ hasText: plate }).click();
      await page.getByTestId('appointment-plate').filter({ hasText: plate }).waitFor();
      const header = await page.getByTestId('appointment-time').innerText();
      assert(header.includes(customerName) && header.includes(SERVICE.name) && header.includes(slot.time), `detail shows customer, service and time (${header})`);
      await shot(page, 'service-lane-01-appointment-1024x768');
    });

    await step('confirms it; the reminder is queued for the customer (R-APT-6)', async () => {
      await page.getByTestId('action-confirm').click();
      // The server's availableActions drive the buttons: confirmed, it offers check-in but no confirm.
      await page.getByTestId('action-confirm').waitFor({ state: 'detached' });
      await page.getByTestId('action-check-in').waitFor();
      confirmedAt = Date.now();
      const advisor = await client('advisor');
      // The job queues it on its next run; until then the customer is not "received" yet.
      await poll(async () => (await advisor('GET', `/api/stores/${STORE}/notifications?audience=CUSTOMER&appointmentId=${booked.id}`)).body.items.find((n) => n.kind === 'APPOINTMENT_REMINDER'),
        { timeoutMs: 30_000, what: 'the reminder in the outbox' });
      // The mail goes out while the advisor works; it is read back further down.
      reminderMail = waitForMail(email, (m) => m.subject.includes('预约到店提醒'), { timeoutMs: 45_000 });
      reminderMail.catch(() => undefined);
    });

    await step('receives the car from the appointment (接车): the arrival is recorded and the walk-around opens', async () => {
      await page.getByTestId('action-check-in').click();
      await page.getByTestId('walk-around-step').waitFor();
      assert((await page.getByTestId('wizard-plate').textContent()).includes(plate), 'the wizard shows the booked car');
      jobRunsAtCheckIn = await jobRuns(JOBS_CLASS);
      const a = (await integrator('GET', `/api/stores/${STORE}/appointments/${booked.id}`)).body;
      assert(a.status === 'ARRIVED', `check-in from the appointment records the arrival (${a.status})`);
    });

    await step('walk-around: a scratch on the rear bumper; odometer, fuel and the key', async () => {
      await page.getByTestId('zone-REAR_BUMPER').click();
      await page.getByTestId('damage-mark-dialog').waitFor();
      await page.getByTestId('mark-type-SCRATCH').click();
      await page.getByTestId('mark-note').fill('后保险杠右侧轻微划痕');
      await page.getByTestId('save-mark').click();
      await page.getByTestId('damage-mark-dialog').waitFor({ state: 'detached' });
      await page.getByTestId('damage-mark').first().waitFor();
      await shot(page, 'service-lane-02-walk-around-1024x768');
      await page.getByTestId('to-readings').click();
      await page.getByTestId('readings-form').waitFor();
      await page.getByTestId('odometer').fill(String(MILEAGE + 120));
      const tag = `L${randomInt(100000, 999999)}`;
      await page.getByTestId('key-tag').fill(tag);
      await page.getByTestId('key-slot').fill(`S-${tag}`);
      await page.getByTestId('fuel-HALF').click(); // R-CHK-2: fuel starts unset
      await page.getByTestId('save-readings').click();
      await page.getByTestId('jobs-step').waitFor();
    });

    await step('builds the estimate: one labour line, submitted for signature', async () => {
      await page.getByTestId('line-description').fill('更换机油及机滤');
      await page.getByTestId('line-hours').fill('1');
      await page.getByTestId('add-line').click();
      await page.getByTestId('estimate-line').filter({ hasText: '更换机油及机滤' }).waitFor();
      await page.getByTestId('to-estimate').click();
      await page.getByTestId('estimate-step').waitFor();
      const payable = await page.getByTestId('total-customer-payable').textContent();
      assert(/[1-9]/.test(payable ?? ''), `the customer sees what they will pay (${payable})`);
      await shot(page, 'service-lane-03-estimate-1024x768');
      await page.getByTestId('submit-for-signature').click();
      await page.getByTestId('signature-canvas').waitFor();
    });

    await step('the customer checks the walk-around and signs on the screen', async () => {
      await page.getByTestId('sign-walkaround').getByTestId('print-mark').first().waitFor();
      assert((await page.getByTestId('signer-name').inputValue()) === customerName, 'the signer is the booked customer');
      await drawSignature(page);
      await page.getByTestId('confirm-walkaround').check();
      await shot(page, 'service-lane-04-signature-1024x768');
      // R-REP-5 (旧件处理): with parts on the order the customer says what happens to the old ones.
      if (await page.getByTestId('old-parts-choice').count()) await page.getByTestId('old-parts-TAKE_HOME').click();
      await page.getByTestId('sign').click();
      await page.getByTestId('handover-form').waitFor();
      assert((await page.getByTestId('wizard-status').textContent()).includes('已开单'), 'the signed order is open');
    });

    await step(`hands the car over to ${TECHNICIAN} (picked from the workshop's technicians, not typed)`, async () => {
      await page.getByTestId('handover-form').getByRole('radio', { name: TECHNICIAN }).check();
      await page.getByTestId('hand-over').click();
      await page.getByTestId('check-in-done').filter({ hasText: TECHNICIAN }).waitFor();
      orderNumber = (await page.getByTestId('wizard-plate').textContent()).split('·').at(-1).trim();
      assert(/^RO/.test(orderNumber), `the order number is shown (${orderNumber})`);
      await shot(page, 'service-lane-05-handed-over-1024x768');
    });

    await step('finds the order again in the repair-order list by plate and opens it', async () => {
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '维修单' }).click();
      await page.getByTestId('orders-search').fill(plate);
      const row = page.getByTestId('orders-row').filter({ hasText: orderNumber });
      await row.waitFor();
      const text = await row.innerText();
      assert(text.includes(plate) && text.includes(model) && text.includes(customerName), `the row shows plate, model and customer (${text})`);
      // Today's list shows this order before the search (debounced) narrows it: wait for the narrowed list.
      await poll(async () => (await page.getByTestId('orders-row').count()) === 1, { timeoutMs: 10_000, intervalMs: 200, what: 'the plate to find exactly this car\'s order' });
      await shot(page, 'service-lane-06-order-list-1024x768');
      await row.click();
      await page.getByTestId('order-plate').filter({ hasText: plate }).waitFor();
      const header = await page.getByTestId('order-header').innerText();
      assert(header.includes(model) && header.includes(customerName), `the order page names model and customer (${header})`);
    });

    await step('opens the vehicle: this visit is on its service card (R-ARC-4)', async () => {
      await page.getByRole('link', { name: new RegExp(`^${plate} .*${model}$`) }).click();
      await page.getByTestId('vehicle-plate').filter({ hasText: plate }).waitFor();
      const visit = page.getByTestId('service-history').getByTestId('service-visit').filter({ hasText: orderNumber });
      await visit.waitFor();
      const text = await visit.innerText();
      assert(text.includes(requestedWork) && text.includes('更换机油及机滤') && text.includes(booked.advisor.displayName), `the visit shows the work, the line and the advisor (${text})`);
      assert(text.includes((MILEAGE + 120).toLocaleString('en-US')), `the visit shows the odometer read at check-in (${text})`);
      await visit.scrollIntoViewIfNeeded();
      await shot(page, 'service-lane-07-service-card-1024x768');
    });

    await step('the reminder e-mail is in GreenMail: zh-CN, the booking\'s real details, no raw codes', async () => {
      const mail = await reminderMail;
      console.log(`    in GreenMail ${Math.round((Date.now() - confirmedAt) / 1000)} s after the confirmation: "${mail.subject}" ${mail.text.replace(/\s+/g, ' ')}`);
      const expected = [customerName, plate, zhArrival(slot.start), SERVICE.name, booked.advisor.displayName, ...DOCUMENTS.map((d) => d.name)];
      for (const e of expected) assert(mail.text.includes(e), `the reminder names "${e}" (${mail.text})`);
      const codes = [...rawCodes(mail.subject, plate, customerName), ...rawCodes(mail.text, plate, customerName)];
      assert(codes.length === 0, `no raw codes in the reminder (${codes.join(', ')}): ${mail.text}`);
    });

    await step('the no-show job ran after the check-in and left the received customer alone (R-APT-7)', async () => {
      // Two finished runs: at least one started after the check-in (a run in progress at check-in counts once).
      await poll(async () => (await jobRuns(JOBS_CLASS)) >= jobRunsAtCheckIn + 2, { timeoutMs: 30_000, what: 'two appointment-job runs after the check-in' });
      const a = (await integrator('GET', `/api/stores/${STORE}/appointments/${booked.id}`)).body;
      assert(a.status === 'ARRIVED', `the appointment stays ARRIVED (${a.status})`);
    });

    await step('log out', async () => {
      await logout(page);
    });
  } finally {
    await quiet?.restore();
  }
}
