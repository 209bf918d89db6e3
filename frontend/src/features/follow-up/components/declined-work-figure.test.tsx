import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { DeclinedWorkFigure } from './declined-work-figure';

describe('the declined-work figure (issue 11)', () => {
  it('shows this month’s declined amount and what a later visit sold again', async () => {
    stubFetch({
      'GET /api/stores/BJ01/declined-work/report': () =>
        json({ from: '2030-01-01', to: '2030-01-08', declinedItems: 2, declinedAmount: 645, recapturedItems: 1, recapturedAmount: 300, recapturedPercent: 46.5, followUps: 1, openItems: 1 }),
    });
    renderWithApp(<DeclinedWorkFigure store="BJ01" />, { roles: ['customer-service'] });
    expect(await screen.findByTestId('declined-work-figures')).toHaveTextContent('未修 2 项 ¥645.00 · 已回收 1 项 ¥300.00（46.5%）· 已回访 1');
  });
});
