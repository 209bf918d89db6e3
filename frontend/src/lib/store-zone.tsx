import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_ZONE } from './zoned-time';

/**
 * The current store's IANA time zone. Every appointment time is shown on the store's wall
 * clock, not the tablet's. Provided by the app shell once the store is loaded.
 */
const StoreZoneContext = createContext<string>(DEFAULT_ZONE);

export function StoreZoneProvider({ zone, children }: { zone: string; children: ReactNode }) {
  return <StoreZoneContext.Provider value={zone}>{children}</StoreZoneContext.Provider>;
}

export function useStoreZone(): string {
  return useContext(StoreZoneContext);
}
