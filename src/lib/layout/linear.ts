/**
 * The two bits of d3 the layout used from d3-scale and d3-shape, written out so that the page does
 * not load those libraries (with d3-interpolate, d3-color and d3-format behind them) for two lines
 * of arithmetic: a linear scale over a two-number domain (`scaleLinear().domain(d).range(r)`, no
 * clamping) and the SVG path of a stepped line (`line().curve(curveStepAfter)`, 3 decimals). Same
 * arithmetic in the same order, so the same numbers and the same path text, bit for bit
 * (`tests/layout/linear.test.ts` compares them with d3 on many inputs).
 */

/** A linear map from a domain onto a range (layout units), and back (`invert`). */
export interface LinearScale {
  (value: number): number;
  /** The domain value that maps to `value` of the range. */
  invert(value: number): number;
}

/** `[a, b]` → the function that maps a to 0 and b to 1 (0.5 everywhere when a = b), as d3-scale's `normalize`. */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  if (span) return (x) => (x - a) / span;
  const c = Number.isNaN(span) ? NaN : 0.5;
  return () => c;
}

/** d3-scale's `bimap` with d3-interpolate's number interpolation (`a * (1 - t) + b * t`). */
function bimap(domain: readonly [number, number], range: readonly [number, number]): (x: number) => number {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  if (d1 < d0) {
    [d0, d1] = [d1, d0];
    [r0, r1] = [r1, r0];
  }
  const norm = normalize(d0, d1);
  return (x) => {
    const t = norm(x);
    return r0 * (1 - t) + r1 * t;
  };
}

/**
 * A linear scale: `domain[0]` → `range[0]`, `domain[1]` → `range[1]`, straight in between and
 * beyond (no clamping), as `scaleLinear().domain(domain).range(range)` of d3-scale 4.
 * @param domain two numbers (may be equal: everything maps to the middle of the range)
 * @param range two numbers (layout units)
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const forward = bimap(domain, range);
  const back = bimap(range, domain);
  const scale = ((value: number) => forward(value)) as LinearScale;
  scale.invert = (value: number) => back(value);
  return scale;
}

/** A number as d3-path writes it with 3 digits: rounded to thousandths, then as JavaScript prints it. */
function num(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}

/**
 * The SVG path of a stepped line through `points` that holds each y until the next x ("step
 * after"): `M x0,y0 L x1,y0 L x1,y1 …`, numbers to 3 decimals; one point gives `M x,yZ`, none ''.
 * The same text as d3-shape 3's `line().curve(curveStepAfter)(points) ?? ''`.
 * @param points [x, y] pairs in layout units, in drawing order
 */
export function stepAfterPath(points: readonly (readonly [number, number])[]): string {
  if (points.length === 0) return '';
  let out = '';
  let px = NaN;
  let py = NaN;
  points.forEach(([x, y], i) => {
    if (i === 0) out += `M${num(x)},${num(y)}`;
    else {
      const x1 = px * 0 + x;
      out += `L${num(x1)},${num(py)}L${num(x1)},${num(y)}`;
    }
    px = x;
    py = y;
  });
  if (points.length === 1) out += 'Z';
  return out;
}
