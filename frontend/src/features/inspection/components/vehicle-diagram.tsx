import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DamageMark, VehicleZone } from '@/lib/api-types';
import './vehicle-diagram.css';

type Shape = { zone: VehicleZone; x: number; y: number; w: number; h: number; r?: number };

/** The drawing's box in units: a top view of a car, front up, with room for the side words. */
export const DIAGRAM_BOX = { x: 0, y: 0, w: 320, h: 460 } as const;
/** Height in px at which the walk-around shows the diagram; see {@link minZonePx}. */
export const WALK_AROUND_HEIGHT = 540;

// The driver's left is the viewer's left (front up). No tappable shape is under 38 units, so at
// the walk-around's 540 px height (1.17 px a unit) every target is at least 44 px (WCAG 2.5.5).
export const BODY: readonly Shape[] = [
  { zone: 'FRONT_BUMPER', x: 62, y: 24, w: 196, h: 40, r: 16 },
  { zone: 'BONNET', x: 116, y: 66, w: 88, h: 74 },
  { zone: 'WINDSCREEN', x: 116, y: 142, w: 88, h: 40 },
  { zone: 'ROOF', x: 116, y: 184, w: 88, h: 100 },
  { zone: 'REAR_GLASS', x: 116, y: 286, w: 88, h: 40 },
  { zone: 'BOOT', x: 116, y: 328, w: 88, h: 64 },
  { zone: 'REAR_BUMPER', x: 62, y: 394, w: 196, h: 40, r: 16 },
  { zone: 'FRONT_LEFT_WING', x: 62, y: 66, w: 52, h: 84 },
  { zone: 'FRONT_RIGHT_WING', x: 206, y: 66, w: 52, h: 84 },
  { zone: 'FRONT_LEFT_DOOR', x: 62, y: 152, w: 52, h: 84 },
  { zone: 'FRONT_RIGHT_DOOR', x: 206, y: 152, w: 52, h: 84 },
  { zone: 'REAR_LEFT_DOOR', x: 62, y: 238, w: 52, h: 84 },
  { zone: 'REAR_RIGHT_DOOR', x: 206, y: 238, w: 52, h: 84 },
  { zone: 'REAR_LEFT_WING', x: 62, y: 324, w: 52, h: 68 },
  { zone: 'REAR_RIGHT_WING', x: 206, y: 324, w: 52, h: 68 },
];

/** The four wheels, one zone (轮毂/轮胎), each a target of its own beside its wing. */
export const WHEELS: readonly Shape[] = [
  { zone: 'WHEELS_TYRES', x: 22, y: 78, w: 38, h: 60, r: 8 },
  { zone: 'WHEELS_TYRES', x: 260, y: 78, w: 38, h: 60, r: 8 },
  { zone: 'WHEELS_TYRES', x: 22, y: 328, w: 38, h: 60, r: 8 },
  { zone: 'WHEELS_TYRES', x: 260, y: 328, w: 38, h: 60, r: 8 },
];

/** Zones without a place on the top view: tapped as buttons under the drawing. */
export const OFF_DIAGRAM_ZONES: readonly VehicleZone[] = ['SIDE_GLASS', 'INTERIOR'];

/** The smallest side of any tappable shape, in px, when the diagram is drawn `height` px high. */
export function minZonePx(height: number): number {
  const scale = height / DIAGRAM_BOX.h;
  return Math.min(...[...BODY, ...WHEELS].map((s) => Math.min(s.w, s.h))) * scale;
}

// Rough text length in units: a CJK character is one em, a Latin one a little over half.
const textUnits = (s: string, font: number) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? font : font * 0.56), 0);

/** A zone's name inside its shape; tall narrow shapes get it vertical, squeezed to fit if long. */
function ZoneLabel({ s, label, dark }: { s: Shape; label: string; dark?: boolean }) {
  const vertical = s.h > s.w;
  const font = vertical ? 12 : 13;
  const room = (vertical ? s.h : s.w) - 10;
  const long = textUnits(label, font) > room;
  const cx = s.x + s.w / 2;
  const cy = s.y + s.h / 2;
  return (
    <text
      x={vertical ? cx : cx}
      y={vertical ? cy : cy + font / 3}
      textAnchor="middle"
      dominantBaseline={vertical ? 'central' : undefined}
      className={dark ? 'zone-label on-dark' : 'zone-label'}
      style={{ fontSize: font, ...(vertical ? { writingMode: 'vertical-rl' } : {}) }}
      {...(long ? { textLength: room, lengthAdjust: 'spacingAndGlyphs' } : {})}
      aria-hidden
    >
      {label}
    </text>
  );
}

/**
 * The walk-around diagram (R-CHK-1): every zone is a button (≥ 44 px on a tablet) with its name
 * written on it; 车头/车尾/左/右 are written around the car. A zone with marks is filled red and
 * shows how many. Read-only (no `onZone`) it is the printed diagram. `size` is the height in px.
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
  const { x, y, w, h } = DIAGRAM_BOX;
  const side = (label: string, cx: number) => (
    <text x={cx} y={233} textAnchor="middle" dominantBaseline="central" className="side-label" style={{ writingMode: 'vertical-rl' }}>
      {label}
    </text>
  );
  const shape = (s: Shape, i: number, dark?: boolean) => {
    const n = count(s.zone);
    return (
      <g key={`${s.zone}-${i}`} {...interactive(s.zone)} className={n ? 'zone-group marked' : 'zone-group'}>
        <rect x={s.x} y={s.y} width={s.w} height={s.h} rx={s.r ?? 4} className={n ? 'zone marked' : dark ? 'zone wheel' : 'zone'} />
        <ZoneLabel s={s} label={t(`inspection.zones.${s.zone}`)} dark={dark && !n} />
        {n > 0 && (
          <>
            <circle cx={s.x + s.w - 10} cy={s.y + 10} r={9} className="zone-count-bg" />
            <text x={s.x + s.w - 10} y={s.y + 14} textAnchor="middle" className="zone-count" aria-hidden>
              {n}
            </text>
          </>
        )}
      </g>
    );
  };
  return (
    <svg
      viewBox={`${x} ${y} ${w} ${h}`}
      width={(size * w) / h}
      height={size}
      className={onZone ? 'vehicle-diagram interactive' : 'vehicle-diagram'}
      role="group"
      aria-label={t('inspection.diagram')}
      data-testid="vehicle-diagram"
    >
      <text x={160} y={12} textAnchor="middle" dominantBaseline="central" className="end-label">
        ▲ {t('inspection.sides.front')}
      </text>
      <text x={160} y={448} textAnchor="middle" dominantBaseline="central" className="end-label">
        {t('inspection.sides.rear')} ▼
      </text>
      {side(t('inspection.sides.left'), 10)}
      {side(t('inspection.sides.right'), 310)}
      {WHEELS.map((s, i) => shape(s, i, true))}
      {BODY.map((s, i) => shape(s, i))}
    </svg>
  );
}
