import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { onDeviceInZone } from '@/test/device-zone';
import { renderWithApp } from '@/test/render';
import { LineForm, localDateTimeToIso } from './line-form';
import { PricingModeNotice } from './pricing-mode-notice';

describe('pricing-mode notice (R-CHK-4)', () => {
  it('says nothing for system pricing, the risk margin for symptom pricing, "not guaranteed" for item pricing', () => {
    renderWithApp(<PricingModeNotice mode="SYSTEM" riskMarginPercent={20} />).unmount();
    expect(screen.queryByTestId('pricing-mode-notice')).not.toBeInTheDocument();
    renderWithApp(<PricingModeNotice mode="SYMPTOM" riskMarginPercent={20} />);
    expect(screen.getByTestId('pricing-mode-notice')).toHaveTextContent('风险系数 20%');
    cleanup();
    renderWithApp(<PricingModeNotice mode="ITEM" riskMarginPercent={20} />);
    expect(screen.getByTestId('pricing-mode-notice')).toHaveTextContent('维修质量不作保证');
  });
});

describe('LineForm', () => {
  it('sends a job with its pricing mode and only job fields, and asks for consent for a diagnosis', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(true);
    renderWithApp(<LineForm riskMarginPercent={20} busy={false} onSubmit={onSubmit} />);
    await user.type(screen.getByTestId('line-description'), '发动机故障诊断');
    await user.type(screen.getByTestId('line-hours'), '1.5');
    await user.click(screen.getByLabelText('诊断项目（需客户同意）'));
    await user.click(screen.getByTestId('add-line'));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'JOB', payType: 'CUSTOMER', description: '发动机故障诊断', hours: 1.5, pricingMode: 'SYSTEM', diagnosis: true, customerInformed: null }),
      true,
    );
    const sent = onSubmit.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(sent.partNumber).toBeUndefined();
  });
});

vi.mock('./parts-eta-input', () => ({
  default: ({ onChange }: { value: string | null; onChange: (v: string | null) => void }) => (
    <button type="button" data-testid="fake-parts-eta" onClick={() => onChange('2026-11-25 14:30:00')}>
      配件预计到货
    </button>
  ),
}));

describe('LineForm: parts expected (R-CHK-8)', () => {
  onDeviceInZone('America/Los_Angeles');
  it('sends the part’s expected arrival, typed on the store’s wall clock, as partsAvailableAt (an ISO instant)', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(true);
    renderWithApp(<LineForm riskMarginPercent={20} busy={false} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('radio', { name: '配件' }));
    await user.type(screen.getByTestId('line-description'), '空调滤芯');
    await user.click(await screen.findByTestId('fake-parts-eta'));
    await user.click(screen.getByTestId('add-line'));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ kind: 'PART', partsAvailableAt: '2026-11-25T06:30:00.000Z' }), false);
  });

  it('sends null when the part is in stock, and nothing for a job', () => {
    expect(localDateTimeToIso(null, 'Asia/Shanghai')).toBeNull();
    expect(localDateTimeToIso('not a date', 'Asia/Shanghai')).toBeNull();
    expect(localDateTimeToIso('2026-11-25 25:00:00', 'Asia/Shanghai')).toBeNull();
    expect(localDateTimeToIso('2026-11-25 14:30:00', 'Europe/Berlin')).toBe('2026-11-25T13:30:00.000Z');
  });
});
