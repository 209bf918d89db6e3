import { storeKey } from '@/lib/query-keys';

/** Everything about one order's supplementary items and authorization lives under one key, so a decision refreshes it all. */
export const approvalKey = (store: string, orderId: string) => [...storeKey(store), 'repair-orders', orderId, 'approval'] as const;
/** The order itself (the repair-orders feature's key): approved lines and the new promised time appear on it. */
export const orderKey = (store: string, orderId: string) => [...storeKey(store), 'repair-orders', orderId] as const;
