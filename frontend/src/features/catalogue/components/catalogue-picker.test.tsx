import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CatalogueOperationSummary, CataloguePartSummary } from '@/lib/api-types';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { CataloguePicker } from './catalogue-picker';

const pads: CataloguePartSummary = {
  id: 'part-1',
  partNumber: 'BP-4411',
  nameZh: '前刹车片（品牌件）',
  nameEn: 'Front brake pads',
  grade: 'AFTERMARKET',
  listPrice: 420,
  taxClass: 'STANDARD',
  criticalSystem: true,
  supersedes: [],
  supersededBy: null,
  active: true,
  available: 0,
  expectedArrivalAt: '2026-11-26T02:00:00Z',
};

const job: CatalogueOperationSummary = {
  id: 'op-1',
  code: 'BRK-PAD-F',
  nameZh: '更换前刹车片',
  nameEn: null,
  system: 'BRAKES',
  hours: 1.4,
  modelFamily: '帕萨特',
  defaultHours: 1.2,
  skill: 'MAINTENANCE',
  bayType: null,
  active: true,
};

function stub() {
  return stubFetch({
    'GET /api/stores/BJ01/catalogue/parts': () => json({ items: [pads], nextCursor: null }),
    'GET /api/stores/BJ01/catalogue/operations': () => json({ items: [job], nextCursor: null }),
  });
}

describe('catalogue picker in the estimate (issue 8)', () => {
  it('adds an aftermarket critical part in two taps, showing price, shortfall and the R-CHK-5 disclaimer', async () => {
    const user = userEvent.setup();
    const spy = stub();
    const onAdd = vi.fn(async () => true);
    renderWithApp(<CataloguePicker store="BJ01" vehicleModel="大众 帕萨特" labourRate={150} currency="CNY" busy={false} onAdd={onAdd} />);
    await user.type(screen.getByTestId('catalogue-search'), 'qscp');
    const option = await screen.findByTestId('catalogue-option-part');
    expect(option).toHaveTextContent('¥420.00');
    expect(option).toHaveTextContent('不提供质量保证');
    await user.click(option); // tap 1
    const picked = screen.getByTestId('catalogue-picked');
    expect(picked).toHaveTextContent('¥420.00');
    expect(screen.getByTestId('picked-disclaimer')).toHaveTextContent('不提供质量担保');
    expect(screen.getByTestId('picked-stock')).toHaveTextContent('2026年11月26日');
    await user.click(screen.getByTestId('catalogue-add')); // tap 2
    expect(onAdd).toHaveBeenCalledWith({ kind: 'PART', payType: 'CUSTOMER', cataloguePartId: 'part-1' }, { kind: 'part', part: pads });
    await waitFor(() => expect(screen.queryByTestId('catalogue-picked')).not.toBeInTheDocument());
    const search = requestsTo(spy, 'GET', '/api/stores/BJ01/catalogue/parts').at(-1);
    expect(search && new URL(search.url).searchParams.get('q')).toBe('qscp');
  });

  it('prices a labour operation with the model family hours and the order labour rate', async () => {
    const user = userEvent.setup();
    const spy = stub();
    const onAdd = vi.fn(async () => true);
    renderWithApp(<CataloguePicker store="BJ01" vehicleModel="大众 帕萨特" labourRate={150} currency="CNY" busy={false} onAdd={onAdd} />);
    await user.type(screen.getByTestId('catalogue-search'), '刹车');
    const option = await screen.findByTestId('catalogue-option-operation');
    expect(option).toHaveTextContent('¥210.00');
    expect(option).toHaveTextContent('帕萨特');
    await user.click(option);
    await user.click(screen.getByTestId('catalogue-add'));
    expect(onAdd).toHaveBeenCalledWith({ kind: 'JOB', payType: 'CUSTOMER', catalogueOperationId: 'op-1' }, expect.objectContaining({ kind: 'operation' }));
    const search = requestsTo(spy, 'GET', '/api/stores/BJ01/catalogue/operations').at(-1);
    expect(search && new URL(search.url).searchParams.get('model')).toBe('大众 帕萨特');
  });

  it('says when nothing matches and keeps the pick when adding fails', async () => {
    const user = userEvent.setup();
    stubFetch({
      'GET /api/stores/BJ01/catalogue/parts': () => json({ items: [], nextCursor: null }),
      'GET /api/stores/BJ01/catalogue/operations': () => json({ items: [], nextCursor: null }),
    });
    renderWithApp(<CataloguePicker store="BJ01" vehicleModel="" labourRate={150} currency="CNY" busy={false} onAdd={vi.fn(async () => false)} />);
    await user.type(screen.getByTestId('catalogue-search'), 'zzz');
    expect(await screen.findByText('目录中没有匹配项')).toBeInTheDocument();
  });
});
