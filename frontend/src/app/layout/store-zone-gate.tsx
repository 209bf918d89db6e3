import type { ReactNode } from 'react';
import { LoadingState } from '@/components/page-states';
import { useStore } from '@/features/me/api/get-store';
import { useCurrentStore } from '@/lib/current-store';
import { StoreZoneProvider } from '@/lib/store-zone';
import { DEFAULT_ZONE } from '@/lib/zoned-time';

/**
 * Loads the current store's time zone before its screens render, so that no appointment
 * time ever shows in the tablet's zone first. If the store cannot be read the screens still
 * work in the default zone (and show their own errors).
 */
export function StoreZoneGate({ children }: { children: ReactNode }) {
  const { store } = useCurrentStore();
  const details = useStore(store.code);
  if (details.isPending) return <LoadingState />;
  return <StoreZoneProvider zone={details.data?.timezone ?? DEFAULT_ZONE}>{children}</StoreZoneProvider>;
}
