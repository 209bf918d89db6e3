import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { LanguageSwitch } from './language-switch';

function Title() {
  const { t } = useTranslation();
  return <h1>{t('archive.title')}</h1>;
}

describe('language switch', () => {
  it('defaults to Chinese, switches to English and remembers it', async () => {
    renderWithApp(
      <>
        <LanguageSwitch />
        <Title />
      </>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('客户档案');
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    // English is its own chunk, fetched on the switch: wait for it as the user does.
    expect(await screen.findByRole('heading', { name: 'Customer archive' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.localStorage.getItem('dms.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
