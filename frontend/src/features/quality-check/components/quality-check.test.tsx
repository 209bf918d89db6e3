import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OrderQualityCheck, QualityCheckJob } from '@/lib/api-types';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { JobQualityCheckView } from './job-quality-check';
import { OrderQualityCheckPanel } from './order-quality-check-panel';

/** The pad is its own lazy chunk; the fake "signs" with one tap. */
vi.mock('@/components/signature-canvas', () => ({
  default: ({ label, onChange }: { label: string; onChange: (png: string | null) => void }) => (
    <button type="button" onClick={() => onChange('data:image/png;base64,iVBORw0KGgo=')}>
      {label}
    </button>
  ),
}));

const CHECKLISTS = { selfCheck: ['WORK_AS_ORDERED', 'NO_LEAKS'], finalInspection: ['FAULT_RESOLVED', 'NO_NEW_DAMAGE'] };
const JOB: QualityCheckJob = {
  jobId: 'job-1',
  repairOrderId: 'ro-1',
  orderNumber: 'ROBJ010000042',
  plate: '京A12345',
  model: '迈腾',
  odometerKm: 52310,
  description: '更换前刹车片',
  status: 'DONE',
  technicianId: 't-1',
  technicianName: '赵师傅',
  soldHours: 1.5,
  inspectionRequired: true,
  requirementReason: 'safety-related (BRAKES)',
  roadTestRequired: true,
  reworkCount: 0,
  selfChecks: [],
  inspections: [],
  availableActions: ['self-check'],
  version: 3,
};
const BASE = '/api/stores/BJ01/quality-check';

/** The one element of a list (a test fails when there is none). */
function only<T>(items: T[]): T {
  const [first] = items;
  if (first === undefined) throw new Error('expected one item');
  return first;
}

describe('a job\'s quality check', () => {
  it('the technician signs off only with every point ticked and a signature; the body answers every point', async () => {
    const fetch = stubFetch({
      [`GET ${BASE}/checklists`]: () => json(CHECKLISTS),
      [`GET ${BASE}/jobs/job-1`]: () => json(JOB),
      [`POST ${BASE}/jobs/job-1/self-check`]: () => json({ ...JOB, status: 'IN_QC', availableActions: [] }),
    });
    renderWithApp(<JobQualityCheckView store="BJ01" jobId="job-1" zone="Asia/Shanghai" />, { roles: ['workshop'] });
    expect(await screen.findByTestId('job-qc-requirement')).toHaveTextContent('safety-related (BRAKES)');
    const submit = await screen.findByTestId('self-check-submit');
    expect(submit).toBeDisabled();
    await userEvent.click(screen.getByLabelText('已按维修单完成作业'));
    await userEvent.click(screen.getByLabelText('无渗漏'));
    expect(submit).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '技师签字' }));
    await userEvent.click(submit);
    await waitFor(() => expect(requestsTo(fetch, 'POST', `${BASE}/jobs/job-1/self-check`)).toHaveLength(1));
    const body = await only(requestsTo(fetch, 'POST', `${BASE}/jobs/job-1/self-check`)).json();
    expect(body.checklist).toEqual([{ code: 'WORK_AS_ORDERED', ok: true }, { code: 'NO_LEAKS', ok: true }]);
    expect(body.signaturePng).toMatch(/^data:image\/png/);
  });

  it('the inspector fails a job with the reason and the road test from the check-in odometer; the server\'s problem is shown', async () => {
    const inQc = { ...JOB, status: 'IN_QC' as const, availableActions: ['inspect'], selfChecks: [{ id: 's1', round: 0, technicianId: 't-1', technicianName: '赵师傅', checklist: [], notes: null, signedBy: 'zhao', signedAt: '2030-01-08T02:00:00Z' }] };
    let calls = 0;
    const fetch = stubFetch({
      [`GET ${BASE}/checklists`]: () => json(CHECKLISTS),
      [`GET ${BASE}/jobs/job-1`]: () => json(inQc),
      [`POST ${BASE}/jobs/job-1/inspection`]: () =>
        ++calls === 1
          ? problem({ status: 400, title: 'Validation failed', detail: '1 field is invalid', violations: [{ field: 'roadTest.kmAfter', message: 'is below kmBefore (52310)' }] })
          : json({ ...inQc, status: 'REWORK', reworkCount: 1, availableActions: [] }),
    });
    renderWithApp(<JobQualityCheckView store="BJ01" jobId="job-1" zone="Asia/Shanghai" />, { roles: ['workshop'] });
    expect(await screen.findByTestId('qc-history')).toHaveTextContent('赵师傅 自检签字');
    expect(await screen.findByTestId('road-km-before')).toHaveValue('52310');
    await userEvent.type(screen.getByTestId('road-km-after'), '52300');
    await userEvent.click(screen.getByText('不合格'));
    await userEvent.type(await screen.findByTestId('inspection-reason'), '左前轮仍有异响');
    await userEvent.click(screen.getByRole('button', { name: '质检员签字' }));
    await userEvent.click(screen.getByTestId('inspection-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('kmBefore');
    const body = await only(requestsTo(fetch, 'POST', `${BASE}/jobs/job-1/inspection`)).json();
    expect(body).toMatchObject({ result: 'FAILED', reason: '左前轮仍有异响', roadTest: { kmBefore: 52310, kmAfter: 52300, result: 'OK' } });
    expect(body.checklist).toEqual([{ code: 'FAULT_RESOLVED', ok: false }, { code: 'NO_NEW_DAMAGE', ok: false }]);
  });
});

