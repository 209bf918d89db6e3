import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignatureImage } from '@/features/inspection/components/signature-image';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { aRepairOrder } from '@/test/repair-order-fixtures';
import { RepairOrderPrint } from '@/features/repair-orders/components/repair-order-print';

const signed = aRepairOrder({ status: 'OPEN', signature: { signerName: '张伟', signedAt: '2026-11-23T02:05:00Z' } });
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
