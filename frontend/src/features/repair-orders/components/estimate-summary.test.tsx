import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render';
import { aJobLine, aRepairOrder, anAftermarketCriticalPart } from '@/test/repair-order-fixtures';
import { EstimateSummary } from './estimate-summary';

describe('EstimateSummary', () => {
  it('shows the lines, the computed disclaimers and the server totals by pay type, tax and total', () => {
    renderWithApp(<EstimateSummary order={aRepairOrder()} />);
    expect(screen.getAllByTestId('estimate-line')).toHaveLength(2);
    // R-CHK-5: the disclaimer on the line and in the list, as the server computed it.
    expect(screen.getByText('不提供质量保证')).toBeInTheDocument();
    expect(within(screen.getByTestId('disclaimers')).getByText(/副厂刹车片：不提供质量担保/)).toBeInTheDocument();
    // R-CHK-7: totals come from the server (nothing summed in the browser); zero pay types are left out.
    expect(screen.getByTestId('total-CUSTOMER')).toHaveTextContent('410.00');
    expect(screen.getByTestId('total-GOODWILL')).toHaveTextContent('50.00');
    expect(screen.queryByTestId('total-WARRANTY')).not.toBeInTheDocument();
    expect(screen.getByText('增值税 13%')).toBeInTheDocument();
    expect(screen.getByTestId('total-tax')).toHaveTextContent('53.30');
    expect(screen.getByTestId('total-total')).toHaveTextContent('513.30');
    expect(screen.getByTestId('total-customer-payable')).toHaveTextContent('463.30');
  });

  it('lets the customer decline a job or part, and shows a declined one struck through with the advisor’s safety flag (R-PRE-3)', async () => {
    const onDecide = vi.fn();
    const fee = aJobLine({ id: 'line-fee', kind: 'FEE', description: '估价费', feeType: 'ESTIMATE', amount: 50 });
    const order = aRepairOrder({ lines: [aJobLine({ declined: true }), anAftermarketCriticalPart(), fee] });
    renderWithApp(<EstimateSummary order={order} onDecide={onDecide} />);
    const rows = screen.getAllByTestId('estimate-line');
    const row = (i: number) => {
      const r = rows[i];
      if (!r) throw new Error(`no line ${i}`);
      return within(r);
    };
    const [job, part, feeRow] = [row(0), row(1), row(2)];
    expect(rows[0]).toHaveAttribute('data-declined', 'true');
    expect(job.getByTestId('declined-badge')).toHaveTextContent('客户拒绝');
    expect(screen.getByTestId('declined-note')).toHaveTextContent('不计入合计');
    // a fee stays payable (R-CHK-3): nothing to decline
    expect(feeRow.queryByRole('button')).not.toBeInTheDocument();
    await userEvent.click(part.getByRole('button', { name: '客户拒绝此项 副厂刹车片' }));
    expect(onDecide).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'line-brake' }), { declined: true, safetyCritical: false });
    await userEvent.click(job.getByTestId('declined-safety-critical'));
    expect(onDecide).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'line-job' }), { declined: true, safetyCritical: true });
    await userEvent.click(job.getByRole('button', { name: '恢复此项 更换机油及机滤' }));
    expect(onDecide).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'line-job' }), { declined: false, safetyCritical: false });
  });

  it('offers no decision without onDecide, and marks nothing when nothing is declined', () => {
    renderWithApp(<EstimateSummary order={aRepairOrder()} />);
    expect(screen.queryByTestId('decline-line')).not.toBeInTheDocument();
    expect(screen.queryByTestId('declined-note')).not.toBeInTheDocument();
  });

  it('says so when there are no lines yet', () => {
    renderWithApp(<EstimateSummary order={aRepairOrder({ lines: [], disclaimers: [] })} />);
    expect(screen.getByTestId('estimate-empty')).toHaveTextContent('还没有项目');
    expect(screen.queryByTestId('totals')).not.toBeInTheDocument();
  });

  it('shows when a part is expected on its line (R-CHK-8)', () => {
    renderWithApp(<EstimateSummary order={aRepairOrder({ lines: [anAftermarketCriticalPart({ partsAvailableAt: '2026-11-25T06:30:00Z' })] })} />);
    expect(screen.getByTestId('estimate-line')).toHaveTextContent('配件预计到货');
  });
});
