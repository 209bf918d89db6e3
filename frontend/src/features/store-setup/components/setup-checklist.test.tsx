import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SetupReadiness } from '@/lib/api-types';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { SetupChecklist } from './setup-checklist';

const readiness: SetupReadiness = {
  store: 'BJ01',
  readyForBookings: false,
  items: [
    { key: 'OPENING_HOURS', done: true, required: true, count: 7, missing: [] },
    { key: 'ADVISOR', done: false, required: true, count: 0, missing: [] },
    { key: 'SERVICE_TYPES_STAFFED', done: false, required: true, count: 1, missing: ['ALIGN'] },
    { key: 'CANNED_JOB', done: false, required: false, count: 0, missing: [] },
  ],
};

describe('set-up checklist on the manager home (issue 8)', () => {
  it('shows what is done and missing, each linking to its set-up screen', async () => {
    stubFetch({ 'GET /api/stores/BJ01/setup-readiness': () => json(readiness) });
    renderWithApp(<SetupChecklist store="BJ01" />, { roles: ['service-manager'] });
    expect(await screen.findByTestId('setup-ready')).toHaveTextContent('尚不能接受预约');
    expect(screen.getByTestId('setup-item-OPENING_HOURS')).toHaveAttribute('data-done', 'true');
    expect(screen.getByTestId('setup-item-OPENING_HOURS')).toHaveTextContent('已完成（7）');
    expect(screen.getByTestId('setup-item-ADVISOR')).toHaveTextContent('缺少');
    expect(screen.getByRole('link', { name: '至少一位服务顾问' })).toHaveAttribute('href', '/setup?tab=advisors');
    expect(screen.getByTestId('setup-item-SERVICE_TYPES_STAFFED')).toHaveTextContent('ALIGN');
    expect(screen.getByTestId('setup-item-CANNED_JOB')).toHaveTextContent('建议设置');
  });

  it('says so when the store is ready', async () => {
    stubFetch({ 'GET /api/stores/BJ01/setup-readiness': () => json({ ...readiness, readyForBookings: true, items: [readiness.items[0]] }) });
    renderWithApp(<SetupChecklist store="BJ01" />, { roles: ['service-manager'] });
    expect(await screen.findByTestId('setup-ready')).toHaveTextContent('可以接受预约');
  });

  it('shows the error state with the server detail', async () => {
    stubFetch({ 'GET /api/stores/BJ01/setup-readiness': () => problem({ status: 500, title: 'Error', detail: '服务器错误' }) });
    renderWithApp(<SetupChecklist store="BJ01" />, { roles: ['service-manager'] });
    expect(await screen.findByText('服务器错误')).toBeInTheDocument();
  });
});
