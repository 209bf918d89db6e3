import { afterEach, describe, expect, it, vi } from 'vitest';
import { problem, json, stubFetch, requestsTo } from '@/test/fetch-stub';
import { api, configureApiAuth, etagOf, unwrap } from './api-client';
import { ApiError } from './problem';

describe('api client (problem+json aware)', () => {
  afterEach(() => configureApiAuth({ getAccessToken: async () => null, onUnauthorized: () => undefined }));

  it('turns a problem+json answer into an ApiError with detail, code and violations', async () => {
    stubFetch({
      'POST /api/stores/BJ01/customers': () =>
        problem({
          type: 'https://dms.example/problems/validation',
          title: 'Validation failed',
          status: 422,
          detail: '2 fields are invalid',
          instance: '/api/stores/BJ01/customers',
          code: 'VALIDATION',
          violations: [
            { field: 'phones[0]', message: '不是有效的手机号' },
            { field: 'name', message: '不能为空' },
          ],
        }),
    });
    const call = unwrap(
      api.POST('/api/stores/{store}/customers', {
        params: { path: { store: 'BJ01' } },
        body: { type: 'PRIVATE', name: '', phones: ['123'], email: null, address: null, companyName: null, clubMember: false, preferredContact: 'PHONE', serviceWishes: null, notes: null },
      }),
    );
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(422);
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toBe('2 fields are invalid');
    expect(e.violations).toEqual([
      { field: 'phones[0]', message: '不是有效的手机号' },
      { field: 'name', message: '不能为空' },
    ]);
  });

  it('keeps the status when the error body is not a problem', async () => {
    stubFetch({ 'GET /api/me': () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }) });
    const e = (await unwrap(api.GET('/api/me')).catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(502);
    expect(e.violations).toEqual([]);
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const e = (await unwrap(api.GET('/api/me')).catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(0);
  });

  it('sends the access token as Bearer and returns the ETag', async () => {
    configureApiAuth({ getAccessToken: async () => 'tok123', onUnauthorized: () => undefined });
    const spy = stubFetch({ 'GET /api/stores/BJ01/customers/c1': () => json({ id: 'c1' }, 200, { ETag: '"3"' }) });
    const { response } = await unwrap(api.GET('/api/stores/{store}/customers/{id}', { params: { path: { store: 'BJ01', id: 'c1' } } }));
    expect(etagOf(response)).toBe('"3"');
    const [req] = requestsTo(spy, 'GET', '/api/stores/BJ01/customers/c1');
    expect(req?.headers.get('Authorization')).toBe('Bearer tok123');
  });

  it('asks for a new sign-in on 401', async () => {
    const onUnauthorized = vi.fn();
    configureApiAuth({ getAccessToken: async () => 'expired', onUnauthorized });
    stubFetch({ 'GET /api/me': () => problem({ status: 401, title: 'Unauthorized' }) });
    await expect(unwrap(api.GET('/api/me'))).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });
});
