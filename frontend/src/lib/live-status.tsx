import { createContext, useContext } from 'react';

/**
 * Whether the store's live stream is connected (issue 9). live: changes arrive as they happen;
 * connecting / reconnecting: the stream is being (re)opened; off: it cannot be opened (no access).
 * While it is not live, screens poll instead ({@link useFallbackInterval}).
 */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'off';

const LiveStatusContext = createContext<LiveStatus>('off');

export const LiveStatusProvider = LiveStatusContext.Provider;

export function useLiveStatus(): LiveStatus {
  return useContext(LiveStatusContext);
}

/** A query's refetchInterval: none while the stream is live (its events refresh the data), `ms` while it is down. */
export function useFallbackInterval(ms: number): number | false {
  return useLiveStatus() === 'live' ? false : ms;
}
