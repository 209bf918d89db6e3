import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render';
import { minZonePx, VehicleDiagram, WALK_AROUND_HEIGHT } from './vehicle-diagram';

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

  it('writes every zone’s name and front/rear/left/right on the drawing; no target is under 44 px at the walk-around size', () => {
    const { container } = renderWithApp(<VehicleDiagram marks={[]} onZone={vi.fn()} size={WALK_AROUND_HEIGHT} />);
    const words = [...container.querySelectorAll('text')].map((t) => t.textContent);
    for (const w of ['左前翼子板', '前挡风玻璃', '后保险杠', '右后门', '轮毂/轮胎']) expect(words).toContain(w);
    expect(words).toEqual(expect.arrayContaining(['▲ 车头', '车尾 ▼', '左侧', '右侧']));
    expect(screen.getAllByRole('button', { name: '轮毂/轮胎' })).toHaveLength(4);
    expect(minZonePx(WALK_AROUND_HEIGHT)).toBeGreaterThanOrEqual(44);
  });

  it('is a plain drawing when printed', () => {
    renderWithApp(<VehicleDiagram marks={[]} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
