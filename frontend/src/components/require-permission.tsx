import type { ReactNode } from 'react';
import { useCan, type Permission } from '@/lib/authorization';
import { NoPermission } from './no-permission';

/** Guards a screen: a role without the permission gets a "no permission" page, not a broken form. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useCan(permission) ? children : <NoPermission />;
}

/** Renders its children only for roles with the permission (buttons, links). */
export function Can({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useCan(permission) ? children : null;
}
