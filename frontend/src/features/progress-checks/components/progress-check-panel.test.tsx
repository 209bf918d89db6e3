import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ProgressCheck } from '@/lib/api-types';
import { onDeviceInZone } from '@/test/device-zone';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { ProgressCheckPanel } from './progress-check-panel';

/** The date-time picker is its own lazy chunk (Mantine dates); a tap on the fake picks the wall-clock time the test set for it. */
const picks = vi.hoisted(() => ({}) as Record<string, string>);
vi.mock('@/components/date-time-input', () => ({
  default: ({ testId, label, onChange, error }: { testId: string; label: string; onChange: (v: string | null) => void; error?: string | null }) => (
    <div>
      <button type="button" data-testid={testId} onClick={() => onChange(picks[testId] ?? null)}>
        {label}
      </button>
      {error && <span role="alert">{error}</span>}
    </div>
  ),
}));

const CHECK: ProgressCheck = {
  id: 'pc-1',
  jobId: 'job-1',
  jobDescription: '更换变速箱油',
  repairOrderId: 'ro-1',
  orderNumber: 'ROBJ010000042',
  plate: '京A12345',
  taskId: 'task-1',
  status: 'OPEN',
  startedFrom: '2030-01-08T01:00:00Z',
  soldHours: 2,
  percent: 75,
  dueAt: '2030-01-08T02:30:00Z',
  raisedAt: '2030-01-08T02:30:00Z',
  // 13:00 in Shanghai.
  promisedDeliveryAt: '2030-01-08T05:00:00Z',
  orderLate: false,
  expectedCompletionAt: null,
  anomalies: null,
  workshopAsked: null,
  workshopPerson: null,
  late: null,
  promisedBefore: null,
  promisedAfter: null,
  revisionReason: null,
  customerMessage: null,
  recordedBy: null,
  recordedAt: null,
  closedReason: null,
  availableActions: ['complete'],
  version: 2,
};

const PATH = '/api/stores/BJ01/progress-checks';

function stub(check: ProgressCheck | null, answer: (r: Request) => Response | Promise<Response> = async (r) => json({ ...CHECK, ...(await r.clone().json()), status: 'RECORDED' })) {
  return stubFetch({ [`GET ${PATH}`]: () => json({ items: check ? [check] : [], nextCursor: null }), [`POST ${PATH}/pc-1/complete`]: answer });
}

const render = () => renderWithApp(<ProgressCheckPanel store="BJ01" zone="Asia/Shanghai" taskId="task-1" />);

