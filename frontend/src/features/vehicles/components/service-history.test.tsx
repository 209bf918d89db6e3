import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { ServiceHistory } from './service-history';

const visit = {
  repairOrderId: 'ro-1',
  number: 'ROBJ010000007',
  date: '2026-11-23',
  odometerKm: 25000,
  advisorId: 'adv-1',
  advisorName: '王顾问',
  requestedWork: '1万公里保养',
  status: 'OPEN',
  lines: [{ kind: 'JOB', description: '更换机油及机滤', payType: 'CUSTOMER', amount: 150 }],
  currency: 'CNY',
  total: 169.5,
  customerPayable: 169.5,
};

describe('ServiceHistory', () => {
  it('lists the visits from the repair orders with odometer, advisor, work, amount and status, and pages on', async () => {
    stubFetch({ 'GET /api/stores/BJ01/vehicles/veh-1/service-history': () => json({ items: [visit], nextCursor: 'next' }) });
    renderWithApp(<ServiceHistory store="BJ01" vehicleId="veh-1" />);
    const row = await screen.findByTestId('service-visit');
    expect(row).toHaveTextContent('ROBJ010000007');
    expect(row).toHaveTextContent('25,000 公里');
    expect(row).toHaveTextContent('王顾问');
    expect(row).toHaveTextContent('更换机油及机滤');
    expect(row).toHaveTextContent('169.50');
    expect(row).toHaveTextContent('已开单');
    expect(screen.getByRole('button', { name: '加载更多' })).toBeInTheDocument();
  });

  it('says so when the vehicle has no visit yet', async () => {
    stubFetch({ 'GET /api/stores/BJ01/vehicles/veh-1/service-history': () => json({ items: [], nextCursor: null }) });
    renderWithApp(<ServiceHistory store="BJ01" vehicleId="veh-1" />);
    expect(await screen.findByText('暂无维修记录')).toBeInTheDocument();
  });
});
