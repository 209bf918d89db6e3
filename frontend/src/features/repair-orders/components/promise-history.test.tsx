import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onDeviceInZone } from '@/test/device-zone';
import { renderWithApp } from '@/test/render';
import { aRepairOrder } from '@/test/repair-order-fixtures';
import { PromiseHistory } from './promise-history';

describe('the promised delivery history (R-REP-2)', () => {
  onDeviceInZone('America/Los_Angeles');

  it('shows the promise, the workshop’s expected completion, the late badge and every move with its reason in store time', () => {
    const order = aRepairOrder({
      promisedDeliveryAt: '2030-01-08T09:00:00Z',
      expectedCompletionAt: '2030-01-08T09:00:00Z',
      late: true,
      promiseRevisions: [
        { id: 'r1', previousAt: '2030-01-08T05:00:00Z', revisedTo: '2030-01-08T09:00:00Z', reason: 'PROGRESS_CHECK', note: '变速箱油到货延迟', reference: 'pc-1', revisedBy: 'advisor', revisedAt: '2030-01-08T02:30:00Z' },
      ],
    });
    renderWithApp(<PromiseHistory order={order} />);
    expect(screen.getByTestId('expected-completion')).toHaveTextContent('17:00');
    expect(screen.getByTestId('order-late')).toHaveTextContent('逾期');
    const row = within(screen.getByTestId('promise-revisions')).getByTestId('promise-revision');
    expect(row).toHaveTextContent('10:30');
    expect(row).toHaveTextContent('13:00');
    expect(row).toHaveTextContent('17:00');
    expect(row).toHaveTextContent('进度检查：变速箱油到货延迟');
    expect(row).toHaveTextContent('advisor');
  });

  it('says so when the promise never moved', () => {
    renderWithApp(<PromiseHistory order={aRepairOrder({ promisedDeliveryAt: '2030-01-08T09:00:00Z' })} />);
    expect(screen.getByText('承诺交车时间未调整过。')).toBeInTheDocument();
    expect(screen.queryByTestId('order-late')).not.toBeInTheDocument();
  });
});
