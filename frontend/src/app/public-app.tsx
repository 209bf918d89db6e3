import { Center, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, useRoutes } from 'react-router';
import { LoadingState } from '@/components/page-states';

const CustomerApprovalRoute = lazy(() => import('./routes/approval/customer-approval-route').then((m) => ({ default: m.CustomerApprovalRoute })));

/** Paths a customer opens from a message, without signing in (no OIDC provider is mounted for them). */
export const PUBLIC_PATH = /^\/approve\//;

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATH.test(pathname);
}

function PublicNotFound() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="lg">
      <Stack align="center" role="alert">
        <Title order={1} fz={24}>{t('customerApproval.invalidTitle')}</Title>
        <Text ta="center">{t('customerApproval.invalidBody')}</Text>
      </Stack>
    </Center>
  );
}

function PublicRoutes() {
  return useRoutes([
    { path: 'approve/:store/:token', element: <CustomerApprovalRoute /> },
    { path: '*', element: <PublicNotFound /> },
  ]);
}

/** The customer's side of the app: its own small router, no app chrome, no sign-in. */
export function PublicApp() {
  return (
    <BrowserRouter>
      <main>
        <Suspense fallback={<LoadingState />}>
          <PublicRoutes />
        </Suspense>
      </main>
    </BrowserRouter>
  );
}