const ORDER_QC: OrderQualityCheck = {
  repairOrderId: 'ro-1',
  orderNumber: 'ROBJ010000042',
  plate: '京A12345',
  status: 'QUALITY_CHECK',
  jobs: [{ jobId: 'job-1', description: '更换前刹车片', status: 'PASSED', inspectionRequired: true, reworkCount: 1, lastResult: 'PASSED' }],
  replacedParts: [{ lineId: 'l-1', partNumber: '1K0698151', description: '前刹车片', quantity: 1, payType: 'CUSTOMER', disposition: null, location: null, note: null, recordedBy: null, recordedAt: null }],
  foundNotFixed: [],
  findingsSignedAt: null,
  findingsSignedBy: null,
  cleaned: null,
  parkingSpot: null,
  briefingNote: null,
  readyAt: null,
  readyBy: null,
  missing: ['OLD_PARTS_NOT_RECORDED'],
  version: 7,
};

describe('the order\'s internal hand-over', () => {
  it('records the old part, then hands the cleaned, parked car over with the order\'s version', async () => {
    let recorded = false;
    const path = '/api/stores/BJ01/repair-orders/ro-1/quality-check';
    const fetch = stubFetch({
      [`GET ${path}`]: () =>
        json(recorded ? { ...ORDER_QC, missing: [], replacedParts: [{ ...only(ORDER_QC.replacedParts), disposition: 'KEPT_FOR_CUSTOMER', location: '后备箱' }] } : ORDER_QC),
      [`PUT ${path}/old-parts`]: () => {
        recorded = true;
        return json({ ...ORDER_QC, missing: [] });
      },
      [`POST ${path}/internal-handover`]: () => json({ ...ORDER_QC, status: 'READY_FOR_DELIVERY', missing: [], readyAt: '2030-01-08T06:00:00Z', parkingSpot: 'P2-15', readyBy: 'advisor' }),
    });
    renderWithApp(<OrderQualityCheckPanel store="BJ01" orderId="ro-1" zone="Asia/Shanghai" canSign canHandOver />);
    expect(await screen.findByTestId('handover-missing')).toHaveTextContent('旧件未登记');
    expect(screen.getByTestId('handover-submit')).toBeDisabled();
    expect(screen.queryByRole('option', { name: '索赔返还厂家' })).toBeNull();
    await userEvent.selectOptions(screen.getByTestId('old-part-disposition'), 'KEPT_FOR_CUSTOMER');
    await userEvent.type(screen.getByTestId('old-part-location'), '后备箱');
    await userEvent.click(screen.getByTestId('old-parts-save'));
    await waitFor(() => expect(screen.queryByTestId('handover-missing')).toBeNull());
    expect(await only(requestsTo(fetch, 'PUT', `${path}/old-parts`)).json()).toEqual({ parts: [{ lineId: 'l-1', disposition: 'KEPT_FOR_CUSTOMER', location: '后备箱', note: null }] });
    await userEvent.click(screen.getByLabelText('车辆已清洁'));
    await userEvent.type(screen.getByTestId('handover-spot'), 'P2-15');
    await userEvent.click(screen.getByTestId('handover-submit'));
    await waitFor(() => expect(requestsTo(fetch, 'POST', `${path}/internal-handover`)).toHaveLength(1));
    const sent = only(requestsTo(fetch, 'POST', `${path}/internal-handover`));
    expect(sent.headers.get('If-Match')).toBe('"7"');
    expect(await sent.json()).toEqual({ cleaned: true, parkingSpot: 'P2-15', briefingNote: null });
  });

  it('shows the advisor\'s signed found-not-fixed list with its signature image, downloadable as PNG', async () => {
    const path = '/api/stores/BJ01/repair-orders/ro-1/quality-check';
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:signature'), revokeObjectURL: vi.fn() });
    const fetch = stubFetch({
      [`GET ${path}`]: () => json({ ...ORDER_QC, replacedParts: [], missing: [], foundNotFixed: [{ id: 'f-1', description: '空调滤芯脏污', safetyCritical: false }],
        findingsSignedAt: '2030-01-08T05:00:00Z', findingsSignedBy: 'advisor' }),
      [`GET ${path}/found-not-fixed-signature`]: () => new Response(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { status: 200, headers: { 'Content-Type': 'image/png' } }),
    });
    renderWithApp(<OrderQualityCheckPanel store="BJ01" orderId="ro-1" zone="Asia/Shanghai" canSign canHandOver />);
    expect(await screen.findByTestId('findings-signed')).toHaveTextContent('13:00');
    expect(await screen.findByTestId('findings-signature-image')).toHaveAttribute('src', 'blob:signature');
    const download = screen.getByTestId('findings-signature-download');
    expect(download).toHaveAttribute('download', 'found-not-fixed-ROBJ010000042.png');
    expect(download).toHaveTextContent('下载签名（PNG）');
    expect(only(requestsTo(fetch, 'GET', `${path}/found-not-fixed-signature`)).headers.get('Accept')).toContain('image/png');
    expect(screen.queryByTestId('findings-sign')).toBeNull();
  });
});
