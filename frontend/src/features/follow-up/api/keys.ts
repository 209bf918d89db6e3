import { storeKey } from '@/lib/query-keys';

export const followUpKey = (store: string) => [...storeKey(store), 'follow-up'] as const;
