// What several flows do at reception: a customer with a car in the archive, and the advisor
// starting a check-in of that car from 接车.
import { client } from './api.mjs';
import { assert } from './browser.mjs';
import { uniqueMobile, uniquePlate, uniqueVin } from './data.mjs';
import { STORE } from './store-setup.mjs';

/** A fresh customer (named prefix + plate) with a 大众 (帕萨特 sedan unless said otherwise), last serviced at `lastServiceMileage` (null: never). */
export async function archivedVehicle(namePrefix, lastServiceMileage, { model = '帕萨特', vehicleType = 'SEDAN' } = {}) {
  const call = await client('advisor');
  const plate = uniquePlate();
  const customerName = `${namePrefix}${plate.slice(2)}`;
  const customer = (
    await call('POST', `/api/stores/${STORE}/customers`, {
      type: 'PRIVATE', name: customerName, phones: [uniqueMobile()], preferredContact: 'PHONE', clubMember: false,
      email: null, address: null, companyName: null, serviceWishes: null, notes: null,
    })
  ).body;
  await call('POST', `/api/stores/${STORE}/vehicles`, {
    ownerId: customer.id, vin: uniqueVin(), plate, brand: '大众', model, vehicleType, powertrain: 'ICE',
    color: null, purchaseDate: null, soldHere: true, maintenanceIntervalKm: 10000, maintenanceIntervalMonths: 6,
    lastServiceDate: lastServiceMileage == null ? null : '2026-05-01', lastServiceMileage,
  });
  return { plate, customerName };
}

/** On 接车 (already open): finds the car by plate and starts its check-in at the walk-around. */
export async function startCheckIn(page, plate, requestedWork) {
  await page.getByTestId('check-in-search').fill(plate);
  await page.getByTestId('check-in-vehicle').filter({ hasText: plate }).click();
  await page.getByTestId('requested-work').fill(requestedWork);
  await page.getByTestId('start-check-in').click();
  await page.getByTestId('walk-around-step').waitFor();
  assert((await page.getByTestId('wizard-plate').textContent()).includes(plate), 'wizard shows the plate');
}
