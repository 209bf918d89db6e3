import { Code, Container, Title } from '@mantine/core';
import { useState } from 'react';
import { AuthProvider } from 'react-oidc-context';
import type { User } from 'oidc-client-ts';
import { createUserManager } from '@/lib/auth';
import { env, EnvError } from '@/lib/env';
import { createQueryClient } from '@/lib/query-client';
import { AuthGate } from './auth-gate';
import { isPublicPath, PublicApp } from './public-app';
import { UiProviders } from './providers';
import { AppRouter } from './router';

function onSigninCallback(user: User | undefined) {
  // Back to where the user was before Keycloak; drop ?code=&state= from the address bar.
  const state = user?.state as { returnTo?: unknown } | undefined;
  const returnTo = typeof state?.returnTo === 'string' && state.returnTo.startsWith('/') && !state.returnTo.startsWith('/auth/') ? state.returnTo : '/';
  window.history.replaceState(null, document.title, returnTo);
}

function ConfigError({ error }: { error: Error }) {
  return (
    <Container py="xl">
      <Title order={1} fz={24} mb="md">
        前端配置错误 / Frontend configuration error
      </Title>
      <Code block>{error.message}</Code>
    </Container>
  );
}

export function App() {
  const [setup] = useState(() => {
    try {
      const e = env();
      return { userManager: createUserManager(e), queryClient: createQueryClient(), error: null };
    } catch (error) {
      if (error instanceof EnvError) return { userManager: null, queryClient: createQueryClient(), error };
      throw error;
    }
  });
  if (isPublicPath(window.location.pathname)) {
    // R-REP-3 (c): the customer's approval page works without an account: no OIDC provider, no sign-in redirect.
    return (
      <UiProviders queryClient={setup.queryClient}>
        <PublicApp />
      </UiProviders>
    );
  }
  return (
    <UiProviders queryClient={setup.queryClient}>
      {setup.error || !setup.userManager ? (
        <ConfigError error={setup.error ?? new Error('no user manager')} />
      ) : (
        <AuthProvider userManager={setup.userManager} onSigninCallback={onSigninCallback}>
          <AuthGate userManager={setup.userManager}>
            <AppRouter />
          </AuthGate>
        </AuthProvider>
      )}
    </UiProviders>
  );
}
