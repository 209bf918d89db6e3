import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { HandoverForm } from './handover-form';

const RECEIVERS = 'GET /api/stores/BJ01/handover-receivers';
const receivers = [
  { id: 'FOREMAN_QUEUE', kind: 'FOREMAN_QUEUE', name: null },
  { id: '01a2-zhao', kind: 'TECHNICIAN', name: '赵师傅' },
  { id: '01a2-qian', kind: 'TECHNICIAN', name: '钱师傅' },
];

describe('HandoverForm (R-CHK-10)', () => {
  it('picks the receiver from the workshop’s technicians and sends their id, not typed text', async () => {
    const user = userEvent.setup();
    stubFetch({ [RECEIVERS]: () => json(receivers) });
    const onHandOver = vi.fn();
    renderWithApp(<HandoverForm busy={false} onHandOver={onHandOver} />);
    const button = await screen.findByTestId('hand-over');
    expect(button).toBeDisabled();
    const list = screen.getByTestId('receiver');
    expect(within(list).getAllByRole('radio').map((o) => o.textContent)).toEqual(['车间主管派工队列', '赵师傅', '钱师傅']);
    expect(screen.getByTestId('assign-directly')).toBeDisabled();
    await user.click(within(list).getByRole('radio', { name: '赵师傅' }));
    await user.click(screen.getByTestId('assign-directly'));
    await user.click(button);
    expect(onHandOver).toHaveBeenCalledWith('01a2-zhao', true);
  });

  it('hands over to the foreman queue, which cannot be assigned directly', async () => {
    const user = userEvent.setup();
    stubFetch({ [RECEIVERS]: () => json(receivers) });
    const onHandOver = vi.fn();
    renderWithApp(<HandoverForm busy={false} onHandOver={onHandOver} />);
    await user.click(await screen.findByRole('radio', { name: '车间主管派工队列' }));
    expect(screen.getByTestId('assign-directly')).toBeDisabled();
    await user.click(screen.getByTestId('hand-over'));
    expect(onHandOver).toHaveBeenCalledWith('FOREMAN_QUEUE', false);
  });

  it('says so when the store has no technicians yet', async () => {
    stubFetch({ [RECEIVERS]: () => json([receivers[0]]) });
    renderWithApp(<HandoverForm busy={false} onHandOver={vi.fn()} />);
    expect(await screen.findByTestId('no-technicians')).toBeInTheDocument();
  });
});
