import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { AppointmentNotifications } from './notification-list';

const base = {
  appointmentId: 'a-1', subjectType: 'appointment', subjectId: 'a-1', language: 'zh-CN', title: null, recipient: null,
  lastError: null, nextAttemptAt: null, provider: null, sentAt: null, attempts: 0, createdAt: '2026-11-23T01:00:00Z',
};
const items = [
  { ...base, id: 'n-1', audience: 'WORKSHOP', channel: 'BOARD', kind: 'APPOINTMENT_RESCHEDULED', body: '预约改期：京A12345', status: 'SENT',
    provider: 'board', attempts: 0, sentAt: '2026-11-23T01:00:00Z' },
  { ...base, id: 'n-2', audience: 'CUSTOMER', channel: 'EMAIL', kind: 'APPOINTMENT_REMINDER', body: '请携带：保养手册', status: 'SENT',
    recipient: 'zhou@example.com', provider: 'smtp', attempts: 1, sentAt: '2026-11-23T01:00:05Z' },
  { ...base, id: 'n-3', audience: 'CUSTOMER', channel: 'SMS', kind: 'APPOINTMENT_REMINDER', body: '提醒', status: 'HELD',
    recipient: '13912345678', nextAttemptAt: '2026-11-24T00:00:00Z' },
  { ...base, id: 'n-4', audience: 'CUSTOMER', channel: 'EMAIL', kind: 'APPOINTMENT_REMINDER', body: '提醒', status: 'PENDING',
    recipient: 'x@example.com', attempts: 2, lastError: 'SMTP 421', nextAttemptAt: '2026-11-23T01:04:00Z' },
  { ...base, id: 'n-5', audience: 'CUSTOMER', channel: 'EMAIL', kind: 'APPOINTMENT_REMINDER', body: '提醒', status: 'FAILED',
    recipient: 'bad', attempts: 5, lastError: 'not an e-mail address: bad' },
  { ...base, id: 'n-6', audience: 'CUSTOMER', channel: 'SMS', kind: 'APPOINTMENT_REMINDER', body: '提醒', status: 'CANCELLED',
    recipient: '13912345678', lastError: 'appointment cancelled' },
];

describe('appointment notifications', () => {
  it('says sent only for rows the channel accepted, with the real state of the others in the store zone', async () => {
    stubFetch({ 'GET /api/stores/BJ01/notifications': () => json({ items, nextCursor: null }) });
    renderWithApp(<AppointmentNotifications store="BJ01" zone="Asia/Shanghai" appointmentId="a-1" />);
    const rows = await screen.findAllByTestId('notification-row');
    expect(rows).toHaveLength(6);
    const row = (i: number) => {
      const r = rows[i];
      if (!r) throw new Error(`no row ${i}`);
      return within(r);
    };
    const status = (i: number) => row(i).getByTestId('notification-status').textContent;
    const detail = (i: number) => row(i).getByTestId('notification-detail').textContent;
    expect(rows.map((_, i) => status(i))).toEqual(['已发送', '已发送', '免打扰暂缓', '待发送', '发送失败', '已撤回']);
    expect(row(0).getByText('预约改期')).toBeInTheDocument();
    expect(detail(0)).toContain('看板');
    expect(detail(1)).toContain('邮件服务器');
    expect(detail(1)).toMatch(/09:00/); // 01:00Z is 09:00 in Shanghai
    expect(detail(2)).toMatch(/免打扰时段.*08:00 发送/);
    expect(detail(3)).toContain('已失败 2 次');
    expect(detail(3)).toContain('SMTP 421');
    expect(detail(4)).toContain('已尝试 5 次，放弃发送：not an e-mail address: bad');
    // Nothing that was not accepted claims to be sent.
    expect(detail(5)).toBe('未发送：预约已取消');
    [2, 3, 4, 5].forEach((i) => expect(detail(i)).not.toContain('接收'));
  });
});
