import { lazy } from 'react';
import { BrowserRouter, Navigate, useRoutes, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { BoardLayout } from './layout/board-layout';
import { NotFoundRoute } from './routes/not-found-route';

// Screens are lazy chunks: the initial download is the shell; each screen comes when opened.
// (Declarative routing, not the data router: the data router would add ~12 KB gzipped for
// loaders/actions this app does not use — data comes through TanStack Query.)
const ArchiveRoute = lazy(() => import('./routes/archive/archive-route').then((m) => ({ default: m.ArchiveRoute })));
const NewCustomerRoute = lazy(() => import('./routes/customers/new-customer-route').then((m) => ({ default: m.NewCustomerRoute })));
const CustomerDetailRoute = lazy(() => import('./routes/customers/customer-detail-route').then((m) => ({ default: m.CustomerDetailRoute })));
const EditCustomerRoute = lazy(() => import('./routes/customers/edit-customer-route').then((m) => ({ default: m.EditCustomerRoute })));
const NewVehicleRoute = lazy(() => import('./routes/vehicles/new-vehicle-route').then((m) => ({ default: m.NewVehicleRoute })));
const VehicleDetailRoute = lazy(() => import('./routes/vehicles/vehicle-detail-route').then((m) => ({ default: m.VehicleDetailRoute })));
const EditVehicleRoute = lazy(() => import('./routes/vehicles/edit-vehicle-route').then((m) => ({ default: m.EditVehicleRoute })));
const AppointmentsRoute = lazy(() => import('./routes/appointments/appointments-route').then((m) => ({ default: m.AppointmentsRoute })));
const BookAppointmentRoute = lazy(() => import('./routes/appointments/book-appointment-route').then((m) => ({ default: m.BookAppointmentRoute })));
const AppointmentDetailRoute = lazy(() => import('./routes/appointments/appointment-detail-route').then((m) => ({ default: m.AppointmentDetailRoute })));
const ReadinessRoute = lazy(() => import('./routes/appointments/readiness-route').then((m) => ({ default: m.ReadinessRoute })));
const RepairOrderRoute = lazy(() => import('./routes/repair-orders/repair-order-route').then((m) => ({ default: m.RepairOrderRoute })));
const CheckInRoute = lazy(() => import('./routes/check-in/check-in-route').then((m) => ({ default: m.CheckInRoute })));
const CheckInOrderRoute = lazy(() => import('./routes/check-in/check-in-order-route').then((m) => ({ default: m.CheckInOrderRoute })));
const RepairOrdersRoute = lazy(() => import('./routes/repair-orders/repair-orders-route').then((m) => ({ default: m.RepairOrdersRoute })));
const RepairOrderPrintRoute = lazy(() => import('./routes/repair-orders/repair-order-print-route').then((m) => ({ default: m.RepairOrderPrintRoute })));
const ReportFindingRoute = lazy(() => import('./routes/repair-orders/report-finding-route').then((m) => ({ default: m.ReportFindingRoute })));
const ComplaintsRoute = lazy(() => import('./routes/complaints/complaints-route').then((m) => ({ default: m.ComplaintsRoute })));
const FollowUpRoute = lazy(() => import('./routes/follow-up/follow-up-route').then((m) => ({ default: m.FollowUpRoute })));
const TasksRoute = lazy(() => import('./routes/tasks/tasks-route').then((m) => ({ default: m.TasksRoute })));
const WorkshopBoardRoute = lazy(() => import('./routes/workshop/workshop-board-route').then((m) => ({ default: m.WorkshopBoardRoute })));
const MyJobsRoute = lazy(() => import('./routes/workshop/my-jobs-route').then((m) => ({ default: m.MyJobsRoute })));
const QualityCheckRoute = lazy(() => import('./routes/quality-check/quality-check-route').then((m) => ({ default: m.QualityCheckRoute })));
const SettlementRoute = lazy(() => import('./routes/settlement/settlement-route').then((m) => ({ default: m.SettlementRoute })));
const SettlementBillRoute = lazy(() => import('./routes/settlement/settlement-route').then((m) => ({ default: m.SettlementBillRoute })));
const ReceivablesRoute = lazy(() => import('./routes/receivables/receivables-route').then((m) => ({ default: m.ReceivablesRoute })));
const AccountStatementRoute = lazy(() => import('./routes/receivables/receivables-route').then((m) => ({ default: m.AccountStatementRoute })));
const WarrantyClaimsRoute = lazy(() => import('./routes/settlement/warranty-claims-route').then((m) => ({ default: m.WarrantyClaimsRoute })));
const SettlementPrintRoute = lazy(() => import('./routes/settlement/settlement-print-route').then((m) => ({ default: m.SettlementPrintRoute })));
const JobQualityCheckRoute = lazy(() => import('./routes/quality-check/quality-check-route').then((m) => ({ default: m.JobQualityCheckRoute })));
const CampaignsRoute = lazy(() => import('./routes/campaigns/campaigns-route').then((m) => ({ default: m.CampaignsRoute })));
const CatalogueRoute = lazy(() => import('./routes/catalogue/catalogue-route').then((m) => ({ default: m.CatalogueRoute })));
const IntegrationsRoute = lazy(() => import('./routes/integrations/integrations-route').then((m) => ({ default: m.IntegrationsRoute })));
const SubscriptionDeliveriesRoute = lazy(() => import('./routes/integrations/integrations-route').then((m) => ({ default: m.SubscriptionDeliveriesRoute })));
const SetupRoute = lazy(() => import('./routes/setup/setup-route').then((m) => ({ default: m.SetupRoute })));
const WelcomeBoardRoute = lazy(() => import('./routes/board/welcome-board-route').then((m) => ({ default: m.WelcomeBoardRoute })));

export const routes: RouteObject[] = [
  // The reception TV: full screen, no app chrome (R-APT-8).
  { element: <BoardLayout />, children: [{ path: 'board', element: <WelcomeBoardRoute /> }] },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <ArchiveRoute /> },
      { path: 'customers/new', element: <NewCustomerRoute /> },
      { path: 'customers/:customerId', element: <CustomerDetailRoute /> },
      { path: 'customers/:customerId/edit', element: <EditCustomerRoute /> },
      { path: 'customers/:customerId/vehicles/new', element: <NewVehicleRoute /> },
      { path: 'vehicles/:vehicleId', element: <VehicleDetailRoute /> },
      { path: 'vehicles/:vehicleId/edit', element: <EditVehicleRoute /> },
      { path: 'appointments', element: <AppointmentsRoute /> },
      { path: 'appointments/new', element: <BookAppointmentRoute /> },
      { path: 'appointments/readiness', element: <ReadinessRoute /> },
      { path: 'appointments/:appointmentId', element: <AppointmentDetailRoute /> },
      { path: 'check-in', element: <CheckInRoute /> },
      { path: 'check-in/:repairOrderId', element: <CheckInOrderRoute /> },
      { path: 'repair-orders', element: <RepairOrdersRoute /> },
      { path: 'repair-orders/:repairOrderId', element: <RepairOrderRoute /> },
      { path: 'repair-orders/:repairOrderId/print', element: <RepairOrderPrintRoute /> },
      { path: 'repair-orders/:repairOrderId/report-finding', element: <ReportFindingRoute /> },
      { path: 'follow-up', element: <FollowUpRoute /> },
      { path: 'complaints', element: <ComplaintsRoute /> },
      { path: 'tasks', element: <TasksRoute /> },
      { path: 'workshop/board', element: <WorkshopBoardRoute /> },
      { path: 'workshop/my-jobs', element: <MyJobsRoute /> },
      { path: 'catalogue', element: <CatalogueRoute /> },
      { path: 'campaigns', element: <CampaignsRoute /> },
      { path: 'quality-check', element: <QualityCheckRoute /> },
      { path: 'quality-check/jobs/:jobId', element: <JobQualityCheckRoute /> },
      { path: 'settlement', element: <SettlementRoute /> },
      { path: 'settlement/:settlementId', element: <SettlementBillRoute /> },
      { path: 'settlement/:settlementId/print', element: <SettlementPrintRoute /> },
      { path: 'integrations', element: <IntegrationsRoute /> },
      { path: 'integrations/:subscriptionId', element: <SubscriptionDeliveriesRoute /> },
      { path: 'warranty-claims', element: <WarrantyClaimsRoute /> },
      { path: 'receivables', element: <ReceivablesRoute /> },
      { path: 'receivables/accounts/:accountId/statement', element: <AccountStatementRoute /> },
      { path: 'setup', element: <SetupRoute /> },
      // The OIDC callback is handled before the router mounts; a stale bookmark lands here.
      { path: 'auth/callback', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

function AppRoutes() {
  return useRoutes(routes);
}

/** Mounted after sign-in, so it starts from the URL the sign-in callback restored. */
export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
