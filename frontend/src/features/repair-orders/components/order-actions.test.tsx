import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { aRepairOrder } from '@/test/repair-order-fixtures';
import { OrderActions } from './order-actions';

describe('OrderActions', () => {
  it('offers only what the server says the order allows', () => {
    renderWithApp(<OrderActions store="BJ01" order={aRepairOrder({ availableActions: ['sign', 'decline', 'cancel'] })} />);
    expect(screen.getByTestId('decline-order')).toBeInTheDocument();
    expect(screen.getByTestId('cancel-order')).toBeInTheDocument();
    expect(screen.getByTestId('continue-check-in')).toHaveTextContent('客户签字');
    expect(screen.queryByTestId('release-order')).not.toBeInTheDocument();
  });

  it('offers the release note and the release for a declined order, and nothing else', () => {
    renderWithApp(<OrderActions store="BJ01" order={aRepairOrder({ status: 'DECLINED', availableActions: ['release'] })} />);
    expect(screen.getByTestId('print-release-note')).toHaveAttribute('href', '/repair-orders/ro-1/print');
    expect(screen.getByTestId('release-order')).toBeInTheDocument();
    expect(screen.queryByTestId('decline-order')).not.toBeInTheDocument();
    expect(screen.queryByTestId('continue-check-in')).not.toBeInTheDocument();
  });

  it('asks for the reason and declines with If-Match', { timeout: 15_000 }, async () => {
    const spy = stubFetch({
      'POST /api/stores/BJ01/repair-orders/ro-1/decline': () => json(aRepairOrder({ status: 'DECLINED', availableActions: ['release'], version: 3 }), 200, { ETag: '"3"' }),
    });
    renderWithApp(<OrderActions store="BJ01" order={aRepairOrder({ availableActions: ['submit-for-signature', 'decline', 'cancel'], version: 2 })} />);
    await userEvent.click(screen.getByTestId('decline-order'));
    expect(await screen.findByTestId('confirm-reason')).toBeDisabled();
    fireEvent.change(await screen.findByTestId('reason-input'), { target: { value: '客户决定暂不维修' } });
    await userEvent.click(screen.getByTestId('confirm-reason'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/decline')).toHaveLength(1));
    const sent = requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/decline');
    expect(sent[0]?.headers.get('If-Match')).toBe('"2"');
    expect(await sent[0]?.clone().json()).toEqual({ reason: '客户决定暂不维修' });
  });
});
