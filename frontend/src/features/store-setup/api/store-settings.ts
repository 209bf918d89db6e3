import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { StoreSettings, StoreSettingsRequest } from '@/lib/api-types';
import { setupKey } from './keys';

export async function getStoreSettings(store: string): Promise<StoreSettings> {
  return (await unwrap(api.GET('/api/stores/{store}/settings', { params: { path: { store } } }))).data;
}

export function useStoreSettings(store: string) {
  return useQuery({ queryKey: [...setupKey(store), 'settings'], queryFn: () => getStoreSettings(store) });
}

/** Replaces the settings with If-Match on the version read (a 412 means someone else saved first). */
export function useSaveStoreSettings(store: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: StoreSettingsRequest }) =>
      (await unwrap(api.PUT('/api/stores/{store}/settings', { params: { path: { store }, header: { 'If-Match': `"${version}"` } }, body }))).data,
    onSuccess: () => void client.invalidateQueries({ queryKey: setupKey(store) }),
  });
}
