import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WelcomeBoard } from '@/lib/api-types';
import { renderWithApp } from '@/test/render';
import { WelcomeBoardView } from './welcome-board';

const entry = (id: string, arrivalAt: string, plate: string, extra: Partial<WelcomeBoard['today'][number]> = {}): WelcomeBoard['today'][number] => ({
  kind: 'APPOINTMENT',
  appointmentId: id,
  repairOrderId: null,
  arrivalAt,
  plate,
  customer: '张**',
  advisor: '王顾问',
  services: ['定期保养'],
  status: 'CONFIRMED',
  priority: true,
  repeatRepair: false,
  ...extra,
});

const board: WelcomeBoard = {
  storeCode: 'BJ01',
  storeName: '北京朝阳4S店',
  date: '2030-01-08',
  // The server's order (R-APT-8): appointments by time, then walk-ins, even one who came earlier.
  today: [
    entry('a', '2030-01-08T01:30:00Z', '京A11111'),
    entry('b', '2030-01-08T06:00:00Z', '京B22222', { status: 'ARRIVED', repeatRepair: true }),
    entry('w', '2030-01-08T01:00:00Z', '京W99999', { kind: 'WALK_IN', appointmentId: null, repairOrderId: 'ro-w', status: null, priority: false, services: ['左前轮异响'] }),
  ],
  tomorrow: [entry('c', '2030-01-09T02:00:00Z', '京C33333', { services: ['故障诊断', '一般维修'] })],
};

describe('R-APT-8 welcome board', () => {
  it("lists today's appointments by store-local time with the priority marker", () => {
    renderWithApp(<WelcomeBoardView board={board} zone="Asia/Shanghai" />);
    expect(screen.getByRole('heading', { name: '北京朝阳4S店' })).toBeInTheDocument();
    expect(screen.getByTestId('board-banner')).toHaveTextContent('预约客户优先接待');
    const rows = within(screen.getByTestId('board-today')).getAllByTestId('board-today-entry');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('09:30京A11111张**定期保养王顾问'),
      expect.stringContaining('14:00京B22222'),
      expect.stringContaining('09:00京W99999'),
    ]);
    expect(within(rows[0] as HTMLElement).getByTestId('board-priority')).toHaveTextContent('预约优先');
    expect(rows[1]).toHaveTextContent('已到店');
    expect(rows[1]).toHaveTextContent('返修');
    expect(screen.getByTestId('board-clock')).toBeInTheDocument();
  });

  it('shows walk-ins after the appointment customers, tagged and without the priority marker', () => {
    renderWithApp(<WelcomeBoardView board={board} zone="Asia/Shanghai" />);
    const rows = within(screen.getByTestId('board-today')).getAllByTestId('board-today-entry');
    const walkIn = rows[2] as HTMLElement;
    expect(walkIn).toHaveAttribute('data-kind', 'WALK_IN');
    expect(within(walkIn).getByTestId('board-walk-in')).toHaveTextContent('散客');
    expect(within(walkIn).queryByTestId('board-priority')).toBeNull();
    expect(walkIn).toHaveTextContent('左前轮异响');
    expect(within(rows[0] as HTMLElement).queryByTestId('board-walk-in')).toBeNull();
    expect(within(screen.getByTestId('board-today')).getAllByTestId('board-priority')).toHaveLength(2);
  });

  it("shows tomorrow's list separately", () => {
    renderWithApp(<WelcomeBoardView board={board} zone="Asia/Shanghai" />);
    const tomorrow = within(screen.getByTestId('board-tomorrow')).getAllByTestId('board-tomorrow-entry');
    expect(tomorrow).toHaveLength(1);
    expect(tomorrow[0]).toHaveTextContent('10:00京C33333');
    expect(tomorrow[0]).toHaveTextContent('故障诊断、一般维修');
  });

  it('says when a day has no appointments', () => {
    renderWithApp(<WelcomeBoardView board={{ ...board, today: [], tomorrow: [] }} zone="Asia/Shanghai" />);
    expect(screen.getByText('今日暂无预约或到店客户')).toBeInTheDocument();
    expect(screen.getByText('明日暂无预约')).toBeInTheDocument();
  });
});
