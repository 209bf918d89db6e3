import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebhookDelivery, WebhookSubscription } from '@/lib/api-types';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { DeliveryLog } from './delivery-log';
import { SubscriptionList } from './subscription-list';

const subscription = (over: Partial<WebhookSubscription> = {}): WebhookSubscription => ({
  id: 's1',
  store: 'BJ01',
  clientId: 'crm-connector',
  url: 'https://crm.example.com/dms/webhooks',
  description: 'CRM sync',
  eventTypes: ['RepairOrderSigned', 'RepairOrderHandedOver'],
  status: 'ACTIVE',
  pausedReason: null,
  createdAt: '2030-01-07T02:00:00Z',
  updatedAt: '2030-01-07T02:00:00Z',
  pausedAt: null,
  pausedBy: null,
  pausedForFailing: false,
  failingSince: null,
  consecutiveFailures: 0,
  ...over,
});

const delivery = (over: Partial<WebhookDelivery> = {}): WebhookDelivery => ({
  id: 'd1',
  eventId: 'e1',
  eventType: 'RepairOrderSigned',
  sequence: 42,
  subjectId: '0190a1b2-0000-7000-8000-000000000001',
  status: 'PENDING',
  attempts: 2,
  nextAttemptAt: '2030-01-08T03:30:00Z',
  deliveredAt: null,
  lastStatusCode: 500,
  lastError: 'HTTP 500',
  log: [
    { attemptedAt: '2030-01-08T02:00:00Z', statusCode: 500, durationMs: 42, error: 'HTTP 500' },
    { attemptedAt: '2030-01-08T02:01:00Z', statusCode: null, durationMs: 10000, error: 'timed out' },
  ],
  updatedAt: '2030-01-08T02:01:00Z',
  ...over,
});

const BASE = '/api/stores/BJ01/webhook-subscriptions';

afterEach(() => vi.restoreAllMocks());

