import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { offlineQueue } from '@/lib/offline-sync';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { SyncState } from './sync-state';

const PATH = '/api/stores/BJ01/repair-orders/ro-9/inspection';

describe('the check-in sync state (issue 14)', () => {
  it('shows a write refused as stale with keep mine / discard mine; keep mine re-sends it on the current version with the same Idempotency-Key', async () => {
    let puts = 0;
    const spy = stubFetch({
      [`PUT ${PATH}`]: () =>
        ++puts === 1
          ? problem({ status: 412, title: 'Precondition failed', detail: 'The record was changed since you read it' })
          : json({ id: 'i-1', version: 8, damageMarks: [] }, 200, { ETag: '"8"' }),
      [`GET ${PATH}`]: () => json({ id: 'i-1', version: 7, damageMarks: [] }, 200, { ETag: '"7"' }),
    });
    renderWithApp(<SyncState store="BJ01" orderId="ro-9" />);
    expect(await screen.findByText('已全部保存')).toBeInTheDocument();
    await offlineQueue.enqueue({ store: 'BJ01', orderId: 'ro-9', change: { type: 'inspection-update', body: { odometer: 12_000 } }, baseEtag: '"5"' });

    expect(await screen.findByTestId('sync-conflict')).toHaveTextContent('The record was changed since you read it');
    expect(screen.getByTestId('sync-state')).toHaveTextContent('1 项待同步');
    await userEvent.click(screen.getByTestId('sync-keep-mine'));
    await waitFor(() => expect(screen.getByTestId('sync-state')).toHaveTextContent('已全部保存'));
    const sent = requestsTo(spy, 'PUT', PATH);
    expect(sent.map((r) => r.headers.get('If-Match'))).toEqual(['"5"', '"7"']);
    expect(sent[0]?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(sent[1]?.headers.get('Idempotency-Key')).toBe(sent[0]?.headers.get('Idempotency-Key'));
    expect(screen.queryByTestId('sync-conflict')).toBeNull();
  });

  it('discard mine drops the refused write; nothing is sent again', async () => {
    const spy = stubFetch({
      [`POST ${PATH}/damage-marks`]: () => problem({ status: 409, title: 'Conflict', code: 'R-CHK-2', detail: 'The inspection is signed' }),
    });
    renderWithApp(<SyncState store="BJ01" orderId="ro-9" />);
    await offlineQueue.enqueue({ store: 'BJ01', orderId: 'ro-9', change: { type: 'add-mark', clientKey: 'c-1', mark: { zone: 'ROOF', type: 'DENT' } }, baseEtag: '"3"' });
    expect(await screen.findByTestId('sync-conflict')).toHaveTextContent('损伤标记');
    await userEvent.click(screen.getByTestId('sync-discard-mine'));
    await waitFor(() => expect(screen.getByTestId('sync-state')).toHaveTextContent('已全部保存'));
    expect(requestsTo(spy, 'POST', `${PATH}/damage-marks`)).toHaveLength(1);
  });
});
