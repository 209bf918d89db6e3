import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Me } from '@/lib/api-types';

export async function getMe(): Promise<Me> {
  return (await unwrap(api.GET('/api/me'))).data;
}

/** The signed-in user: display name, roles and the stores they may work in. */
export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: getMe, staleTime: 5 * 60_000 });
}