describe('the integrations screen: webhook subscriptions (issue 12)', () => {
  it('lists every client’s subscription with its status, and when and why a paused one stopped', async () => {
    stubFetch({
      [`GET ${BASE}`]: () =>
        json({
          items: [
            subscription(),
            subscription({ id: 's2', clientId: 'oem-app', status: 'PAUSED', pausedReason: 'paused by manager', pausedAt: '2030-01-08T01:00:00Z', updatedAt: '2030-01-08T01:00:00Z' }),
            subscription({
              id: 's3',
              clientId: 'dwh',
              status: 'PAUSED',
              pausedReason: 'kept failing for 24 h: HTTP 503',
              pausedForFailing: true,
              pausedAt: '2030-01-09T04:15:00Z',
              updatedAt: '2030-01-09T04:15:00Z',
              failingSince: '2030-01-08T04:10:00Z',
              consecutiveFailures: 17,
            }),
            subscription({ id: 's4', clientId: 'old-crm', status: 'DELETED' }),
          ],
        }),
    });
    renderWithApp(<SubscriptionList store="BJ01" zone="Asia/Shanghai" />, { roles: ['service-manager'] });
    const cards = await screen.findAllByTestId('webhook-subscription');
    expect(cards).toHaveLength(4);
    const [active, paused, failing, deleted] = cards as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(within(active).getByText('crm-connector')).toBeInTheDocument();
    expect(within(active).getByTestId('webhook-url')).toHaveTextContent('https://crm.example.com/dms/webhooks');
    expect(within(active).getByText('RepairOrderHandedOver')).toBeInTheDocument();
    expect(within(active).getByTestId('webhook-status')).toHaveTextContent('推送中');
    expect(within(active).getByText(/创建于/)).toHaveTextContent('10:00'); // store time, UTC+8
    expect(within(paused).getByTestId('webhook-status')).toHaveTextContent('已暂停');
    expect(within(paused).getByTestId('webhook-paused')).toHaveTextContent('09:00');
    expect(within(paused).getByTestId('webhook-paused')).toHaveTextContent('paused by manager');
    expect(within(paused).getByTestId('webhook-resume')).toBeInTheDocument();
    expect(within(failing).getByTestId('webhook-status')).toHaveTextContent('连续失败已暂停');
    expect(within(failing).getByTestId('webhook-paused')).toHaveTextContent('12:15');
    expect(within(failing).getByTestId('webhook-paused')).toHaveTextContent('HTTP 503');
    expect(within(failing).getByTestId('webhook-failing')).toHaveTextContent('17');
    expect(within(failing).getByTestId('webhook-failing')).toHaveTextContent('12:10'); // failing since, store time
    expect(within(active).queryByTestId('webhook-failing')).not.toBeInTheDocument();
    expect(within(deleted).getByTestId('webhook-status')).toHaveTextContent('已删除');
    expect(within(deleted).queryByTestId('webhook-delete')).not.toBeInTheDocument();
    expect(within(deleted).getByTestId('webhook-deliveries-link')).toHaveAttribute('href', '/integrations/s4');
  });

  it('pause calls the API and the row shows the paused subscription', async () => {
    const user = userEvent.setup();
    const show = vi.spyOn(notifications, 'show');
    let paused = false;
    const spy = stubFetch({
      [`GET ${BASE}`]: () => json({ items: [paused ? subscription({ status: 'PAUSED', pausedReason: 'paused by tester' }) : subscription()] }),
      [`POST ${BASE}/s1/pause`]: () => {
        paused = true;
        return json(subscription({ status: 'PAUSED', pausedReason: 'paused by tester', updatedAt: '2030-01-08T02:00:00Z' }));
      },
    });
    renderWithApp(<SubscriptionList store="BJ01" zone="Asia/Shanghai" />, { roles: ['service-manager'] });
    await user.click(await screen.findByTestId('webhook-pause'));
    await waitFor(() => expect(requestsTo(spy, 'POST', `${BASE}/s1/pause`)).toHaveLength(1));
    expect(await screen.findByTestId('webhook-paused')).toHaveTextContent('paused by tester');
    expect(screen.getByTestId('webhook-status')).toHaveTextContent('已暂停');
    expect(screen.getByTestId('webhook-resume')).toBeInTheDocument();
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: '已暂停 crm-connector 的订阅' }));
  });

  it('a pause that lost the race (409: someone else changed it) is shown as a conflict with a reload', async () => {
    const user = userEvent.setup();
    let reads = 0;
    stubFetch({
      [`GET ${BASE}`]: () => json({ items: [reads++ === 0 ? subscription() : subscription({ status: 'PAUSED', pausedReason: 'paused by crm-connector' })] }),
      [`POST ${BASE}/s1/pause`]: () => problem({ status: 409, title: 'Conflict', code: 'webhook-not-active', detail: 'Only an active subscription can be paused; this one is PAUSED.' }),
    });
    renderWithApp(<SubscriptionList store="BJ01" zone="Asia/Shanghai" />, { roles: ['service-manager'] });
    await user.click(await screen.findByTestId('webhook-pause'));
    const notice = await screen.findByTestId('conflict');
    await user.click(within(notice).getByRole('button'));
    expect(await screen.findByTestId('webhook-resume')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('conflict')).not.toBeInTheDocument());
  });

  it('delete asks first, then deactivates and shows the subscription as deleted', async () => {
    const user = userEvent.setup();
    let deleted = false;
    const spy = stubFetch({
      [`GET ${BASE}`]: () => json({ items: [subscription(deleted ? { status: 'DELETED' } : {})] }),
      [`GET ${BASE}/s1`]: () => json(subscription(deleted ? { status: 'DELETED' } : {})),
      [`DELETE ${BASE}/s1`]: () => {
        deleted = true;
        return new Response(null, { status: 204 });
      },
    });
    renderWithApp(<SubscriptionList store="BJ01" zone="Asia/Shanghai" />, { roles: ['service-manager'] });
    await user.click(await screen.findByTestId('webhook-delete'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/不再向 crm-connector/)).toBeInTheDocument();
    expect(requestsTo(spy, 'DELETE', `${BASE}/s1`)).toHaveLength(0);
    await user.click(within(dialog).getByTestId('webhook-delete-confirm'));
    await waitFor(() => expect(requestsTo(spy, 'DELETE', `${BASE}/s1`)).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('webhook-status')).toHaveTextContent('已删除'));
    expect(screen.queryByTestId('webhook-delete')).not.toBeInTheDocument();
  });

  it('says when no integrator has subscribed yet', async () => {
    stubFetch({ [`GET ${BASE}`]: () => json({ items: [] }) });
    renderWithApp(<SubscriptionList store="BJ01" zone="Asia/Shanghai" />, { roles: ['service-manager'] });
    expect(await screen.findByText('还没有对接方订阅事件')).toBeInTheDocument();
  });

  it('shows an error with its message when the list cannot be read', async () => {
    stubFetch({ [`GET ${BASE}`]: () => problem({ status: 503, title: 'Service Unavailable', detail: 'database down' }) });
    renderWithApp(<SubscriptionList store="BJ01" zone="Asia/Shanghai" />, { roles: ['service-manager'] });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});

