import { storeKey } from '@/lib/query-keys';

export const catalogueKey = (store: string) => [...storeKey(store), 'catalogue'] as const;
