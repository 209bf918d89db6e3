import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-cn';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'dms.lang';

function storedLanguage(): Language {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(v ?? '') ? (v as Language) : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/**
 * zh-CN ships with the first screen; English is its own chunk, fetched when someone switches to
 * it (or starts in it), which keeps the initial JavaScript within its budget.
 */
const lazyEnglish = {
  type: 'backend' as const,
  init: () => undefined,
  read(language: string, _namespace: string, done: (error: unknown, data: unknown) => void) {
    if (language !== 'en') {
      done(null, zhCN);
      return;
    }
    import('./en').then((m) => done(null, m.en), (error: unknown) => done(error, null));
  },
};

void i18n.use(lazyEnglish).use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  partialBundledLanguages: true,
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

function applyLanguage(lng: string) {
  document.documentElement.lang = lng;
  document.title = i18n.t('app.name');
}
applyLanguage(i18n.language);
i18n.on('languageChanged', (lng) => {
  applyLanguage(lng);
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    /* not persisted in private mode */
  }
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export default i18n;
