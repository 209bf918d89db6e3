import { storeKey } from '@/lib/query-keys';

/** The store's set-up lives under ['stores', store, 'setup'] — the same key booking reads advisors, bays and settings from, so a change refreshes both. */
export const setupKey = (store: string) => [...storeKey(store), 'setup'] as const;
