import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CannedJob, CataloguePartSummary, StoreSettings } from '@/lib/api-types';
import { SETTINGS } from '@/test/appointment-fixtures';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { SetupRoute } from './setup-route';

// The appointment screens' settings, as a store with a five-day week and no holidays would hold them.
const settings: StoreSettings = {
  ...SETTINGS,
  photoMaxBytes: 10485760,
  openingHours: [1, 2, 3, 4, 5].map((d) => ({ dayOfWeek: d, opens: '08:30:00', closes: '18:00:00' })),
  holidays: [],
  version: 4,
};

const pads: CataloguePartSummary = {
  id: 'part-1',
  partNumber: 'BP-4411',
  nameZh: '前刹车片',
  nameEn: null,
  grade: 'OEM',
  listPrice: 420,
  taxClass: 'STANDARD',
  criticalSystem: true,
  supersedes: [],
  supersededBy: null,
  active: true,
  available: 3,
  expectedArrivalAt: null,
};

const store = () => json({ code: 'BJ01', name: '北京一店', timezone: 'Asia/Shanghai', currency: 'CNY', version: 1 });

describe('store settings (issue 8)', () => {
  it('shows every rule number with its default and rule, puts the server violation on its field, and saves with If-Match', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const spy = stubFetch({
      'GET /api/stores/BJ01': store,
      'GET /api/stores/BJ01/settings': () => json(settings, 200, { ETag: '"4"' }),
      'PUT /api/stores/BJ01/settings': () =>
        ++attempts === 1
          ? problem({ status: 400, title: 'Validation failed', detail: '1 field is invalid', violations: [{ field: 'progressCheckPercent', message: 'must be less than or equal to 80' }] })
          : json({ ...settings, progressCheckPercent: 80, version: 5 }, 200, { ETag: '"5"' }),
    });
    renderWithApp(<SetupRoute />, { roles: ['service-manager'] });
    const field = await screen.findByLabelText(/进度检查点（%） \(R-REP-2\)/);
    expect(screen.getByText(/作业用时达到预计时长的这个比例时.*默认 75/)).toBeInTheDocument();
    expect(screen.getByLabelText(/定金比例（%） \(R-APT-4\)/)).toHaveValue('50');
    expect(screen.getByLabelText(/免打扰开始 \(R-APT-6\)/)).toHaveValue('21:00');

    await user.clear(field);
    await user.type(field, '90');
    await user.click(screen.getByTestId('save-settings'));
    expect(await screen.findByText('must be less than or equal to 80')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await user.type(field, '80');
    await user.click(screen.getByTestId('save-settings'));
    expect(await screen.findByTestId('settings-saved')).toBeInTheDocument();
    const puts = requestsTo(spy, 'PUT', '/api/stores/BJ01/settings');
    expect(puts).toHaveLength(2);
    expect(puts[1]?.headers.get('If-Match')).toBe('"4"');
    const body = (await puts[1]?.json()) as Record<string, unknown>;
    expect(body.progressCheckPercent).toBe(80);
    expect(body.quietHoursStart).toBe('21:00:00');
    expect(body.openingHours).toEqual(settings.openingHours);
  });

  it('sets what the printed repair order carries: address, phone, store terms and warranty terms (issue 14)', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'GET /api/stores/BJ01': store,
      'GET /api/stores/BJ01/settings': () => json(settings, 200, { ETag: '"4"' }),
      'PUT /api/stores/BJ01/settings': () => json({ ...settings, version: 5 }, 200, { ETag: '"5"' }),
    });
    renderWithApp(<SetupRoute />, { roles: ['service-manager'] });
    expect(await screen.findByLabelText(/质量保证条款/)).toHaveValue(settings.warrantyTerms);
    await user.click(screen.getByLabelText('门店地址'));
    await user.paste('北京市朝阳区东三环北路 8 号');
    await user.click(screen.getByLabelText('门店电话'));
    await user.paste('010-6500 8888');
    await user.click(screen.getByLabelText('本店条款'));
    await user.paste('竣工后 3 日内未取车的，按日收取停车费。');
    await user.click(screen.getByTestId('save-settings'));
    expect(await screen.findByTestId('settings-saved')).toBeInTheDocument();
    const body = (await requestsTo(spy, 'PUT', '/api/stores/BJ01/settings')[0]?.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ address: '北京市朝阳区东三环北路 8 号', phone: '010-6500 8888', orderTerms: '竣工后 3 日内未取车的，按日收取停车费。', warrantyTerms: settings.warrantyTerms });
  });

  it('puts an opening-hours violation on the weekday it names, not on the n-th open day', async () => {
    const user = userEvent.setup();
    stubFetch({
      'GET /api/stores/BJ01': store,
      'GET /api/stores/BJ01/settings': () =>
        json({ ...settings, openingHours: [{ dayOfWeek: 3, opens: '08:30:00', closes: '18:00:00' }] }),
      // Only Wednesday is open, so the server's openingHours[0] is Wednesday.
      'PUT /api/stores/BJ01/settings': () => problem({ status: 400, title: 'Validation failed', violations: [{ field: 'openingHours[0].closes', message: 'must be after opens' }] }),
    });
    renderWithApp(<SetupRoute />, { roles: ['service-manager'] });
    await user.click(await screen.findByTestId('save-settings'));
    expect(await screen.findByText('must be after opens')).toBeInTheDocument();
    expect(screen.getByLabelText('周三 关门')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('周一 关门')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the loading and then the error state when the settings cannot be read', async () => {
    stubFetch({
      'GET /api/stores/BJ01': store,
      'GET /api/stores/BJ01/settings': () => problem({ status: 503, title: 'Unavailable', detail: '数据库暂不可用' }),
    });
    renderWithApp(<SetupRoute />, { roles: ['service-manager'] });
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(await screen.findByText('数据库暂不可用')).toBeInTheDocument();
  });
});

