import { Button, Center, Group, Stack, Text } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LiveIndicator } from '@/components/live-indicator';
import { ErrorState, LoadingState } from '@/components/page-states';
import { AwaitingDecisionBadge } from '@/features/approvals/components/awaiting-decision-badge';
import { useMe } from '@/features/me/api/get-me';
import { StoreSwitcher } from '@/features/me/components/store-switcher';
import { can, type Permission } from '@/lib/authorization';
import { CurrentStoreProvider, useCurrentStore } from '@/lib/current-store';
import { useSession } from '@/lib/session';
import { LiveUpdates } from '../live/live-updates';
import { RouteErrorBoundary } from '../routes/route-error';
import { LanguageSwitch } from './language-switch';
import { StoreZoneGate } from './store-zone-gate';

/**
 * Navigation entries, each shown to the roles that may use it. Later contexts (接车, 维修单,
 * 车间看板 …) add theirs here once their screens exist — no dead links before that.
 */
type NavLabel = 'shell.archive' | 'shell.appointments' | 'shell.checkIn' | 'shell.repairOrders' | 'shell.workshopBoard' | 'shell.myJobs' | 'shell.board' | 'shell.tasks' | 'shell.followUp' | 'shell.complaints' | 'shell.catalogue' | 'shell.campaigns' | 'shell.qualityCheck' | 'shell.settlement' | 'shell.integrations' | 'shell.setup';
const NAV: readonly { to: string; labelKey: NavLabel; paths: readonly string[]; permission: Permission }[] = [
  { to: '/', labelKey: 'shell.archive', paths: ['/', '/customers', '/vehicles'], permission: 'archive.read' },
  { to: '/appointments', labelKey: 'shell.appointments', paths: ['/appointments'], permission: 'appointments.read' },
  { to: '/check-in', labelKey: 'shell.checkIn', paths: ['/check-in'], permission: 'repairOrders.checkIn' },
  { to: '/repair-orders', labelKey: 'shell.repairOrders', paths: ['/repair-orders'], permission: 'repairOrders.read' },
  { to: '/workshop/board', labelKey: 'shell.workshopBoard', paths: ['/workshop/board'], permission: 'workshop.board' },
  { to: '/workshop/my-jobs', labelKey: 'shell.myJobs', paths: ['/workshop/my-jobs'], permission: 'workshop.clock' },
  { to: '/quality-check', labelKey: 'shell.qualityCheck', paths: ['/quality-check'], permission: 'qualityCheck.read' },
  { to: '/settlement', labelKey: 'shell.settlement', paths: ['/settlement'], permission: 'settlement.read' },
  { to: '/board', labelKey: 'shell.board', paths: ['/board'], permission: 'appointments.read' },
  { to: '/follow-up', labelKey: 'shell.followUp', paths: ['/follow-up'], permission: 'followUp.work' },
  { to: '/complaints', labelKey: 'shell.complaints', paths: ['/complaints'], permission: 'followUp.work' },
  { to: '/tasks', labelKey: 'shell.tasks', paths: ['/tasks'], permission: 'tasks.read' },
  { to: '/catalogue', labelKey: 'shell.catalogue', paths: ['/catalogue'], permission: 'catalogue.manage' },
  { to: '/campaigns', labelKey: 'shell.campaigns', paths: ['/campaigns'], permission: 'campaigns.manage' },
  { to: '/integrations', labelKey: 'shell.integrations', paths: ['/integrations'], permission: 'integrations.manage' },
  { to: '/setup', labelKey: 'shell.setup', paths: ['/setup'], permission: 'stores.manage' },
];

function isActive(pathname: string, paths: readonly string[]): boolean {
  return paths.some((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(p + '/')));
}

/** The store's live stream around everything under the chrome: each screen follows changes as they happen (issue 9). */
function StoreLiveUpdates({ children }: { children: ReactNode }) {
  const { store } = useCurrentStore();
  return <LiveUpdates store={store.code}>{children}</LiveUpdates>;
}

/** R-REP-3: advisors see on the order list's entry how many supplementary items wait for a customer. */
function NavBadge({ labelKey }: { labelKey: NavLabel }) {
  const { store } = useCurrentStore();
  const { roles } = useSession();
  if (labelKey !== 'shell.repairOrders' || !can(roles, 'approvals.decide')) return null;
  return <AwaitingDecisionBadge store={store.code} compact />;
}

function UserBox({ displayName }: { displayName: string }) {
  const { t } = useTranslation();
  const { roles, signOut } = useSession();
  return (
    <Group gap="sm" wrap="nowrap">
      <div className="user-box">
        <strong data-testid="user-name">{displayName}</strong>
        <span className="user-roles" data-testid="user-roles">
          {roles.map((r) => t(`roles.${r}`)).join(' · ')}
        </span>
      </div>
      <Button variant="white" size="md" h={44} onClick={signOut} data-testid="logout">
        {t('auth.logout')}
      </Button>
    </Group>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const { username, roles, signOut } = useSession();

  if (me.isPending) return <LoadingState />;
  if (me.error) {
    return (
      <Center mih="100vh">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </Center>
    );
  }
  if (me.data.stores.length === 0) {
    return (
      <Center mih="100vh" p="lg">
        <Stack align="center">
          <Text fz="lg" role="alert">
            {t('auth.noStores')}
          </Text>
          <Button onClick={signOut}>{t('auth.logout')}</Button>
        </Stack>
      </Center>
    );
  }

  return (
    <CurrentStoreProvider stores={me.data.stores}>
      <StoreLiveUpdates>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-bar">
          <Group gap="md" wrap="nowrap">
            <Link to="/" className="app-brand">
              {t('app.name')}
            </Link>
            <StoreSwitcher onChange={() => void navigate('/')} />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LiveIndicator />
            <LanguageSwitch />
            <UserBox displayName={me.data.displayName || username} />
          </Group>
        </div>
        <nav aria-label={t('shell.nav')} className="main-nav">
          {NAV.filter((n) => can(roles, n.permission)).map((n) => (
            <Link key={n.to} to={n.to} aria-current={isActive(location.pathname, n.paths) ? 'page' : undefined}>
              {t(n.labelKey)}
              <NavBadge labelKey={n.labelKey} />
            </Link>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {/* A new screen resets a previous screen's error. */}
        <RouteErrorBoundary key={location.pathname}>
          <StoreZoneGate>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </StoreZoneGate>
        </RouteErrorBoundary>
      </main>
      </StoreLiveUpdates>
    </CurrentStoreProvider>
  );
}
