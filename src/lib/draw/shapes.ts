/**
 * Node shapes as SVG path `d` strings centred at (0, 0), of about the same visual size (a circle of
 * radius SHAPE_R = 8.5). Shared by the export and the on-screen chart.
 *
 * Seated member = circle. Departed: removed from the roll = cross (X), transfer = triangle pointing
 * away (an arrow), retirement = square, any other cause = diamond.
 */
import { SHAPE_R, type ShapeName } from '../layout/scene.ts';

const R = SHAPE_R;

/** Path `d` of each node shape, centred at (0, 0), in scene units (about a circle of radius `SHAPE_R`). */
export const SHAPE_PATHS: Readonly<Record<ShapeName, string>> = {
  circle: `M${R},0A${R},${R} 0 1,1 ${-R},0A${R},${R} 0 1,1 ${R},0Z`,
  cross:
    'M4.38,-7.78L7.78,-4.38L3.39,0L7.78,4.38L4.38,7.78L0,3.39L-4.38,7.78L-7.78,4.38L-3.39,0L-7.78,-4.38L-4.38,-7.78L0,-3.39Z',
  triangle: 'M10,0L-6,8.6L-6,-8.6Z',
  square: 'M-7.3,-7.3H7.3V7.3H-7.3Z',
  diamond: 'M0,-10L10,0L0,10L-10,0Z',
};

/**
 * Path `d` of a shape drawn `scale` times its size (a hemicycle seat, a tray dot), centred at (0, 0),
 * coordinates rounded to 4 decimals. Drawing the path at its size, rather than the shape under a
 * `scale()` transform, keeps the drawing of a large house to one transform per seat (what the
 * browser paints fastest).
 * @param scale > 0; 1 gives `SHAPE_PATHS[shape]`
 */
export function shapePath(shape: ShapeName, scale: number): string {
  if (scale === 1) return SHAPE_PATHS[shape];
  const v = (x: number) => String(Math.round(x * scale * 10000) / 10000);
  if (shape === 'circle') return `M${v(R)},0A${v(R)},${v(R)} 0 1,1 ${v(-R)},0A${v(R)},${v(R)} 0 1,1 ${v(R)},0Z`;
  // The other shapes are polygons: every number is a coordinate.
  return SHAPE_PATHS[shape].replace(/-?\d+(?:\.\d+)?/g, (m) => v(Number(m)));
}

/** The "inferred" badge: a small white disc with an asterisk, at the shape's top-right. */
export const INFERRED_BADGE = {
  dx: 8,
  dy: -8,
  r: 5.2,
  /** Asterisk (three strokes) centred at (0, 0), to be stroked. */
  asterisk: 'M0,-3.4V3.4M-2.94,-1.7L2.94,1.7M-2.94,1.7L2.94,-1.7',
} as const;

/** Radius of the hollow circle of a vacant seat. */
export const VACANT_R = R;

/** The "new at this step" badge: a small dark disc with a white plus, at the shape's top-left. */
export const NEW_BADGE = {
  dx: -8,
  dy: -8,
  r: 5.2,
  /** Plus sign centred at (0, 0), to be stroked. */
  plus: 'M0,-3.2V3.2M-3.2,0H3.2',
} as const;

/** The over-capacity ring around a member's shape: its radius (units) and colour (a red readable on white and on every body colour). */
export const OVER_RING_R = SHAPE_R + 3.2;
export const OVER_RING_COLOR = '#C62828';

/** The ring of a member the step touched: its radius (units) and stroke width; outside the over-capacity ring when both are drawn. */
export const CHANGE_RING_R = SHAPE_R + 3.4;
export const CHANGE_RING_R_OVER = SHAPE_R + 6.2;
export const CHANGE_RING_WIDTH = 2.4;
