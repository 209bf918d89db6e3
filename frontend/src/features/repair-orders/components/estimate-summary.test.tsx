import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { aRepairOrder, anAftermarketCriticalPart } from '@/test/repair-order-fixtures';
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
