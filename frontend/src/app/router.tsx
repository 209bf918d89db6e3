import { lazy } from 'react';
import { BrowserRouter, Navigate, useRoutes, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
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

export const routes: RouteObject[] = [
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
