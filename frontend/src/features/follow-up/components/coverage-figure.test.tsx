import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { CoverageFigure } from './coverage-figure';

describe('the follow-up coverage figure (R-FUP-3)', () => {
  it('shows each week’s coverage against the store’s sample share and marks a week below it', async () => {
    const spy = stubFetch({
      'GET /api/stores/BJ01/follow-up/coverage': () =>
        json({
          samplePercent: 50,
          weeks: [
            { weekStart: '2030-01-07', delivered: 10, decided: 8, sampled: 5, surveyed: 3, sampledPercent: 62.5, coveragePercent: 30.0, strata: [] },
            { weekStart: '2029-12-31', delivered: 4, decided: 4, sampled: 2, surveyed: 2, sampledPercent: 50.0, coveragePercent: 50.0, strata: [] },
          ],
        }),
    });
    renderWithApp(<CoverageFigure store="BJ01" />, { roles: ['service-manager'] });
    const weeks = await screen.findAllByTestId('coverage-week');
    expect(weeks).toHaveLength(2);
    expect(weeks[0]).toHaveTextContent('2030-01-07 周');
    expect(weeks[0]).toHaveTextContent('覆盖 30%：交车 10，抽样 5，已回访 3');
    expect(screen.getByText(/抽样不少于 50%/)).toBeInTheDocument();
    const [low, ok] = screen.getAllByTestId('coverage-percent');
    expect(low?.getAttribute('style') ?? '').not.toEqual(ok?.getAttribute('style') ?? '');
    expect(new URL(requestsTo(spy, 'GET', '/api/stores/BJ01/follow-up/coverage')[0]?.url ?? '').searchParams.get('weeks')).toBe('4');
  });
});
