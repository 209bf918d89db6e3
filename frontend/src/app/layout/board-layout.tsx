import { Center } from '@mantine/core';
import { Suspense } from 'react';
import { Outlet, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/page-states';
import { useMe } from '@/features/me/api/get-me';
import { CurrentStoreProvider } from '@/lib/current-store';
import { RouteErrorBoundary } from '../routes/route-error';
import { StoreZoneGate } from './store-zone-gate';

/**
 * Full-screen screens without the app chrome (the reception TV's welcome board). The store
 * is the remembered one, or `?store=BJ01` for a TV that should always show one store.
 */
export function BoardLayout() {
  const me = useMe();
  const [params] = useSearchParams();
  if (me.isPending) return <LoadingState />;
  if (me.error) {
    return (
      <Center mih="100vh">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </Center>
    );
  }
  const wanted = params.get('store');
  const stores = wanted && me.data.stores.some((s) => s.code === wanted) ? [...me.data.stores.filter((s) => s.code === wanted)] : me.data.stores;
  if (stores.length === 0) return <ErrorState error={new Error('no store')} />;
  return (
    <CurrentStoreProvider stores={stores}>
      <main id="main" className="board-main">
        <RouteErrorBoundary>
          <StoreZoneGate>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </StoreZoneGate>
        </RouteErrorBoundary>
      </main>
    </CurrentStoreProvider>
  );
}
