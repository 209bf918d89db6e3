import { storeKey } from '@/lib/query-keys';

/** Everything appointment-related of a store lives under one key: a booking or a status change refreshes calendar, board and lists. */
export const appointmentsKey = (store: string) => [...storeKey(store), 'appointments'] as const;
export const setupKey = (store: string) => [...storeKey(store), 'setup'] as const;
