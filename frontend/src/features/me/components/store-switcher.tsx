import { useTranslation } from 'react-i18next';
import { useCurrentStore } from '@/lib/current-store';

/**
 * The store the user works in. A native select: the tablet's own picker, and no popover
 * code in the initial bundle.
 */
export function StoreSwitcher({ onChange }: { onChange?: (code: string) => void }) {
  const { t } = useTranslation();
  const { store, stores, setStore } = useCurrentStore();
  if (stores.length < 2) {
    return (
      <span className="header-chip" aria-label={t('shell.store')} data-testid="store-name">
        {store.name}
      </span>
    );
  }
  return (
    <select
      className="header-select"
      aria-label={t('shell.store')}
      value={store.code}
      onChange={(e) => {
        const code = e.currentTarget.value;
        if (code !== store.code) {
          setStore(code);
          onChange?.(code);
        }
      }}
      data-testid="store-switcher"
    >
      {stores.map((s) => (
        <option key={s.code} value={s.code}>
          {s.name}
        </option>
      ))}
    </select>
  );
}