describe('the progress check on the task desk (R-REP-2)', () => {
  onDeviceInZone('America/Los_Angeles');

  it('sends an answer within the promise as store-time instants, with whom the advisor asked, and no revision', async () => {
    const user = userEvent.setup();
    const spy = stub(CHECK);
    render();
    expect(await screen.findByTestId('progress-job')).toHaveTextContent('更换变速箱油：工时 2 h，已过 75%');
    await user.click(screen.getByTestId('progress-open'));
    expect(screen.getByText(/承诺交车时间：/)).toHaveTextContent('13:00');
    picks['progress-expected'] = '2030-01-08 12:30:00';
    await user.click(await screen.findByTestId('progress-expected'));
    expect(screen.queryByTestId('progress-late')).not.toBeInTheDocument();
    await user.type(screen.getByTestId('progress-anomalies'), '无异常');
    await user.click(screen.getByTestId('progress-submit'));
    expect(await screen.findByText('请填写询问的车间人员')).toBeInTheDocument();
    expect(requestsTo(spy, 'POST', `${PATH}/pc-1/complete`)).toHaveLength(0);
    await user.type(screen.getByTestId('progress-person'), '周技师');
    await user.click(screen.getByTestId('progress-submit'));
    await waitFor(() => expect(requestsTo(spy, 'POST', `${PATH}/pc-1/complete`)).toHaveLength(1));
    const sent = requestsTo(spy, 'POST', `${PATH}/pc-1/complete`)[0] as Request;
    expect(sent.headers.get('If-Match')).toBe('"2"');
    expect(await sent.json()).toEqual({
      expectedCompletionAt: '2030-01-08T04:30:00.000Z',
      anomalies: '无异常',
      workshopAsked: true,
      workshopPerson: '周技师',
      revisedPromisedAt: null,
      revisionReason: null,
      language: null,
    });
  });

  it('asks for the reason when the workshop expects to finish after the promise, and leaves the new promise to the expected completion by default', async () => {
    const user = userEvent.setup();
    const spy = stub(CHECK);
    render();
    await user.click(await screen.findByTestId('progress-open'));
    await user.click(screen.getByLabelText('已向车间确认'));
    expect(screen.queryByTestId('progress-person')).not.toBeInTheDocument();
    picks['progress-expected'] = '2030-01-08 15:00:00';
    await user.click(await screen.findByTestId('progress-expected'));
    expect(screen.getByTestId('progress-late')).toHaveTextContent('晚于承诺交车时间');
    expect(screen.getByTestId('progress-submit')).toHaveTextContent('记录并通知客户');
    await user.click(screen.getByTestId('progress-submit'));
    expect(await screen.findByText('晚于承诺时间时必须填写调整原因')).toBeInTheDocument();
    expect(requestsTo(spy, 'POST', `${PATH}/pc-1/complete`)).toHaveLength(0);
    await user.type(screen.getByTestId('progress-reason'), '变速箱油到货延迟');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByTestId('progress-submit'));
    await waitFor(() => expect(requestsTo(spy, 'POST', `${PATH}/pc-1/complete`)).toHaveLength(1));
    expect(await (requestsTo(spy, 'POST', `${PATH}/pc-1/complete`)[0] as Request).json()).toEqual({
      expectedCompletionAt: '2030-01-08T07:00:00.000Z',
      anomalies: null,
      workshopAsked: false,
      workshopPerson: null,
      revisedPromisedAt: null,
      revisionReason: '变速箱油到货延迟',
      language: 'en',
    });
  });

  it('sends the new promise the advisor picked herself, after the expected completion', async () => {
    const user = userEvent.setup();
    const spy = stub(CHECK);
    render();
    await user.click(await screen.findByTestId('progress-open'));
    picks['progress-expected'] = '2030-01-08 15:00:00';
    picks['progress-revised'] = '2030-01-08 16:30:00';
    await user.click(await screen.findByTestId('progress-expected'));
    await user.click(await screen.findByTestId('progress-revised'));
    await user.type(screen.getByTestId('progress-person'), '周技师');
    await user.type(screen.getByTestId('progress-reason'), '等件');
    await user.click(screen.getByTestId('progress-submit'));
    await waitFor(() => expect(requestsTo(spy, 'POST', `${PATH}/pc-1/complete`)).toHaveLength(1));
    expect(await (requestsTo(spy, 'POST', `${PATH}/pc-1/complete`)[0] as Request).json()).toMatchObject({
      expectedCompletionAt: '2030-01-08T07:00:00.000Z',
      revisedPromisedAt: '2030-01-08T08:30:00.000Z',
      language: 'zh-CN',
    });
  });

  it("puts the server's violation on the field it names", async () => {
    const user = userEvent.setup();
    stub(CHECK, () => problem({ status: 400, title: 'Validation failed', code: 'validation', violations: [{ field: 'revisedPromisedAt', message: 'must not be before the expected completion' }] }));
    render();
    await user.click(await screen.findByTestId('progress-open'));
    picks['progress-expected'] = '2030-01-08 15:00:00';
    picks['progress-revised'] = '2030-01-08 14:00:00';
    await user.click(await screen.findByTestId('progress-expected'));
    await user.click(await screen.findByTestId('progress-revised'));
    await user.type(screen.getByTestId('progress-person'), '周技师');
    await user.type(screen.getByTestId('progress-reason'), '等件');
    await user.click(screen.getByTestId('progress-submit'));
    expect(await screen.findByText('must not be before the expected completion')).toBeInTheDocument();
  });

  it('shows loading, then says so when the task has no check or it could not be read, and a closed check has no form', async () => {
    stub(null);
    const { unmount } = render();
    expect(screen.getByText('加载中…')).toBeInTheDocument();
    expect(await screen.findByText('未找到该任务的进度检查。')).toBeInTheDocument();
    unmount();
    stubFetch({ [`GET ${PATH}`]: () => problem({ status: 500, title: 'Server error' }) });
    const second = render();
    expect(await screen.findByRole('button', { name: '重试' })).toBeInTheDocument();
    second.unmount();
    stub({ ...CHECK, status: 'CANCELLED', availableActions: [] });
    render();
    expect(await screen.findByText('工单已完工，无需检查')).toBeInTheDocument();
    expect(screen.queryByTestId('progress-open')).not.toBeInTheDocument();
  });
});
