import { useTranslation } from 'react-i18next';
import './appointments-routes.css';
import { Link, useLocation } from 'react-router';
import { useCan } from '@/lib/authorization';

/** Calendar | readiness checklists: the two views of the appointments area. */
export function AppointmentsTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const canReadiness = useCan('readiness.read');
  if (!canReadiness) return null;
  const tabs = [
    { to: '/appointments', label: t('appointment.calendarTitle') },
    { to: '/appointments/readiness', label: t('readiness.title') },
  ];
  return (
    <nav aria-label={t('appointment.sections')} className="sub-tabs">
      {tabs.map((tab) => (
        <Link key={tab.to} to={tab.to} aria-current={pathname === tab.to ? 'page' : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
