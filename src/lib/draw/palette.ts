/**
 * Colour-blind-safe colours (Okabe & Ito, "Color Universal Design", 2008) for bodies, groups
 * (parties) and end causes.
 * Colour never carries meaning alone: cause is also told by shape and by the tray's text, bodies by
 * the nesting of their boxes and by the box titles.
 */

/** The eight Okabe-Ito colours. */
const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Body colours by pre-order position of the organization (outermost first), cycling. */
export const ORG_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
];

/**
 * Group (party) colours, by the group's palette index (`SceneGroup.colorIndex`: its place in
 * `groupOrder` among the groups without a colour of their own in the data), cycling: the Okabe–Ito
 * colours (colour-blind safe) without black, in an order that keeps neighbours far apart. Group
 * colour never carries meaning alone: the group legend names every group with its count, and the
 * member panel names the person's group.
 */
export const GROUP_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
];

/**
 * How the palette goes on past its colours (a parliament may seat 14 groups): each further round
 * takes the same hues lighter, then darker, then lighter still, so that no two of the first
 * `GROUP_COLORS.length × GROUP_COLOR_ROUNDS.length` groups share a colour (the legend names them
 * all). Round 0 is the palette itself. Values: the share of white (> 0) or black (< 0) mixed in.
 */
export const GROUP_COLOR_ROUNDS: readonly number[] = [0, 0.5, -0.35, 0.72, -0.55];

/**
 * The colour of a group: its data colour (`Organization.color`, `#rrggbb`) when given, else the
 * palette's colour for its index (`GROUP_COLORS`; past its end, the same hues lighter or darker by
 * `GROUP_COLOR_ROUNDS`, then cycling). Uppercase `#RRGGBB`.
 */
export function groupColor(g: { color: string | null; colorIndex: number }): string {
  if (g.color !== null) return g.color.toUpperCase();
  const n = GROUP_COLORS.length;
  const i = Math.max(0, g.colorIndex);
  const base = GROUP_COLORS[i % n]!;
  const round = GROUP_COLOR_ROUNDS[Math.floor(i / n) % GROUP_COLOR_ROUNDS.length]!;
  if (round === 0) return base;
  return (round > 0 ? mix(base, '#FFFFFF', round) : mix(base, '#000000', -round)).toUpperCase();
}

/** Neutral grey for causes without a colour of their own. */
export const NEUTRAL = '#8C8C8C';

/** End-cause colours. Shapes (see shapes.ts) tell the same causes apart without colour. */
export const CAUSE_COLORS: Readonly<Record<string, string>> = {
  removed_from_roll: OKABE_ITO.vermillion,
  expelled: OKABE_ITO.black,
  transfer: OKABE_ITO.skyBlue,
  retirement: OKABE_ITO.reddishPurple,
  resignation: OKABE_ITO.yellow,
  death: OKABE_ITO.black,
  dismissed: OKABE_ITO.orange,
  promoted: OKABE_ITO.bluishGreen,
  term_end: NEUTRAL,
  unknown: NEUTRAL,
};

/** Colour of the ring of a member who came in at the step (the by-election's, and any entry's). */
export const ENTRY_COLOR = OKABE_ITO.bluishGreen;
/** Colour of the ring of a member who moved to another body or post at the step. */
export const POST_CHANGE_COLOR = OKABE_ITO.blue;

/**
 * Colour of the ring and tag of a member the step touched: an exit in its end cause's colour
 * (`causeColor`), an entry in `ENTRY_COLOR`, a change of body or post in `POST_CHANGE_COLOR`.
 */
export function changeColor(c: { kind: 'exit' | 'enter' | 'post'; cause: string | null }): string {
  if (c.kind === 'exit') return causeColor(c.cause ?? 'unknown');
  return c.kind === 'enter' ? ENTRY_COLOR : POST_CHANGE_COLOR;
}

/** Colour of a body by its palette index (`SceneBox.colorIndex`, `SceneNode.colorIndex`). */
export function orgColor(colorIndex: number): string {
  const n = ORG_COLORS.length;
  return ORG_COLORS[((colorIndex % n) + n) % n]!;
}

/** Colour of an end cause (neutral grey for others). */
export function causeColor(cause: string): string {
  return CAUSE_COLORS[cause] ?? NEUTRAL;
}

function mix(hex: string, other: string, amount: number): string {
  const p = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const a = p(hex);
  const b = p(other);
  const c = a.map((v, i) => Math.round(v + (b[i]! - v) * amount));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** A light tint of `hex` (amount of `hex` kept, 0..1), for box backgrounds. */
export function tint(hex: string, keep: number): string {
  return mix(hex, '#FFFFFF', 1 - keep);
}

/** A darker shade of `hex`, for outlines. */
export function shade(hex: string, amount: number): string {
  return mix(hex, '#000000', amount);
}
