import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render';
import { VehicleDiagram } from './vehicle-diagram';

describe('VehicleDiagram (R-CHK-1)', () => {
  it('makes every zone a named button and reports the tapped one; marked zones show their count', async () => {
    const user = userEvent.setup();
    const onZone = vi.fn();
    renderWithApp(<VehicleDiagram marks={[{ id: 'm1', zone: 'BONNET', type: 'DENT' }]} onZone={onZone} />);
    expect(screen.getByRole('button', { name: '发动机盖 (1)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '左前门' }));
    expect(onZone).toHaveBeenCalledWith('FRONT_LEFT_DOOR');
    screen.getByRole('button', { name: '右后翼子板' }).focus();
    await user.keyboard('{Enter}');
    expect(onZone).toHaveBeenLastCalledWith('REAR_RIGHT_WING');
  });

  it('is a plain drawing when printed', () => {
    renderWithApp(<VehicleDiagram marks={[]} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
