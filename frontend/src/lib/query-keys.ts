/**
 * Every archive query key starts with ['stores', storeCode]: a write invalidates its store's
 * archive without one feature having to know another's keys.
 */
export const storeKey = (store: string) => ['stores', store] as const;
