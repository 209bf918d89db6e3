import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveIndicator } from '@/components/live-indicator';
import { createQueryClient } from '@/lib/query-client';
import { useFallbackInterval } from '@/lib/live-status';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { theme } from '../theme';
import { LiveUpdates, retryDelay } from './live-updates';

const STREAM = '/api/stores/BJ01/events/stream';
const BOARD = '/api/stores/BJ01/workshop/board';

/** A server-sent-event response the test writes to, as the backend would. */
function sseResponse() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
  };
}

function Board() {
  const board = useQuery({ queryKey: ['stores', 'BJ01', 'workshop', 'board', 'today'], queryFn: () => fetch(new URL(BOARD, window.location.origin)).then((r) => r.json()),
    refetchInterval: useFallbackInterval(10_000) });
  return <div data-testid="board">{board.data ? 'loaded' : 'loading'}</div>;
}

function renderLive() {
  const qc = createQueryClient();
  qc.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={qc}>
        <LiveUpdates store="BJ01">
          <LiveIndicator />
          <Board />
        </LiveUpdates>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const jobChanged = (sequence: number) =>
  `id: c${sequence}\nevent: WorkshopJobChanged\ndata: ${JSON.stringify({ sequence, cursor: `c${sequence}`, type: 'WorkshopJobChanged', subjectType: 'workshop-job',
    subjectId: 'j1', repairOrderId: 'o1', occurredAt: '2026-11-23T02:00:00Z' })}\n\n`;

describe('live updates', () => {
  afterEach(() => document.body.replaceChildren());

  it('an event on the stream refetches the screen it touches, and the indicator says live', async () => {
    const stream = sseResponse();
    const spy = stubFetch({ [`GET ${STREAM}`]: () => stream.response, [`GET ${BOARD}`]: () => json({ jobs: [] }) });
    renderLive();
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'live'));
    expect(screen.getByTestId('live-status')).toHaveTextContent('实时');
    expect(requestsTo(spy, 'GET', BOARD)).toHaveLength(1);
    expect(requestsTo(spy, 'GET', STREAM)[0]?.headers.get('Accept')).toBe('text/event-stream');

    stream.send(jobChanged(7));
    await waitFor(() => expect(requestsTo(spy, 'GET', BOARD)).toHaveLength(2));
    // an event of another kind that does not touch the workshop leaves it alone
    stream.send(`id: c8\nevent: RepairOrderSigned\ndata: ${JSON.stringify({ sequence: 8, cursor: 'c8', type: 'RepairOrderSigned', subjectType: 'repair-order', subjectId: 'o2', repairOrderId: 'o2', occurredAt: '2026-11-23T02:00:00Z' })}\n\n`);
    stream.send(jobChanged(9));
    await waitFor(() => expect(requestsTo(spy, 'GET', BOARD)).toHaveLength(3));
  });

  it('when the stream ends it says reconnecting, reopens after the last event it got and refetches what it may have missed', async () => {
    const first = sseResponse();
    const second = sseResponse();
    let opened = 0;
    const spy = stubFetch({ [`GET ${STREAM}`]: () => (opened++ === 0 ? first : second).response, [`GET ${BOARD}`]: () => json({ jobs: [] }) });
    renderLive();
    await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'live'));
    first.send(jobChanged(3));
    await waitFor(() => expect(requestsTo(spy, 'GET', BOARD)).toHaveLength(2));
    first.close();
    await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'reconnecting'));
    expect(screen.getByTestId('live-status')).toHaveTextContent('重新连接中');
    await waitFor(() => expect(requestsTo(spy, 'GET', STREAM)).toHaveLength(2), { timeout: 3000 });
    expect(requestsTo(spy, 'GET', STREAM)[1]?.headers.get('last-event-id')).toBe('c3');
    await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'live'));
    await waitFor(() => expect(requestsTo(spy, 'GET', BOARD)).toHaveLength(3));
  });

  it('a stream the user may not open stops for good and the screens poll instead', async () => {
    const spy = stubFetch({ [`GET ${STREAM}`]: () => problem({ status: 404, title: 'Not Found', code: 'not-found' }), [`GET ${BOARD}`]: () => json({ jobs: [] }) });
    renderLive();
    await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'off'));
    expect(screen.getByTestId('live-status')).toHaveTextContent('定时刷新');
    expect(requestsTo(spy, 'GET', STREAM)).toHaveLength(1);
  });

  it('waits longer after each failure, at most 15 s', () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
  });
});
