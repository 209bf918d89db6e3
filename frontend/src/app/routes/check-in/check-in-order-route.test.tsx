import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { aRepairOrder } from '@/test/repair-order-fixtures';
import { CheckInOrderRoute } from './check-in-order-route';

vi.mock('@/components/signature-canvas', () => ({
  default: ({ onChange }: { onChange: (png: string | null) => void }) => (
    <button type="button" data-testid="fake-draw" onClick={() => onChange('data:image/png;base64,iVBORw0KGgo=')}>
      draw
    </button>
  ),
}));

const vehicle = { id: 'veh-1', storeCode: 'BJ01', owner: { id: 'cust-1', name: '张伟', primaryPhone: '13800000000' }, vin: 'LSVAF5NV36KWMBBYY', plate: '京A12345', brand: '大众', model: '帕萨特', vehicleType: 'SEDAN', powertrain: 'ICE', soldHere: true, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1 };

const inspection = {
  id: 'insp-1', repairOrderId: 'ro-1', versionNumber: 1, current: true, odometer: 42000, odometerLowerConfirmed: false, fuelLevel: 'HALF', warningLights: [],
  protectiveCoversFitted: true, belongings: [], documents: [], damageMarks: [{ id: 'm1', zone: 'BONNET', type: 'SCRATCH' }], keyTag: 'K12', keySlot: 'A3',
  createdAt: '2026-11-23T02:00:00Z', updatedAt: '2026-11-23T02:00:00Z', version: 3,
};

