import { EventStreamContentType, fetchEventSource } from '@microsoft/fetch-event-source';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { apiUrl, authorizedFetch } from '@/lib/api-client';
import type { LiveEvent } from '@/lib/api-types';
import { LiveStatusProvider, type LiveStatus } from '@/lib/live-status';
import { storeKey } from '@/lib/query-keys';
import { keysFor } from './live-keys';

/** The stream answered for good (no access to the store): stop, and let the screens poll. */
class StreamRefused extends Error {}
/** The stream broke or the server ended it (token lifetime): open it again. */
class StreamEnded extends Error {}

/** Waits before the n-th retry: 1 s, 2 s, 4 s … at most 15 s. */
export function retryDelay(failures: number): number {
  return Math.min(1000 * 2 ** Math.max(0, failures - 1), 15_000);
}

/**
 * Keeps the store's screens current (issue 9): follows GET /events/stream with the user's bearer
 * token (a fetch-based SSE client: EventSource cannot send headers) and marks the queries an event
 * touches stale, so what is on screen is refetched within moments of a change made by anyone, on
 * any backend instance. Reconnects by itself, resuming after the last event (Last-Event-ID); after a
 * reconnect or a `resync` everything of the store is refetched. Provides the stream's status.
 */
export function LiveUpdates({ store, children }: { store: string; children: ReactNode }) {
  const qc = useQueryClient();
  // The status of this store's stream; a stream of another store (before a switch) counts as connecting.
  const [state, setState] = useState<{ store: string; status: LiveStatus }>({ store, status: 'connecting' });
  const status = state.store === store ? state.status : 'connecting';

  useEffect(() => {
    const ctrl = new AbortController();
    let failures = 0;
    let opened = false;
    const setStatus = (s: LiveStatus) => setState({ store, status: s });
    void fetchEventSource(apiUrl(`/api/stores/${encodeURIComponent(store)}/events/stream`), {
      signal: ctrl.signal,
      fetch: authorizedFetch,
      // A board on a wall screen or a tablet in a pocket: keep following while the tab is hidden.
      openWhenHidden: true,
      async onopen(response) {
        if (response.ok && response.headers.get('content-type')?.startsWith(EventStreamContentType)) {
          // What changed while the stream was down is not all replayable (a restarted server): refetch.
          if (opened) void qc.invalidateQueries({ queryKey: storeKey(store) });
          opened = true;
          failures = 0;
          setStatus('live');
          return;
        }
        if (response.status === 403 || response.status === 404) throw new StreamRefused(String(response.status));
        throw new StreamEnded(String(response.status));
      },
      onmessage(message) {
        if (message.event === 'resync') {
          void qc.invalidateQueries({ queryKey: storeKey(store) });
          return;
        }
        if (!message.data) return;
        let event: LiveEvent;
        try {
          event = JSON.parse(message.data) as LiveEvent;
        } catch {
          return;
        }
        for (const queryKey of keysFor(store, event)) void qc.invalidateQueries({ queryKey });
      },
      onclose() {
        throw new StreamEnded('closed');
      },
      onerror(error) {
        if (error instanceof StreamRefused) {
          setStatus('off');
          throw error;
        }
        failures += 1;
        setStatus('reconnecting');
        return retryDelay(failures);
      },
    }).catch(() => undefined);
    return () => ctrl.abort();
  }, [store, qc]);

  return <LiveStatusProvider value={status}>{children}</LiveStatusProvider>;
}