describe('workshop set-up lists (issue 8)', () => {
  it('shows the empty state, adds an advisor with reception capacity and shows a field error from the server', async () => {
    const user = userEvent.setup();
    let advisors: unknown[] = [];
    let posted: unknown = null;
    stubFetch({
      'GET /api/stores/BJ01': store,
      'GET /api/stores/BJ01/settings': () => json(settings),
      'GET /api/stores/BJ01/advisors': () => json(advisors),
      'POST /api/stores/BJ01/advisors': async (r) => {
        const body = (await r.json()) as { receptionCapacity: number };
        posted = body;
        if (body.receptionCapacity > 10) return problem({ status: 400, title: 'Validation failed', violations: [{ field: 'receptionCapacity', message: 'must be less than or equal to 10' }] });
        advisors = [{ id: 'a1', version: 0, ...body }];
        return json(advisors[0], 201);
      },
    });
    renderWithApp(<SetupRoute />, { roles: ['service-manager'], path: '/?tab=advisors' });
    expect(await screen.findByText('还没有服务顾问。')).toBeInTheDocument();
    await user.click(screen.getByTestId('add-advisors'));
    const form = screen.getByTestId('advisors-form');
    await user.type(within(form).getByLabelText(/登录名/), 'wang');
    await user.type(within(form).getByLabelText(/姓名/), '王顾问');
    const capacity = within(form).getByLabelText(/每时段接待数/);
    await user.clear(capacity);
    await user.type(capacity, '12');
    await user.click(within(form).getByTestId('save-resource'));
    expect(await screen.findByText('must be less than or equal to 10')).toBeInTheDocument();
    await user.clear(capacity);
    await user.type(capacity, '3');
    await user.click(within(form).getByTestId('save-resource'));
    expect(await screen.findByTestId('advisors-row')).toHaveTextContent('王顾问');
    expect(screen.getByTestId('advisors-row')).toHaveTextContent('3');
    expect(posted).toEqual({ username: 'wang', displayName: '王顾问', receptionCapacity: 3, active: true });
  });

  it('saves a technician with a shift per weekday: an unticked weekday is a day off', async () => {
    const user = userEvent.setup();
    type TechBody = { skills: string[]; shifts: { dayOfWeek: number }[] };
    let body: TechBody | null = null;
    stubFetch({
      'GET /api/stores/BJ01': store,
      'GET /api/stores/BJ01/settings': () => json(settings),
      'GET /api/stores/BJ01/technicians': () => json([]),
      'POST /api/stores/BJ01/technicians': async (r) => {
        body = (await r.json()) as TechBody;
        return json({ id: 't1', version: 0, ...body, absences: [], shifts: [] }, 201);
      },
    });
    renderWithApp(<SetupRoute />, { roles: ['service-manager'], path: '/?tab=technicians' });
    await user.click(await screen.findByTestId('add-technicians'));
    const form = screen.getByTestId('technicians-form');
    await user.type(within(form).getByLabelText(/^姓名/), '赵师傅');
    await user.type(within(form).getByLabelText(/^技能/), 'MAINTENANCE, DIAGNOSIS');
    await user.click(within(form).getByLabelText('周六'));
    await user.click(within(form).getByTestId('save-resource'));
    await waitFor(() => expect(body).not.toBeNull());
    expect((body as TechBody | null)?.skills).toEqual(['MAINTENANCE', 'DIAGNOSIS']);
    expect((body as TechBody | null)?.shifts.map((s) => s.dayOfWeek)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('canned jobs (issue 8)', () => {
  it('takes a part from the catalogue instead of typing it: number, name, price and grade come from the price list', async () => {
    const user = userEvent.setup();
    let jobs: CannedJob[] = [];
    let posted: Omit<CannedJob, 'id' | 'version'> | null = null;
    let idempotencyKey: string | null = null;
    stubFetch({
      'GET /api/stores/BJ01': store,
      'GET /api/stores/BJ01/settings': () => json(settings),
      'GET /api/stores/BJ01/canned-jobs': () => json(jobs),
      'GET /api/stores/BJ01/catalogue/parts': () => json({ items: [pads], nextCursor: null }),
      'GET /api/stores/BJ01/catalogue/operations': () => json({ items: [], nextCursor: null }),
      'POST /api/stores/BJ01/canned-jobs': async (r) => {
        const body = (await r.json()) as Omit<CannedJob, 'id' | 'version'>;
        posted = body;
        idempotencyKey = r.headers.get('Idempotency-Key');
        jobs = [{ id: 'c1', version: 0, ...body }];
        return json(jobs[0], 201);
      },
    });
    renderWithApp(<SetupRoute />, { roles: ['service-manager'], path: '/?tab=canned-jobs' });
    expect(await screen.findByText('还没有标准作业。')).toBeInTheDocument();
    await user.click(screen.getByTestId('add-canned-jobs'));
    // Saving without a line is refused on the spot.
    await user.type(screen.getByTestId('canned-job-code'), 'BRAKE-F');
    await user.type(screen.getByTestId('canned-job-name'), '更换前刹车片');
    await user.click(screen.getByTestId('save-resource'));
    expect(await screen.findByText('至少需要一行工时或配件。')).toBeInTheDocument();

    await user.type(screen.getByTestId('catalogue-search'), 'BP');
    await user.click(await screen.findByTestId('catalogue-option-part'));
    await user.click(screen.getByTestId('catalogue-add'));
    expect(screen.getByTestId('canned-job-part-number')).toHaveValue('BP-4411');
    expect(screen.getByTestId('canned-job-unit-price')).toHaveValue('420');
    await user.click(screen.getByTestId('save-resource'));
    expect(await screen.findByTestId('canned-jobs-row')).toHaveTextContent('BP-4411');
    expect(idempotencyKey).toBeTruthy();
    expect((posted as Omit<CannedJob, 'id' | 'version'> | null)?.lines).toEqual([
      { kind: 'PART', description: '前刹车片', partNumber: 'BP-4411', quantity: 1, unitPrice: 420, grade: 'OEM', criticalSystem: true, cataloguePartId: 'part-1' },
    ]);
  });

  it('marks a line picked from the catalogue as priced by it, and puts the server violation of that line on the line, not on the list', async () => {
    const user = userEvent.setup();
    stubFetch({
      'GET /api/stores/BJ01': store,
      'GET /api/stores/BJ01/settings': () => json(settings),
      'GET /api/stores/BJ01/canned-jobs': () => json([]),
      'GET /api/stores/BJ01/catalogue/parts': () => json({ items: [pads], nextCursor: null }),
      'GET /api/stores/BJ01/catalogue/operations': () => json({ items: [], nextCursor: null }),
      'POST /api/stores/BJ01/canned-jobs': () =>
        problem({ status: 400, title: 'Validation failed', violations: [{ field: 'lines[1].cataloguePartId', message: 'is inactive in the catalogue' }] }),
    });
    renderWithApp(<SetupRoute />, { roles: ['service-manager'], path: '/?tab=canned-jobs' });
    await user.click(await screen.findByTestId('add-canned-jobs'));
    await user.type(screen.getByTestId('canned-job-code'), 'BRAKE-F');
    await user.type(screen.getByTestId('canned-job-name'), '更换前刹车片');
    await user.click(screen.getByTestId('add-job-line'));
    await user.type(screen.getByLabelText(/^说明/), '检查');
    await user.type(screen.getByLabelText(/^标准工时/), '0.5');
    await user.type(screen.getByTestId('catalogue-search'), 'BP');
    await user.click(await screen.findByTestId('catalogue-option-part'));
    await user.click(screen.getByTestId('catalogue-add'));
    const lines = screen.getAllByTestId('canned-job-line');
    expect(within(lines[1] as HTMLElement).getByTestId('canned-job-line-linked')).toHaveTextContent('按目录计价');
    expect(within(lines[1] as HTMLElement).getByTestId('canned-job-unit-price')).toHaveAttribute('readonly');
    await user.click(screen.getByTestId('save-resource'));
    expect(await within(lines[1] as HTMLElement).findByTestId('canned-job-line-error')).toHaveTextContent('is inactive in the catalogue');
    expect(within(lines[0] as HTMLElement).queryByTestId('canned-job-line-error')).toBeNull();
    expect(screen.queryByText('至少需要一行工时或配件。')).toBeNull();
  });
});
