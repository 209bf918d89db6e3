import type { Role } from './auth';
import { useSession } from './session';

/**
 * Roles → what the UI shows. The backend enforces the same rules; the UI only hides
 * what a role may not do.
 */
export type Permission = 'archive.read' | 'archive.write' | 'stores.manage';

const GRANTS: Record<Role, readonly Permission[]> = {
  advisor: ['archive.read', 'archive.write'],
  'customer-service': ['archive.read', 'archive.write'],
  'service-manager': ['archive.read', 'archive.write', 'stores.manage'],
  workshop: ['archive.read'],
  cashier: ['archive.read'],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => GRANTS[r].includes(permission));
}

export function useCan(permission: Permission): boolean {
  return can(useSession().roles, permission);
}
