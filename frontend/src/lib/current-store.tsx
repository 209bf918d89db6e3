import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type StoreRef = { code: string; name: string };

type CurrentStore = {
  store: StoreRef;
  stores: StoreRef[];
  setStore: (code: string) => void;
};

const STORAGE_KEY = 'dms.store';
const CurrentStoreContext = createContext<CurrentStore | null>(null);

function remembered(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The store the user works in (every archive record belongs to one); the choice is remembered. */
export function CurrentStoreProvider({ stores, children }: { stores: StoreRef[]; children: ReactNode }) {
  const [code, setCode] = useState<string | null>(remembered);
  const store = stores.find((s) => s.code === code) ?? stores[0];
  const setStore = useCallback((next: string) => {
    setCode(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }, []);
  const value = useMemo(() => (store ? { store, stores, setStore } : null), [store, stores, setStore]);
  if (!value) throw new Error('CurrentStoreProvider needs at least one store');
  return <CurrentStoreContext.Provider value={value}>{children}</CurrentStoreContext.Provider>;
}

export function useCurrentStore(): CurrentStore {
  const s = useContext(CurrentStoreContext);
  if (!s) throw new Error('useCurrentStore outside CurrentStoreProvider');
  return s;
}
