import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Inspection } from '@/lib/api-types';
import { ApiError } from '@/lib/problem';
import { renderWithApp } from '@/test/render';
import { ReadingsForm } from './readings-form';

const started: Inspection = {
  id: 'insp-1', repairOrderId: 'ro-1', versionNumber: 1, current: true, odometerLowerConfirmed: false, warningLights: [], protectiveCoversFitted: false,
  belongings: [], documents: [], damageMarks: [], createdAt: '2026-11-23T02:00:00Z', updatedAt: '2026-11-23T02:00:00Z', version: 2,
};

const lower = new ApiError(422, {
  status: 422, code: 'R-CHK-2', title: 'Odometer lower than last recorded', detail: 'The reading 42000 km is lower than the last recorded 50000 km',
  violations: [{ field: 'odometer', message: 'is lower than the last recorded reading 50000 km' }],
});

describe('ReadingsForm (R-CHK-2)', () => {
  it('shows the server’s odometer-lower warning and saves only once the advisor confirms it', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    renderWithApp(<ReadingsForm inspection={{ ...started, odometer: 42000 }} busy={false} error={lower} onSave={onSave} />);
    expect(screen.getByTestId('odometer-warning')).toHaveTextContent('42,000 km');
    expect(screen.getByTestId('odometer-warning')).toHaveTextContent('lower than the last recorded 50000 km');
    expect(screen.getByTestId('save-readings')).toBeDisabled();
    await user.click(screen.getByLabelText('已核对，确认读数无误'));
    await user.type(screen.getByTestId('key-tag'), 'K-07');
    await user.click(screen.getByRole('radio', { name: '1/2' }));
    await user.click(screen.getByTestId('save-readings'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ odometer: 42000, odometerLowerConfirmed: true, keyTag: 'K-07', fuelLevel: 'HALF', documents: [] }));
  });

  it('starts with no fuel level picked and does not save until one is recorded; the cursor starts in the odometer', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    renderWithApp(<ReadingsForm inspection={started} busy={false} error={null} onSave={onSave} />);
    expect(screen.getByTestId('odometer')).toHaveFocus();
    for (const r of screen.getAllByRole('radio')) expect(r).toHaveAttribute('aria-checked', 'false');
    await user.type(screen.getByTestId('odometer'), '61000');
    await user.click(screen.getByTestId('save-readings'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('fuel-required')).toHaveTextContent('请选择燃油量');
    await user.click(screen.getByRole('radio', { name: '3/4' }));
    expect(screen.queryByTestId('fuel-required')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('save-readings'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ odometer: 61000, fuelLevel: 'THREE_QUARTERS' }));
  });

  it('keeps a confirmed lower reading on record and shows it', () => {
    renderWithApp(
      <ReadingsForm inspection={{ ...started, odometer: 42000, odometerLowerConfirmed: true, odometerWarning: { readingKm: 42000, lastRecordedKm: 50000, confirmed: true } }} busy={false} error={null} onSave={vi.fn()} />,
    );
    expect(screen.getByTestId('odometer-warning')).toHaveTextContent('低于上次记录的 50,000 km');
    expect(screen.getByTestId('save-readings')).toBeEnabled();
  });
});
