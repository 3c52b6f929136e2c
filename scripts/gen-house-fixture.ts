/**
 * `npx tsx scripts/gen-house-fixture.ts [--check]`: writes the 650-seat house fixture, a made-up
 * parliament for tests (issue 9), deterministically from a fixed seed:
 *
 * - `tests/fixtures/house-650.csv`: one row per membership (columns of `data/README.md`'s CSV
 *   section: person, body, seats, post, start, end, start_cause, end_cause). It imports today.
 * - `tests/fixtures/house-650-groups.csv`: the same rows with a `group` column (each member's
 *   party). The CSV importer refuses an unknown column, so this variant only imports once the
 *   `group` column is supported (another change of issue 9); until then it is kept for that change.
 *
 * The house: "House of Representatives", 650 seats, one post per constituency ("Constituency 1" …
 * "Constituency 650"), elected on 12/12/2019, eight parties of different sizes. During the term:
 * 24 deaths and 30 resignations, each seat filled by a by-election 60 to 150 days later (the winner
 * sometimes of another party), and 6 members who change party (their membership ends with
 * `changed_group` and a new one starts the same day, same seat). `--check` compares instead of
 * writing (exit 1 when a file differs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEED = 20261207;
const SEATS = 650;
const BODY = 'House of Representatives';
const ELECTION = '2019-12-12';
const PARTIES: readonly [string, number][] = [
  ['Blue Party', 0.44],
  ['Red Party', 0.3],
  ['Yellow Party', 0.08],
  ['Green Party', 0.06],
  ['Orange Alliance', 0.05],
  ['Purple League', 0.03],
  ['Independents', 0.025],
  ['Grey Union', 0.015],
];
const FIRST = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Robin', 'Jamie', 'Avery', 'Riley', 'Quinn', 'Drew', 'Emery', 'Hayden', 'Kendall', 'Logan', 'Parker', 'Reese', 'Rowan', 'Sage', 'Skyler', 'Tatum', 'Blair', 'Cameron', 'Dana', 'Elliot', 'Finley', 'Harper', 'Jesse', 'Kai'];
const LAST = ['Abbott', 'Baker', 'Carter', 'Dalton', 'Ellis', 'Fisher', 'Garner', 'Hughes', 'Irwin', 'Jensen', 'Keller', 'Lawson', 'Moreno', 'Nash', 'Owens', 'Porter', 'Quincy', 'Reyes', 'Sutton', 'Turner', 'Underwood', 'Vance', 'Walsh', 'Young', 'Zimmer', 'Archer', 'Bishop', 'Clarke', 'Doyle', 'Foster'];

/** Mulberry32: a small seeded generator of numbers in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  person: string;
  post: string;
  start: string;
  end: string;
  start_cause: string;
  end_cause: string;
  group: string;
}

/** `iso` plus `days` days, as YYYY-MM-DD. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The fixture's rows, in a fixed order (by seat, then by start). */
export function houseRows(seed = SEED): Row[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const party = () => {
    let x = rand();
    for (const [name, w] of PARTIES) if ((x -= w) < 0) return name;
    return PARTIES[0]![0];
  };
  const used = new Set<string>();
  const name = () => {
    for (;;) {
      const n = `${pick(FIRST)} ${String.fromCharCode(65 + Math.floor(rand() * 26))}. ${pick(LAST)}`;
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
  const bySeat: Row[][] = [];
  for (let s = 1; s <= SEATS; s++) {
    bySeat.push([{ person: name(), post: `Constituency ${s}`, start: ELECTION, end: '', start_cause: 'elected', end_cause: '', group: party() }]);
  }
  // Departures and by-elections on distinct seats, then changes of party on others.
  const seats = Array.from({ length: SEATS }, (_, i) => i);
  for (let i = seats.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [seats[i], seats[j]] = [seats[j]!, seats[i]!];
  }
  const departures = [...Array<string>(24).fill('death'), ...Array<string>(30).fill('resignation')];
  departures.forEach((cause, k) => {
    const rows = bySeat[seats[k]!]!;
    const first = rows[0]!;
    const end = addDays(ELECTION, 60 + Math.floor(rand() * 1300));
    first.end = end;
    first.end_cause = cause;
    const keep = rand() < 0.75;
    rows.push({
      person: name(),
      post: first.post,
      start: addDays(end, 60 + Math.floor(rand() * 90)),
      end: '',
      start_cause: 'by_election',
      end_cause: '',
      group: keep ? first.group : party(),
    });
  });
  for (let k = 0; k < 6; k++) {
    const rows = bySeat[seats[departures.length + k]!]!;
    const first = rows[0]!;
    const day = addDays(ELECTION, 200 + Math.floor(rand() * 1000));
    first.end = day;
    first.end_cause = 'changed_group';
    let next = party();
    while (next === first.group) next = party();
    rows.push({ person: first.person, post: first.post, start: day, end: '', start_cause: 'changed_group', end_cause: '', group: next });
  }
  return bySeat.flat();
}

/** The CSV text of the rows (with the `group` column or without). */
export function houseCsv(rows: readonly Row[], withGroup: boolean): string {
  const head = ['person', 'body', 'seats', 'post', 'start', 'end', 'start_cause', 'end_cause', ...(withGroup ? ['group'] : [])];
  const lines = rows.map((r) =>
    [r.person, BODY, String(SEATS), r.post, r.start, r.end, r.start_cause, r.end_cause, ...(withGroup ? [r.group] : [])].join(','),
  );
  return `${[head.join(','), ...lines].join('\n')}\n`;
}

const FILES: readonly [string, boolean][] = [
  ['../tests/fixtures/house-650.csv', false],
  ['../tests/fixtures/house-650-groups.csv', true],
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const rows = houseRows();
  let differs = false;
  for (const [rel, withGroup] of FILES) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    const text = houseCsv(rows, withGroup);
    if (check) {
      let old = '';
      try {
        old = readFileSync(path, 'utf8');
      } catch {
        // missing: differs
      }
      if (old !== text) {
        differs = true;
        console.error(`${path} differs from what the generator writes`);
      }
    } else {
      writeFileSync(path, text);
      console.log(`${path}: ${rows.length} rows`);
    }
  }
  process.exit(differs ? 1 : 0);
}
