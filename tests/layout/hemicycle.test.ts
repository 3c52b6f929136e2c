import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hemicycle, hemicycleRowCount, hemicycleRows, hemicycleSeats, rowCapacities } from '../../src/lib/layout/hemicycle.ts';
import { extraSeats } from '../../src/lib/layout/hemicycle-geometry.ts';
import { expectGolden } from '../fixtures/golden.ts';

const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));
const SIZES = [1, 2, 3, 7, 60, 61, 166, 349, 650, 750];

/** Smallest distance between two seat centres (every pair). */
function minDistance(seats: readonly { x: number; y: number }[]): number {
  let d = Infinity;
  for (let i = 0; i < seats.length; i++) {
    for (let j = i + 1; j < seats.length; j++) d = Math.min(d, Math.hypot(seats[i]!.x - seats[j]!.x, seats[i]!.y - seats[j]!.y));
  }
  return d;
}

describe('hemicycleRows', () => {
  it('rows sum to n and never hold more than their capacity, for every n from 1 to 750', () => {
    for (let n = 1; n <= 750; n++) {
      const rows = hemicycleRows(n);
      expect(rows.reduce((s, v) => s + v, 0), `n = ${n}`).toBe(n);
      expect(rows.every((m) => m >= 1), `n = ${n}: no empty row`).toBe(true);
      if (n > 3) {
        const caps = rowCapacities(rows.length);
        rows.forEach((m, r) => expect(m, `n = ${n}, row ${r}`).toBeLessThanOrEqual(caps[r]!));
        // The fewest rows that hold n.
        if (rows.length > 1) expect(rowCapacities(rows.length - 1).reduce((s, v) => s + v, 0)).toBeLessThan(n);
      }
    }
  });
  it('grows outwards: outer rows hold at least as many seats as inner ones', () => {
    for (const n of SIZES) {
      const rows = hemicycleRows(n);
      for (let r = 1; r < rows.length; r++) expect(rows[r]!, `n = ${n}`).toBeGreaterThanOrEqual(rows[r - 1]!);
    }
  });
  it('known row counts', () => {
    expect(hemicycleRows(0)).toEqual([]);
    expect(hemicycleRows(1)).toEqual([1]);
    expect(hemicycleRows(3)).toEqual([3]);
    expect(hemicycleRows(7)).toEqual([3, 4]);
    expect(hemicycleRowCount(166)).toBe(7);
    expect(hemicycleRowCount(650)).toBe(13);
    expect(() => hemicycleRows(-1)).toThrow(RangeError);
    expect(() => hemicycleRows(2.5)).toThrow(RangeError);
  });
});

describe('hemicycle seats', () => {
  it('no two seats overlap: the centres are at least a seat diameter apart', () => {
    for (const n of SIZES) {
      const h = hemicycle(n);
      expect(h.seats).toHaveLength(n);
      expect(h.seatRadius).toBeGreaterThan(0);
      if (n > 1) expect(minDistance(h.seats) + 1e-9, `n = ${n}`).toBeGreaterThanOrEqual(2 * h.seatRadius);
      // Seats are not needlessly small: at least 95 % of the rows' half pitch.
      if (n > 3) expect(h.seatRadius).toBeGreaterThanOrEqual(0.95 / (4 * h.rows.length - 2));
    }
  });
  it('seats lie in the upper half disc of radius 1 and are ordered left to right by angle', () => {
    for (const n of SIZES) {
      const { seats, seatRadius } = hemicycle(n);
      for (const s of seats) {
        expect(s.y).toBeLessThanOrEqual(1e-9);
        expect(Math.hypot(s.x, s.y) + seatRadius).toBeLessThanOrEqual(1 + 1e-9);
        expect(-s.y + 1e-9).toBeGreaterThanOrEqual(seatRadius - 1e-9); // nothing below the base line
      }
      for (let i = 1; i < seats.length; i++) expect(seats[i]!.angle).toBeLessThanOrEqual(seats[i - 1]!.angle);
    }
  });
  it('small houses: one seat at the top, two and three symmetric', () => {
    expect(hemicycle(1).seats[0]!.x).toBeCloseTo(0, 12);
    const [a, b] = hemicycle(2).seats;
    expect(a!.x).toBeCloseTo(-b!.x, 12);
    expect(a!.x).toBeLessThan(0);
    const three = hemicycle(3).seats;
    expect(three[1]!.x).toBeCloseTo(0, 12);
    expect(three[0]!.x).toBeCloseTo(-three[2]!.x, 12);
  });
  it('a house is symmetric about the vertical axis', () => {
    for (const n of [60, 61, 166, 650]) {
      const s = hemicycle(n).seats;
      for (let i = 0; i < s.length; i++) {
        const m = s[s.length - 1 - i]!;
        expect(s[i]!.x + m.x).toBeCloseTo(0, 9);
      }
    }
  });
  it('hemicycleSeats scales and moves the seats', () => {
    const u = hemicycle(61);
    const s = hemicycleSeats(61, { radius: 300, cx: 500, cy: 400 });
    expect(s.seatRadius).toBeCloseTo(u.seatRadius * 300, 9);
    expect(s.seats[10]!.x).toBeCloseTo(500 + u.seats[10]!.x * 300, 9);
    expect(s.seats[10]!.y).toBeCloseTo(400 + u.seats[10]!.y * 300, 9);
  });
  it('extra rows for members over the seat count stay outside the hemicycle, without overlap', () => {
    const h = hemicycle(650);
    const rho = 1 / (4 * h.rows.length - 2);
    const extra = extraSeats(120, rho);
    expect(extra.seats).toHaveLength(120);
    expect(extra.rows).toBe(2);
    for (const s of extra.seats) expect(Math.hypot(s.x, s.y)).toBeGreaterThan(1);
    expect(minDistance([...h.seats, ...extra.seats]) + 1e-9).toBeGreaterThanOrEqual(2 * h.seatRadius);
  });
  it('is deterministic: the seats of every test size match the golden file', () => {
    const text = SIZES.map((n) => {
      const h = hemicycle(n);
      return [`n=${n} rows=${h.rows.join(',')} seatRadius=${h.seatRadius.toFixed(6)}`, ...h.seats.map((s) => `${s.x.toFixed(6)},${s.y.toFixed(6)},${s.row}`)].join('\n');
    }).join('\n');
    expectGolden(golden('hemicycle-seats.txt'), `${text}\n`);
  });
});
