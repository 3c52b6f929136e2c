/** The command line of `npm run bench:browser` (pure). */

/** The parts of the benchmark, in the order they run. */
export const PARTS = ['weight', 'builtin', 'step', 'scrub', 'heap', 'long'] as const;
export type Part = (typeof PARTS)[number];

/** What to run. */
export interface BenchArgs {
  /** Build the app first (`vite build`); `--no-build` skips it. */
  build: boolean;
  parts: Set<Part>;
  /** Committee sizes of the step part. */
  sizes: number[];
  /** Rounds per size (the median is reported); sizes of 10,000 and more run `bigRounds`. */
  rounds: number;
  bigRounds: number;
  /** Key presses and pointer moves of the scrub part. */
  scrubKeys: number;
  scrubMoves: number;
  /** Server port, 0 = any free port. */
  port: number;
}

export const USAGE = `npm run bench:browser -- [--no-build] [--only=${PARTS.join(',')}] [--sizes=35,500,2000,10000]
  [--rounds=3] [--big-rounds=1] [--scrub-keys=200] [--scrub-moves=100] [--port=0]`;

/**
 * Reads the arguments (`--name=value` or `--flag`).
 * @throws Error naming the argument for an unknown argument, an unknown part or a bad number
 */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = { build: true, parts: new Set(PARTS), sizes: [35, 500, 2000, 10_000], rounds: 3, bigRounds: 1, scrubKeys: 200, scrubMoves: 100, port: 0 };
  const int = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name}: an integer of at least ${min}, not "${v}"`);
    return n;
  };
  for (const arg of argv) {
    const [name, value = ''] = arg.split(/=(.*)/s, 2) as [string, string?];
    switch (name) {
      case '--no-build': out.build = false; break;
      case '--only': {
        const parts = value.split(',').filter(Boolean);
        const bad = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
        if (bad.length || !parts.length) throw new Error(`--only: parts among ${PARTS.join(', ')}, not "${value}"`);
        out.parts = new Set(parts as Part[]);
        break;
      }
      case '--sizes': out.sizes = value.split(',').map((s) => int('--sizes', s, 11)); break;
      case '--rounds': out.rounds = int('--rounds', value, 1); break;
      case '--big-rounds': out.bigRounds = int('--big-rounds', value, 1); break;
      case '--scrub-keys': out.scrubKeys = int('--scrub-keys', value, 1); break;
      case '--scrub-moves': out.scrubMoves = int('--scrub-moves', value, 2); break;
      case '--port': out.port = int('--port', value, 0); break;
      default: throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    }
  }
  return out;
}
