import { Button, Center, Stack, Text, Title } from '@mantine/core';
import type { UserManager } from 'oidc-client-ts';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { LoadingState } from '@/components/page-states';
import { configureApiAuth } from '@/lib/api-client';
import { rolesFromAccessToken } from '@/lib/auth';
import { SessionProvider, type Session } from '@/lib/session';

function returnPath(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

/**
 * Nothing of the app renders before the user has signed in through Keycloak (authorization
 * code + PKCE). Expired sessions end in a fresh sign-in that returns to the same page.
 */
export function AuthGate({ userManager, children }: { userManager: UserManager; children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const redirecting = useRef(false);

  const signIn = useMemo(
    () => () => {
      if (redirecting.current) return;
      redirecting.current = true;
      void auth.signinRedirect({ state: { returnTo: returnPath() } }).catch(() => {
        redirecting.current = false;
      });
    },
    [auth],
  );

  useEffect(() => {
    configureApiAuth({
      getAccessToken: async () => (await userManager.getUser())?.access_token ?? null,
      onUnauthorized: () => {
        // The token was refused (expired, revoked, Keycloak restarted): sign in again.
        void userManager.removeUser().then(signIn);
      },
    });
  }, [userManager, signIn]);

  const needsSignIn = !auth.isLoading && !auth.isAuthenticated && !auth.error && !auth.activeNavigator;
  useEffect(() => {
    if (needsSignIn) signIn();
  }, [needsSignIn, signIn]);

  const accessToken = auth.user?.access_token;
  const profile = auth.user?.profile;
  const session = useMemo<Session | null>(() => {
    if (!accessToken) return null;
    return {
      username: profile?.preferred_username ?? profile?.sub ?? '',
      roles: rolesFromAccessToken(accessToken),
      signOut: () => {
        // The API answers kept for a reload offline (the service worker's dms-api cache) are this user's: gone with them.
        if (typeof caches !== 'undefined') void caches.delete('dms-api').catch(() => undefined);
        void auth.signoutRedirect({ id_token_hint: auth.user?.id_token }).catch(() => auth.removeUser());
      },
    };
  }, [accessToken, profile, auth]);

  if (auth.activeNavigator === 'signoutRedirect') return <LoadingState label={t('auth.signingOut')} />;
  if (auth.isAuthenticated && session) return <SessionProvider value={session}>{children}</SessionProvider>;
  if (auth.error && !auth.isLoading) {
    return (
      <Center mih="100vh" p="lg">
        <Stack align="center" gap="md" maw={480} role="alert">
          <Title order={1} fz={24}>
            {t('auth.signInFailed')}
          </Title>
          <Text ta="center">{auth.error.message}</Text>
          <Button
            onClick={() => {
              redirecting.current = false;
              window.history.replaceState(null, '', '/');
              signIn();
            }}
          >
            {t('auth.signInAgain')}
          </Button>
        </Stack>
      </Center>
    );
  }
  return <LoadingState label={t('auth.signingIn')} />;
}
