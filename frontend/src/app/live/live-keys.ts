import type { QueryKey } from '@tanstack/react-query';
import type { LiveEvent } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

/**
 * Which cached queries an event makes stale (issue 9). Keys are prefixes of the features' keys:
 * everything about one order lives under ['stores', s, 'repair-orders', id] (detail, approval panel),
 * the lists under […, 'repair-orders', 'list'], the board and my jobs under […, 'workshop'], and the
 * store's items awaiting a decision under […, 'supplementary-items', 'awaiting-decision'].
 */
export function keysFor(store: string, e: Pick<LiveEvent, 'type' | 'repairOrderId'>): QueryKey[] {
  const s = storeKey(store);
  const keys: QueryKey[] = [];
  if (e.repairOrderId) {
    keys.push([...s, 'repair-orders', e.repairOrderId], [...s, 'repair-orders', 'list']);
  }
  // A check-in or a signature happens before the workshop has the car: the board does not change.
  if (e.type !== 'RepairOrderCheckInStarted' && e.type !== 'RepairOrderSigned') {
    keys.push([...s, 'workshop']);
  }
  if (e.type === 'SupplementaryItemReported' || e.type === 'SupplementaryItemsDecided' || e.type === 'RepairOrderLeftShop') {
    keys.push([...s, 'supplementary-items', 'awaiting-decision']);
  }
  return keys;
}
