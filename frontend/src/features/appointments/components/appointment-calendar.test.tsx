import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render';
import { anAppointment, LI, SETTINGS, WANG } from '@/test/appointment-fixtures';
import { DayCalendar, WeekCalendar } from './appointment-calendar';

const ZONE = 'Asia/Shanghai';
const lanes = [WANG, LI].map((a) => ({ id: a.id, label: a.displayName, capacity: a.receptionCapacity }));
const NOW = new Date('2030-01-07T02:00:00Z'); // the day before, 10:00 in Beijing

describe('appointment calendar', () => {
  it("shows a booking in its advisor's column at the store-local time, with flags and a link", () => {
    const a = anAppointment({ advisor: { id: LI.id, displayName: LI.displayName }, repeatRepair: true, status: 'DEPOSIT_REQUIRED', deposit: { required: 850, paid: null, method: null, paidAt: null } });
    renderWithApp(<DayCalendar date="2030-01-08" lanes={lanes} appointments={[a]} zone={ZONE} settings={SETTINGS} groupBy="advisor" now={NOW} />);
    const cell = screen.getByTestId(`cell-${LI.id}-09:30`);
    const chip = within(cell).getByTestId('calendar-appointment');
    expect(chip).toHaveTextContent('09:30');
    expect(chip).toHaveTextContent('京A12345');
    expect(chip).toHaveTextContent('张伟');
    expect(chip).toHaveTextContent('定期保养');
    expect(chip).toHaveTextContent('返修');
    expect(chip).toHaveTextContent('待付定金');
    expect(chip).toHaveAttribute('href', `/appointments/${a.id}`);
    expect(chip).toHaveAttribute('data-status', 'DEPOSIT_REQUIRED');
    expect(within(screen.getByTestId(`cell-${WANG.id}-09:30`)).queryByTestId('calendar-appointment')).not.toBeInTheDocument();
    // Free reception places: one of two taken in that slot.
    expect(cell).toHaveTextContent('余 1');
    expect(screen.getByTestId(`cell-${WANG.id}-09:30`)).toHaveTextContent('余 2');
  });

  it('offers a tap on a free place to book there, for roles that may book', () => {
    const bookHref = vi.fn((lane: string, date: string, minute: number) => `/appointments/new?date=${date}&m=${minute}&advisor=${lane}`);
    renderWithApp(<DayCalendar date="2030-01-08" lanes={lanes} appointments={[]} zone={ZONE} settings={SETTINGS} groupBy="advisor" now={NOW} bookHref={bookHref} />);
    const link = within(screen.getByTestId(`cell-${WANG.id}-10:00`)).getByRole('link', { name: /^余 \d+，预约 10:00，王顾问$/ });
    expect(link).toHaveAttribute('href', `/appointments/new?date=2030-01-08&m=600&advisor=${WANG.id}`);
  });

  it('says so on a day the store is closed', () => {
    renderWithApp(<DayCalendar date="2030-01-06" lanes={lanes} appointments={[]} zone={ZONE} settings={SETTINGS} groupBy="advisor" now={NOW} />);
    expect(screen.getByTestId('calendar-closed')).toBeInTheDocument();
  });

  it('week view: a row per advisor, a column per day', () => {
    const days = ['2030-01-07', '2030-01-08', '2030-01-09', '2030-01-10', '2030-01-11', '2030-01-12', '2030-01-13'];
    const onPickDay = vi.fn();
    renderWithApp(<WeekCalendar days={days} lanes={lanes} appointments={[anAppointment()]} zone={ZONE} settings={SETTINGS} groupBy="advisor" now={NOW} onPickDay={onPickDay} />);
    expect(within(screen.getByTestId(`cell-${WANG.id}-2030-01-08`)).getByTestId('calendar-appointment')).toHaveTextContent('京A12345');
    expect(screen.getByTestId(`cell-${WANG.id}-2030-01-08`)).toHaveTextContent('余 75/76');
    expect(screen.getByTestId(`cell-${LI.id}-2030-01-13`)).toHaveTextContent('休息');
    screen.getByRole('button', { name: /1月8日/ }).click();
    expect(onPickDay).toHaveBeenCalledWith('2030-01-08');
  });
});
