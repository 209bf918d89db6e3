import { api, etagOf, unwrap } from '@/lib/api-client';
import type { DepositInput } from '@/lib/api-types';
import type { AppointmentWithEtag } from './get-appointment';
import { useAppointmentAction } from './use-appointment-action';

/** R-APT-4: the cashier records the deposit; DEPOSIT_REQUIRED → CONFIRMED and the parts are ordered. */
export async function recordDeposit(store: string, id: string, body: DepositInput, etag: string): Promise<AppointmentWithEtag> {
  const { data, response } = await unwrap(
    api.POST('/api/stores/{store}/appointments/{id}/deposit', { params: { path: { store, id }, header: { 'If-Match': etag } }, body }),
  );
  return { appointment: data, etag: etagOf(response) };
}

export function useRecordDeposit(store: string, id: string) {
  return useAppointmentAction(store, id, ({ body, etag }: { body: DepositInput; etag: string }) => recordDeposit(store, id, body, etag));
}
