import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignatureImage } from '@/features/inspection/components/signature-image';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { aJobLine, aRepairOrder, anAftermarketCriticalPart } from '@/test/repair-order-fixtures';
import { RepairOrderPrint } from '@/features/repair-orders/components/repair-order-print';
import { onDeviceInZone } from '@/test/device-zone';

const signed = aRepairOrder({ status: 'OPEN', signature: { signerName: '张伟', signedAt: '2026-11-23T02:05:00Z', matchesCurrentEstimate: true } });
const SIGNATURE = '/api/stores/BJ01/repair-orders/ro-1/inspection/signature';

function renderPrint() {
  return renderWithApp(<RepairOrderPrint order={signed} customer={null} vehicle={null} storeName="北京一店" signatureImage={<SignatureImage store="BJ01" repairOrderId="ro-1" />} />);
}

describe('printed repair order: customer signature', () => {
  const createObjectURL = vi.fn(() => 'blob:signature');
  const revokeObjectURL = vi.fn();
  beforeEach(() => {
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the signature image fetched with the token, with the signer, and revokes the URL on unmount', async () => {
    const spy = stubFetch({ [`GET ${SIGNATURE}`]: () => new Response(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { status: 200, headers: { 'Content-Type': 'image/png' } }) });
    const view = renderPrint();
    const img = await screen.findByTestId('print-signature-image');
    expect(img).toHaveAttribute('src', 'blob:signature');
    expect(screen.getByTestId('print-signature')).toHaveTextContent('张伟');
    expect(requestsTo(spy, 'GET', SIGNATURE)[0]?.headers.get('Accept')).toContain('image/png');
    view.unmount();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:signature');
  });

  it('falls back to the signer name and time when there is no image (404)', async () => {
    const spy = stubFetch({ [`GET ${SIGNATURE}`]: () => json({ status: 404, title: 'Not Found', code: 'not-found' }, 404) });
    renderPrint();
    await waitFor(() => expect(requestsTo(spy, 'GET', SIGNATURE)).toHaveLength(1));
    expect(screen.getByTestId('print-signature')).toHaveTextContent('张伟');
    expect(screen.queryByTestId('print-signature-image')).not.toBeInTheDocument();
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});

describe('printed repair order: every time on the store’s wall clock (device elsewhere)', () => {
  onDeviceInZone('America/New_York');
  // 02:05 UTC = 10:05 in Beijing, 21:05 the evening before in New York.
  const order = aRepairOrder({
    status: 'IN_PROGRESS',
    createdAt: '2026-11-23T01:50:00Z',
    promisedDeliveryAt: '2026-11-23T09:30:00Z',
    signature: { signerName: '张伟', signedAt: '2026-11-23T02:05:00Z', matchesCurrentEstimate: true },
    handover: { receiver: '李 技师', receiverKind: 'TECHNICIAN', receiverId: 'tech-1', at: '2026-11-23T02:10:00Z', route: 'FOREMAN', handedOverBy: 'advisor' },
  });

  it('prints the promised, signature and hand-over times in the store zone', () => {
    stubFetch({});
    renderWithApp(<RepairOrderPrint order={order} customer={null} vehicle={null} storeName="北京一店" />);
    const print = screen.getByTestId('ro-print');
    expect(print).toHaveTextContent('2026年11月23日 09:50');
    expect(print).toHaveTextContent('2026年11月23日 17:30');
    expect(screen.getByTestId('print-signature')).toHaveTextContent('张伟 · 2026年11月23日 10:05');
    expect(screen.getByTestId('print-handover')).toHaveTextContent('2026年11月23日 10:10');
    expect(print).not.toHaveTextContent('21:05');
  });

  it('follows the store’s own zone when it is not Beijing', () => {
    stubFetch({});
    renderWithApp(<RepairOrderPrint order={order} customer={null} vehicle={null} storeName="Berlin" />, { zone: 'Europe/Berlin' });
    expect(screen.getByTestId('print-signature')).toHaveTextContent('2026年11月23日 03:05');
    expect(screen.getByTestId('print-handover')).toHaveTextContent('2026年11月23日 03:10');
  });
});

describe('printed repair order: signature evidence and receiver (R-CHK-9, R-CHK-10)', () => {
  const hash = '9f2c0e7d5b1a4c3e8f6d2b0a1c9e7f5d3b1a0c8e6f4d2b0a9c7e5f3d1b0a8c6e';

  it('prints the checksum of the signed estimate and the device, and names the foreman queue in words', () => {
    stubFetch({});
    const order = aRepairOrder({
      status: 'OPEN',
      signature: { id: 'sig-1', signerName: '张伟', signedAt: '2026-11-23T02:05:00Z', device: 'iPad · Safari', estimateHash: hash, matchesCurrentEstimate: true },
      handover: { receiver: 'FOREMAN_QUEUE', receiverKind: 'FOREMAN_QUEUE', at: '2026-11-23T02:10:00Z', route: 'FOREMAN', handedOverBy: 'advisor' },
    });
    renderWithApp(<RepairOrderPrint order={order} customer={null} vehicle={null} storeName="北京一店" />);
    expect(screen.getByTestId('print-estimate-hash')).toHaveTextContent('9f2c0e7d5b1a4c3e');
    expect(screen.getByTestId('print-estimate-hash')).toHaveTextContent('iPad · Safari');
    expect(screen.queryByTestId('print-signature-stale')).not.toBeInTheDocument();
    expect(screen.getByTestId('print-handover')).toHaveTextContent('车间主管派工队列');
    expect(screen.getByTestId('print-handover')).not.toHaveTextContent('FOREMAN_QUEUE');
  });

  it('warns when the estimate changed after the signature', () => {
    stubFetch({});
    const order = aRepairOrder({ signature: { id: 'sig-1', signerName: '张伟', signedAt: '2026-11-23T02:05:00Z', estimateHash: hash, matchesCurrentEstimate: false } });
    renderWithApp(<RepairOrderPrint order={order} customer={null} vehicle={null} storeName="北京一店" />);
    expect(screen.getByTestId('print-signature-stale')).toHaveTextContent('需客户重新签字');
  });
});

describe('printed repair order: lines the customer declined (R-PRE-3)', () => {
  it('prints them marked declined, out of the totals, with the note that they are kept as not fixed', () => {
    stubFetch({});
    const order = aRepairOrder({ status: 'OPEN', lines: [aJobLine(), anAftermarketCriticalPart({ declined: true, disclaimers: [] })], disclaimers: [] });
    renderWithApp(<RepairOrderPrint order={order} customer={null} vehicle={null} storeName="北京一店" />);
    const declined = screen.getAllByTestId('print-declined-line');
    expect(declined).toHaveLength(1);
    expect(declined[0]).toHaveTextContent('副厂刹车片');
    expect(declined[0]).toHaveTextContent('【客户拒绝】');
    expect(screen.getByTestId('print-declined-note')).toHaveTextContent('已记为未修复项目');
  });
});

describe('printed repair order: the store, the advisor, the old parts and the terms (issue 14)', () => {
  it('prints the store’s address and phone, the advisor, the customer’s old-parts choice, the store terms and the warranty terms', () => {
    stubFetch({});
    renderWithApp(
      <RepairOrderPrint
        order={{ ...signed, oldPartsChoice: 'LEAVE_WITH_WORKSHOP' }}
        customer={null}
        vehicle={null}
        storeName="北京一店"
        advisorName="王顾问"
        storeInfo={{ address: '北京市朝阳区东三环北路 8 号', phone: '010-6500 8888', orderTerms: '竣工后 3 日内未取车的，按日收取停车费。', warrantyTerms: '整车修理 20000 公里或 100 日。' }}
      />,
    );
    expect(screen.getByTestId('print-store-contact')).toHaveTextContent('北京市朝阳区东三环北路 8 号 · 电话 010-6500 8888');
    expect(screen.getByTestId('print-advisor')).toHaveTextContent('王顾问');
    expect(screen.getByTestId('print-old-parts')).toHaveTextContent('旧件处理：旧件留店处理');
    expect(screen.getByTestId('print-order-terms')).toHaveTextContent('本店条款竣工后 3 日内未取车的');
    expect(screen.getByTestId('print-warranty-terms')).toHaveTextContent('质量保证整车修理 20000 公里或 100 日。');
  });

  it('says when the old-parts choice was not asked and prints no empty store terms', () => {
    stubFetch({});
    renderWithApp(<RepairOrderPrint order={signed} customer={null} vehicle={null} storeName="北京一店" storeInfo={{ warrantyTerms: '整车修理 20000 公里或 100 日。' }} />);
    expect(screen.getByTestId('print-old-parts')).toHaveTextContent('未选择');
    expect(screen.queryByTestId('print-order-terms')).not.toBeInTheDocument();
    expect(screen.queryByTestId('print-store-contact')).not.toBeInTheDocument();
  });
});
