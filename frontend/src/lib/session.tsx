import { createContext, useContext, type ReactNode } from 'react';
import type { Role } from './auth';

/** Who is signed in, as the UI needs it. Provided by the auth gate (or by tests). */
export type Session = {
  username: string;
  roles: Role[];
  signOut: () => void;
};

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ value, children }: { value: Session; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
