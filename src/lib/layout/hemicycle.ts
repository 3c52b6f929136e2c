/**
 * Hemicycle geometry: `n` seats in concentric half-circle rows, as parliament diagrams draw them.
 *
 * Method (the one of the Python `parliamentarch` package by Gousaid67 — `get_nrows_from_nseats`,
 * `get_rows_from_nrows`, `get_seats_centers` — and of David Richardson's parliament diagram tool,
 * re-derived and written here in TypeScript): the outer radius is 1 and the inner half of the
 * half-disc is left empty. With `k` rows the seat radius is ρ = 1 / (4k − 2) and row r (0 = inner)
 * has its centres on the arc of radius 0.5 + 2rρ, so rows touch and the outermost seat touches the
 * outer radius. Row r holds at most ⌊π·R_r / 2ρ⌋ seats. The number of rows is the least k whose
 * rows hold n seats; the n seats are then shared between the rows in proportion to what each row
 * holds (largest remainder, so the rows sum to n exactly and no row goes over what it holds). In a
 * row, seats are spread evenly over the half circle, the end seats standing on the base line.
 * One to three seats stand in a single row of radius 0.75 (a lone seat at the top).
 *
 * Units: the outer radius is 1, the centre of the circle is (0, 0), y grows downwards (SVG), so
 * every seat has y ≤ 0. Angles are in radians, π = the left end, 0 = the right end.
 * Pure and deterministic; results are memoised per n.
 */

/** One seat of a hemicycle, centre in units of the outer radius. */
export interface HemicycleSeat {
  x: number;
  y: number;
  /** Row, 0 = innermost. */
  row: number;
  /** Angle of the centre, π (left) … 0 (right). */
  angle: number;
}

/** Seats and sizes of a hemicycle of `n` seats. */
export interface Hemicycle {
  /** Seats ordered left to right by angle (ties: inner row first), so that runs form wedges. */
  seats: HemicycleSeat[];
  /** Seats per row, inner to outer; sums to n. */
  rows: number[];
  /** Radius of the arc of each row's centres, inner to outer. */
  rowRadius: number[];
  /** Largest radius a seat can be drawn with so that no two seats overlap (≤ the rows' half pitch). */
  seatRadius: number;
}

const SMALL = 3;
const cache = new Map<number, Hemicycle>();

/** Seat radius ρ of the method for `k` rows. */
function rhoFor(k: number): number {
  return 1 / (4 * k - 2);
}

/** Radius of the centres of row `r` of `k` rows. */
function rowRadiusFor(r: number, k: number): number {
  return 0.5 + 2 * r * rhoFor(k);
}

/** Most seats each row of a `k`-row hemicycle holds, inner to outer. */
export function rowCapacities(k: number): number[] {
  const rho = rhoFor(k);
  return Array.from({ length: k }, (_, r) => Math.floor((Math.PI * rowRadiusFor(r, k)) / (2 * rho)));
}

/** The number of rows of a hemicycle of `n` seats (1 for n ≤ 3). @throws RangeError when n is not a whole number ≥ 0 */
export function hemicycleRowCount(n: number): number {
  checkN(n);
  if (n <= SMALL) return 1;
  let k = 1;
  while (rowCapacities(k).reduce((s, v) => s + v, 0) < n) k++;
  return k;
}

function checkN(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`hemicycle: the number of seats must be a whole number ≥ 0 (got ${n})`);
}

/**
 * Seats per row, inner to outer; the rows sum to `n` and none holds more than `rowCapacities` says.
 * @returns [] for n = 0
 * @throws RangeError when n is not a whole number ≥ 0
 */
export function hemicycleRows(n: number): number[] {
  checkN(n);
  if (n === 0) return [];
  if (n <= SMALL) return [n];
  const k = hemicycleRowCount(n);
  const caps = rowCapacities(k);
  const total = caps.reduce((s, v) => s + v, 0);
  const exact = caps.map((c) => (n * c) / total);
  const rows = exact.map((e) => Math.floor(e));
  let left = n - rows.reduce((s, v) => s + v, 0);
  // Largest remainder; ties go to the outer row (it has more room).
  const order = exact.map((e, r) => ({ r, f: e - Math.floor(e) })).sort((a, b) => b.f - a.f || b.r - a.r);
  for (const { r } of order) {
    if (left === 0) break;
    if (rows[r]! < caps[r]!) {
      rows[r]!++;
      left--;
    }
  }
  return rows;
}

/**
 * The seats of a hemicycle of `n` seats (see the file comment for the method and units).
 * @throws RangeError when n is not a whole number ≥ 0
 */
export function hemicycle(n: number): Hemicycle {
  checkN(n);
  const hit = cache.get(n);
  if (hit) return hit;
  const rows = hemicycleRows(n);
  const small = n <= SMALL;
  const k = rows.length;
  const rho = small ? 0.25 : rhoFor(Math.max(1, k));
  const rowRadius = small ? (n === 0 ? [] : [0.75]) : rows.map((_, r) => rowRadiusFor(r, k));
  const seats: HemicycleSeat[] = [];
  let minChord = Infinity;
  rows.forEach((m, r) => {
    const R = rowRadius[r]!;
    const margin = Math.asin(Math.min(1, rho / R));
    const step = m > 1 ? (Math.PI - 2 * margin) / (m - 1) : 0;
    if (m > 1) minChord = Math.min(minChord, 2 * R * Math.sin(step / 2));
    for (let s = 0; s < m; s++) {
      const angle = m === 1 ? Math.PI / 2 : Math.PI - margin - s * step;
      seats.push({ x: R * Math.cos(angle), y: -R * Math.sin(angle), row: r, angle });
    }
  });
  seats.sort((a, b) => b.angle - a.angle || a.row - b.row);
  const h: Hemicycle = { seats, rows, rowRadius, seatRadius: Math.min(rho, minChord / 2) };
  cache.set(n, h);
  return h;
}

/** Options of `hemicycleSeats`. */
export interface HemicycleOptions {
  /** Outer radius in scene units (default 1). */
  radius?: number;
  /** Centre of the circle (the middle of the base line) in scene units (default 0, 0). */
  cx?: number;
  cy?: number;
}

/**
 * The seats of a hemicycle of `n` seats scaled to `opts.radius` and moved to (`cx`, `cy`), left to
 * right by angle; `seatRadius` is scaled the same way.
 * @throws RangeError when n is not a whole number ≥ 0
 */
export function hemicycleSeats(n: number, opts: HemicycleOptions = {}): { seats: HemicycleSeat[]; seatRadius: number; rows: number[] } {
  const h = hemicycle(n);
  const k = opts.radius ?? 1;
  const cx = opts.cx ?? 0;
  const cy = opts.cy ?? 0;
  return {
    seats: h.seats.map((s) => ({ x: cx + s.x * k, y: cy + s.y * k, row: s.row, angle: s.angle })),
    seatRadius: h.seatRadius * k,
    rows: h.rows,
  };
}
