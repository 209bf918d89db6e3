import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { theme } from '@/app/theme';
import type { Role } from '@/lib/auth';
import { CurrentStoreProvider } from '@/lib/current-store';
import { createQueryClient } from '@/lib/query-client';
import { SessionProvider } from '@/lib/session';
import { StoreZoneProvider } from '@/lib/store-zone';
import { DEFAULT_ZONE } from '@/lib/zoned-time';

/** `zone`: the store's time zone (the app shell provides it; default Asia/Shanghai). */
type Options = { roles?: Role[]; path?: string; route?: string; zone?: string };

/** Renders a screen with everything the app provides after sign-in (no real OIDC). */
export function renderWithApp(ui: ReactElement, { roles = ['advisor'], path = '/', route = '*', zone = DEFAULT_ZONE }: Options = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 }, mutations: { retry: false } });
  const signOut = () => undefined;
  return render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider value={{ username: 'tester', roles, signOut }}>
          <CurrentStoreProvider stores={[{ code: 'BJ01', name: '北京一店' }]}>
            <StoreZoneProvider zone={zone}>
              <MemoryRouter initialEntries={[path]}>
                <Routes>
                  <Route path={route} element={ui} />
                  <Route path="*" element={<div data-testid="elsewhere" />} />
                </Routes>
              </MemoryRouter>
            </StoreZoneProvider>
          </CurrentStoreProvider>
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}
