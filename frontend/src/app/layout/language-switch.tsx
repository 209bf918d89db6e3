import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, type Language } from '@/i18n';

const LABELS: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** 中文 / English as two toggle buttons; the choice is kept in localStorage (see i18n/index.ts). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = currentLanguage();
  return (
    <div role="group" aria-label={t('shell.language')} className="lang-switch" data-testid="language-switch">
      {LANGUAGES.map((lng) => (
        <button key={lng} type="button" lang={lng} aria-pressed={current === lng} onClick={() => void i18n.changeLanguage(lng)}>
          {LABELS[lng]}
        </button>
      ))}
    </div>
  );
}