describe('a subscription’s delivery log (issue 12)', () => {
  it('shows each attempt’s HTTP status code in store time, the next retry, and an unreachable receiver', async () => {
    stubFetch({
      [`GET ${BASE}/s1/deliveries`]: () =>
        json({ items: [delivery(), delivery({ id: 'd2', sequence: 43, eventType: 'RepairOrderHandedOver', status: 'DELIVERED', attempts: 1, nextAttemptAt: null, deliveredAt: '2030-01-08T02:05:00Z', lastStatusCode: 204, lastError: null, log: [{ attemptedAt: '2030-01-08T02:05:00Z', statusCode: 204, durationMs: 12, error: null }] })] }),
    });
    renderWithApp(<DeliveryLog store="BJ01" zone="Asia/Shanghai" subscriptionId="s1" canReplay />, { roles: ['service-manager'] });
    const [pending, done] = (await screen.findAllByTestId('webhook-delivery')) as [HTMLElement, HTMLElement];
    expect(within(pending).getByText('RepairOrderSigned')).toBeInTheDocument();
    expect(within(pending).getByTestId('webhook-delivery-status')).toHaveTextContent('待发送 / 重试中');
    expect(within(pending).getByText(/序号 42/)).toHaveTextContent('0190a1b2-0000-7000-8000-000000000001');
    const attempts = within(pending).getAllByTestId('webhook-attempt');
    expect(attempts[0]).toHaveTextContent('500');
    expect(attempts[0]).toHaveTextContent('10:00');
    expect(attempts[0]).toHaveTextContent('42 毫秒');
    expect(attempts[1]).toHaveTextContent('无法连接');
    expect(attempts[1]).toHaveTextContent('timed out');
    expect(within(pending).getByTestId('webhook-delivery-summary')).toHaveTextContent('尝试 2 次');
    expect(within(pending).getByTestId('webhook-delivery-summary')).toHaveTextContent('下次重试');
    expect(within(pending).getByTestId('webhook-delivery-summary')).toHaveTextContent('11:30');
    expect(within(done).getByTestId('webhook-delivery-status')).toHaveTextContent('已送达');
    expect(within(done).getByTestId('webhook-attempt')).toHaveTextContent('204');
    expect(within(done).getByTestId('webhook-delivery-summary')).toHaveTextContent('送达');
  });

  it('replay posts the delivery again and says so', async () => {
    const user = userEvent.setup();
    const show = vi.spyOn(notifications, 'show');
    const spy = stubFetch({
      [`GET ${BASE}/s1/deliveries`]: () => json({ items: [delivery({ status: 'FAILED', nextAttemptAt: null })] }),
      [`POST ${BASE}/s1/deliveries/d1/replay`]: () => json(delivery({ log: [] })),
    });
    renderWithApp(<DeliveryLog store="BJ01" zone="Asia/Shanghai" subscriptionId="s1" canReplay />, { roles: ['service-manager'] });
    await user.click(await screen.findByRole('button', { name: /重新发送 RepairOrderSigned/ }));
    await waitFor(() => expect(requestsTo(spy, 'POST', `${BASE}/s1/deliveries/d1/replay`)).toHaveLength(1));
    await waitFor(() => expect(show).toHaveBeenCalledWith(expect.objectContaining({ color: 'green', message: '已重新发送 RepairOrderSigned 事件' })));
    // The log is read again for the replayed delivery's new state.
    await waitFor(() => expect(requestsTo(spy, 'GET', `${BASE}/s1/deliveries`).length).toBeGreaterThan(1));
  });

  it('offers no replay for a deleted subscription, and says when nothing was delivered yet', async () => {
    stubFetch({ [`GET ${BASE}/s1/deliveries`]: () => json({ items: [] }) });
    renderWithApp(<DeliveryLog store="BJ01" zone="Asia/Shanghai" subscriptionId="s1" canReplay={false} />, { roles: ['service-manager'] });
    expect(await screen.findByText('还没有投递记录')).toBeInTheDocument();
    expect(screen.queryByTestId('webhook-replay')).not.toBeInTheDocument();
  });
});
