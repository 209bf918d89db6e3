import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DamageMark, VehicleZone } from '@/lib/api-types';
import './vehicle-diagram.css';

type Shape = { zone: VehicleZone; x: number; y: number; w: number; h: number; r?: number };

// A top view of a car, front up, in a 200 × 400 box. The driver's left is the viewer's left.
// No zone is under 36 units: at the wizard's size (500 px high, 1.25 px a unit) every tap
// target is at least 45 px.
const BODY: readonly Shape[] = [
  { zone: 'FRONT_BUMPER', x: 26, y: 6, w: 148, h: 36, r: 14 },
  { zone: 'BONNET', x: 46, y: 44, w: 108, h: 72 },
  { zone: 'WINDSCREEN', x: 46, y: 118, w: 108, h: 36 },
  { zone: 'ROOF', x: 46, y: 156, w: 108, h: 88 },
  { zone: 'REAR_GLASS', x: 46, y: 246, w: 108, h: 36 },
  { zone: 'BOOT', x: 46, y: 284, w: 108, h: 70 },
  { zone: 'REAR_BUMPER', x: 26, y: 356, w: 148, h: 38, r: 14 },
  { zone: 'FRONT_LEFT_WING', x: 4, y: 44, w: 40, h: 92 },
  { zone: 'FRONT_RIGHT_WING', x: 156, y: 44, w: 40, h: 92 },
  { zone: 'FRONT_LEFT_DOOR', x: 4, y: 138, w: 40, h: 74 },
  { zone: 'FRONT_RIGHT_DOOR', x: 156, y: 138, w: 40, h: 74 },
  { zone: 'REAR_LEFT_DOOR', x: 4, y: 214, w: 40, h: 74 },
  { zone: 'REAR_RIGHT_DOOR', x: 156, y: 214, w: 40, h: 74 },
  { zone: 'REAR_LEFT_WING', x: 4, y: 290, w: 40, h: 64 },
  { zone: 'REAR_RIGHT_WING', x: 156, y: 290, w: 40, h: 64 },
];

/** Zones without a place on the top view: tapped as buttons under the drawing. */
export const OFF_DIAGRAM_ZONES: readonly VehicleZone[] = ['WHEELS_TYRES', 'SIDE_GLASS', 'INTERIOR'];

const WHEELS = [
  { cx: -4, cy: 86 },
  { cx: 204, cy: 86 },
  { cx: -4, cy: 316 },
  { cx: 204, cy: 316 },
];

/**
 * The walk-around diagram (R-CHK-1): every zone is a button (≥ 44 px on a tablet); a zone with
 * marks is filled red and shows how many. Read-only (no `onZone`) it is the printed diagram.
 */
export function VehicleDiagram({ marks, onZone, size = 320 }: { marks: readonly DamageMark[]; onZone?: (zone: VehicleZone) => void; size?: number }) {
  const { t } = useTranslation();
  const count = (z: VehicleZone) => marks.filter((m) => m.zone === z).length;
  const key = (z: VehicleZone) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onZone?.(z);
    }
  };
  const interactive = (z: VehicleZone) =>
    onZone
      ? { role: 'button', tabIndex: 0, onClick: () => onZone(z), onKeyDown: key(z), 'aria-label': `${t(`inspection.zones.${z}`)}${count(z) ? ` (${count(z)})` : ''}`, 'data-testid': `zone-${z}` }
      : { 'aria-hidden': true };
  const wheelCount = count('WHEELS_TYRES');
  return (
    <svg viewBox="-14 0 228 400" width={size * 0.57} height={size} className={onZone ? 'vehicle-diagram interactive' : 'vehicle-diagram'} role="group" aria-label={t('inspection.diagram')}>
      {WHEELS.map((w) => (
        <rect key={`${w.cx}-${w.cy}`} x={w.cx - 10} y={w.cy - 26} width={20} height={52} rx={6} className={wheelCount ? 'zone marked' : 'zone wheel'} {...interactive('WHEELS_TYRES')} />
      ))}
      {BODY.map((s) => {
        const n = count(s.zone);
        return (
          <g key={s.zone} {...interactive(s.zone)} className={n ? 'zone-group marked' : 'zone-group'}>
            <rect x={s.x} y={s.y} width={s.w} height={s.h} rx={s.r ?? 4} className={n ? 'zone marked' : 'zone'} />
            {n > 0 && (
              <>
                <circle cx={s.x + s.w / 2} cy={s.y + s.h / 2} r={10} className="zone-count-bg" />
                <text x={s.x + s.w / 2} y={s.y + s.h / 2 + 4} textAnchor="middle" className="zone-count">
                  {n}
                </text>
              </>
            )}
          </g>
        );
      })}
      <path d="M100 50 l-8 10 h16 z" className="front-arrow" aria-hidden />
    </svg>
  );
}