describe('check-in wizard', () => {
  it('resumes an order awaiting signature at the signature step and signs with If-Match', async () => {
    const user = userEvent.setup();
    const awaiting = aRepairOrder({ status: 'AWAITING_SIGNATURE', version: 7 });
    const spy = stubFetch({
      'GET /api/stores/BJ01/repair-orders/ro-1': () => json(awaiting),
      'GET /api/stores/BJ01/vehicles/veh-1': () => json(vehicle),
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection': () => json(inspection),
      'POST /api/stores/BJ01/repair-orders/ro-1/inspection/sign': () => json({ ...inspection, version: 4, signature: { signerName: '张伟', signedAt: '2026-11-23T02:05:00Z' } }),
      'GET /api/stores/BJ01/handover-receivers': () =>
        json([
          { id: 'FOREMAN_QUEUE', kind: 'FOREMAN_QUEUE', name: null },
          { id: 'tech-zhao', kind: 'TECHNICIAN', name: '赵师傅' },
        ]),
      'POST /api/stores/BJ01/repair-orders/ro-1/sign': () => json({ ...awaiting, status: 'OPEN', version: 8, signature: { signerName: '张伟', signedAt: '2026-11-23T02:05:00Z', matchesCurrentEstimate: true } }),
    });
    renderWithApp(<CheckInOrderRoute />, { path: '/check-in/ro-1', route: '/check-in/:repairOrderId' });
    expect(await screen.findByTestId('signature-step')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('signer-name')).toHaveValue('张伟'));
    // The customer sees the walk-around (the bonnet scratch, fuel, key) before signing, and confirms it (R-CHK-1/2, R-CHK-9).
    const walkAround = screen.getByTestId('sign-walkaround');
    expect(walkAround).toHaveTextContent('发动机盖');
    expect(walkAround).toHaveTextContent('K12');
    await user.click(await screen.findByTestId('fake-draw'));
    expect(screen.getByTestId('sign')).toBeDisabled();
    await user.click(screen.getByTestId('confirm-walkaround'));
    await user.click(screen.getByTestId('old-parts-TAKE_HOME'));
    await user.click(screen.getByTestId('sign'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/sign')).toHaveLength(1));
    // The one signature also signs the inspection, with the drawn PNG (R-CHK-1), first.
    const inspectionSign = requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/inspection/sign')[0];
    expect(inspectionSign?.headers.get('If-Match')).toBe('"3"');
    expect(await inspectionSign?.json()).toEqual({ signerName: '张伟', signaturePng: 'data:image/png;base64,iVBORw0KGgo=' });
    const request = requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/sign')[0];
    expect(request?.headers.get('If-Match')).toBe('"7"');
    // The order's signature is evidence too: the drawn PNG and the device it was drawn on.
    expect(await request?.json()).toEqual({ signerName: '张伟', signaturePng: 'data:image/png;base64,iVBORw0KGgo=', device: expect.any(String), oldPartsChoice: 'TAKE_HOME' });
    // Signed: the wizard moves on to the handover.
    expect(await screen.findByTestId('handover-form')).toBeInTheDocument();
  });

  it('lets the customer decline a line at the signing screen: the server leaves it out of what is paid and signed (R-PRE-3)', async () => {
    const user = userEvent.setup();
    const awaiting = aRepairOrder({ status: 'AWAITING_SIGNATURE', version: 7, availableActions: ['sign', 'decline', 'cancel'] });
    const declined = {
      ...awaiting,
      version: 8,
      lines: awaiting.lines.map((l) => (l.id === 'line-brake' ? { ...l, declined: true, disclaimers: [] } : l)),
      disclaimers: [],
      totals: { customerPay: 150, warranty: 0, internal: 0, goodwill: 50, subtotal: 200, tax: 19.5, total: 219.5, customerPayable: 169.5 },
    };
    const spy = stubFetch({
      'GET /api/stores/BJ01/repair-orders/ro-1': () => json(awaiting),
      'GET /api/stores/BJ01/vehicles/veh-1': () => json(vehicle),
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection': () => json(inspection),
      'POST /api/stores/BJ01/repair-orders/ro-1/lines/line-brake/decline': () => json(declined, 200, { ETag: '"8"' }),
      'POST /api/stores/BJ01/repair-orders/ro-1/lines/line-brake/accept': () => json(awaiting),
    });
    renderWithApp(<CheckInOrderRoute />, { path: '/check-in/ro-1', route: '/check-in/:repairOrderId' });
    expect(await screen.findByTestId('signature-step')).toHaveTextContent('客户应付 ¥463.30');
    await user.click(screen.getByRole('button', { name: '客户拒绝此项 副厂刹车片' }));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/lines/line-brake/decline')).toHaveLength(1));
    const request = requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/lines/line-brake/decline')[0];
    expect(request?.headers.get('If-Match')).toBe('"7"');
    expect(await request?.json()).toEqual({ safetyCritical: false });
    // the line stays, marked declined (a critical-system part is safety-critical anyway); the amount to sign for is the server's new one
    expect(await screen.findByTestId('declined-badge')).toHaveTextContent('客户拒绝');
    expect(screen.getByTestId('declined-safety-critical')).toBeChecked();
    expect(screen.getByTestId('declined-safety-critical')).toBeDisabled();
    expect(screen.getByTestId('declined-note')).toBeInTheDocument();
    expect(screen.getByTestId('signature-step')).toHaveTextContent('客户应付 ¥169.50');
    // and can be taken back
    await user.click(screen.getByRole('button', { name: '恢复此项 副厂刹车片' }));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/lines/line-brake/accept')).toHaveLength(1));
    expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/lines/line-brake/accept')[0]?.headers.get('If-Match')).toBe('"8"');
    await waitFor(() => expect(screen.queryByTestId('declined-badge')).not.toBeInTheDocument());
  });

  it('resumes a draft with lines at the estimate', async () => {
    stubFetch({
      'GET /api/stores/BJ01/repair-orders/ro-1': () => json(aRepairOrder({ promisedDeliveryAt: '2026-11-23T09:00:00Z', promisedDeliverySource: 'SUGGESTED' })),
      'GET /api/stores/BJ01/vehicles/veh-1': () => json(vehicle),
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection': () => json(inspection),
    });
    renderWithApp(<CheckInOrderRoute />, { path: '/check-in/ro-1', route: '/check-in/:repairOrderId' });
    expect(await screen.findByTestId('estimate-step')).toBeInTheDocument();
    expect(screen.getByText('(系统建议)')).toBeInTheDocument();
    expect(screen.queryByTestId('promised-delivery-reason')).not.toBeInTheDocument();
  });

  it('says why the suggested promised delivery is what it is (R-CHK-8)', async () => {
    stubFetch({
      'GET /api/stores/BJ01/repair-orders/ro-1': () =>
        json(aRepairOrder({ promisedDeliveryAt: '2026-11-25T09:00:00Z', promisedDeliverySource: 'SUGGESTED', promisedDeliveryReason: ['PARTS', 'RUSH_HOUR_AVOIDED'] })),
      'GET /api/stores/BJ01/vehicles/veh-1': () => json(vehicle),
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection': () => json(inspection),
    });
    renderWithApp(<CheckInOrderRoute />, { path: '/check-in/ro-1', route: '/check-in/:repairOrderId' });
    expect(await screen.findByTestId('promised-delivery-reason')).toHaveTextContent('依据：等待配件到货、已避开收银高峰');
  });

  it('after the walk-around starts (the server records the arrival on the order), the next order change names the new version', async () => {
    const user = userEvent.setup();
    // The appointment's draft, as the appointment page cached it before the check-in (version 1).
    let serverVersion = 1;
    const spy = stubFetch({
      'GET /api/stores/BJ01/repair-orders/ro-1': () => json(aRepairOrder({ lines: [], disclaimers: [], version: serverVersion })),
      'GET /api/stores/BJ01/vehicles/veh-1': () => json(vehicle),
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection': () => json({ status: 404, title: 'Not Found' }, 404),
      'POST /api/stores/BJ01/repair-orders/ro-1/inspection': () => {
        serverVersion = 2; // R-APT-7: starting the walk-around marks the car arrived on the order
        return json({ ...inspection, odometer: null, keyTag: null, keySlot: null, damageMarks: [], version: 1 }, 201);
      },
      'PUT /api/stores/BJ01/repair-orders/ro-1/inspection': () => json({ ...inspection, damageMarks: [], version: 2 }),
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection/photos': () => json({ items: [] }),
      'GET /api/stores/BJ01/canned-jobs': () => json([]),
      'POST /api/stores/BJ01/repair-orders/ro-1/lines': () => json(aRepairOrder({ version: 3 })),
    });
    renderWithApp(<CheckInOrderRoute />, { path: '/check-in/ro-1', route: '/check-in/:repairOrderId' });
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/inspection')).toHaveLength(1));
    await user.click(await screen.findByTestId('to-readings'));
    await user.type(await screen.findByTestId('odometer'), '42000');
    await user.click(screen.getByTestId('save-readings'));
    await user.type(await screen.findByTestId('line-description', undefined, { timeout: 5000 }), '更换机油及机滤');
    await user.type(screen.getByTestId('line-hours'), '1');
    await user.click(screen.getByTestId('add-line'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/lines')).toHaveLength(1));
    expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/lines')[0]?.headers.get('If-Match')).toBe('"2"');
  });

  it('starts a fresh draft at the walk-around and starts its inspection on the server', async () => {
    const spy = stubFetch({
      'GET /api/stores/BJ01/repair-orders/ro-1': () => json(aRepairOrder({ lines: [], disclaimers: [] })),
      'GET /api/stores/BJ01/vehicles/veh-1': () => json(vehicle),
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection': () => json({ status: 404, title: 'Not Found' }, 404),
      'POST /api/stores/BJ01/repair-orders/ro-1/inspection': () => json({ ...inspection, odometer: null, damageMarks: [], version: 1 }, 201),
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection/photos': () => json({ items: [] }),
    });
    renderWithApp(<CheckInOrderRoute />, { path: '/check-in/ro-1', route: '/check-in/:repairOrderId' });
    expect(await screen.findByTestId('walk-around-step')).toBeInTheDocument();
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/inspection')).toHaveLength(1));
    expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/inspection')[0]?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await screen.findByText('暂无损伤标记。')).toBeInTheDocument();
  });
});
