/**
 * The code's paths, checked: no import cycle in `src/`, and every layer imports only the layers
 * below it (docs/ARCHITECTURE.md gives the layers and why). dependency-cruiser reads the imports of
 * every .ts and .svelte file of `src/` and `scripts/`, the way the bundler resolves them; the
 * command-line scripts never import the app's state or components. Runes are checked by reading the
 * files: `*.svelte.ts` lives in `src/lib/state/` only, and the pure layers use no rune.
 * Each check is also run on a small made-up example that breaks it, to show it can fail.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseOptions, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

const lib = (...dirs: string[]) => `^src/lib/(${dirs.join('|')})/`;
const components = '^src/components/';

/** `from` may not import `to`: one rule per arrow the architecture forbids. */
const FORBIDDEN: IForbiddenRuleType[] = [
  { name: 'no-cycle', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
  {
    name: 'model-is-the-base',
    severity: 'error',
    from: { path: lib('model') },
    to: { path: [lib('layout', 'draw', 'view', 'export', 'io', 'i18n', 'state'), components, '^node_modules/svelte/'] },
  },
  {
    name: 'layout-gets-its-words-as-input',
    severity: 'error',
    from: { path: lib('layout') },
    to: { path: [lib('draw', 'view', 'export', 'io', 'i18n', 'state'), components, '^node_modules/svelte/'] },
  },
  {
    name: 'draw-is-below-export-and-state',
    severity: 'error',
    from: { path: lib('draw') },
    to: { path: [lib('export', 'io', 'state'), components, '^node_modules/svelte/'] },
  },
  {
    name: 'view-is-pure',
    severity: 'error',
    from: { path: lib('view') },
    to: { path: [lib('draw', 'export', 'io', 'state'), components, '^node_modules/svelte/'] },
  },
  {
    name: 'i18n-only-words',
    severity: 'error',
    from: { path: lib('i18n') },
    to: { path: [lib('layout', 'draw', 'view', 'export', 'io', 'state'), components, '^node_modules/svelte/'] },
  },
  {
    name: 'io-reads-and-writes-files-only',
    severity: 'error',
    from: { path: lib('io') },
    to: { path: [lib('layout', 'draw', 'view', 'export', 'state'), components, '^node_modules/svelte/'] },
  },
  {
    name: 'export-makes-files-without-app-state',
    severity: 'error',
    from: { path: lib('export') },
    to: { path: [lib('state', 'io'), components, '^node_modules/svelte/'] },
  },
  {
    name: 'draft-reads-text-with-the-model-only',
    severity: 'error',
    from: { path: lib('draft') },
    to: { path: [lib('layout', 'draw', 'view', 'export', 'io', 'i18n', 'state'), components, '^node_modules/svelte/'] },
  },
  { name: 'state-does-not-know-components', severity: 'error', from: { path: lib('state') }, to: { path: components } },
  {
    name: 'scripts-draw-without-app-state',
    severity: 'error',
    from: { path: '^scripts/' },
    to: { path: [lib('state'), components] },
  },
];

/** The folders whose code must be pure TypeScript (no runes, no Svelte). */
const PURE_LAYERS = ['model', 'layout', 'view', 'draw', 'export', 'io', 'i18n', 'draft'] as const;

/** A rune call or reference: `$state(`, `$state.raw(`, `$derived`, `$effect`, `$props`, `$inspect`, `$host`. */
const RUNE = /\$(?:state|derived|effect|props|inspect|host)\b/;

/**
 * The `*.svelte.ts` / `*.svelte.js` files (rune modules) that are not under `src/lib/state/`.
 * @param files paths relative to the repository root, with "/" separators
 * @returns the offending paths, in the given order
 */
function runeModulesOutsideState(files: readonly string[]): string[] {
  return files.filter((f) => /\.svelte\.(?:ts|js)$/.test(f) && !f.startsWith('src/lib/state/'));
}

/**
 * The files of the pure layers (`src/lib/{model,layout,view,draw,export,io,i18n}/`) that use a rune.
 * @param files path (relative, "/" separators) and text of each file
 * @returns "path:line: the line" for each use
 */
function runeUsesInPureLayers(files: readonly { path: string; text: string }[]): string[] {
  const pure = new RegExp(`^src/lib/(${PURE_LAYERS.join('|')})/`);
  const out: string[] = [];
  for (const { path, text } of files) {
    if (!pure.test(path)) continue;
    text.split('\n').forEach((line, i) => {
      if (RUNE.test(line)) out.push(`${path}:${i + 1}: ${line.trim()}`);
    });
  }
  return out;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every file under `dir` (relative to the repository root), as root-relative paths with "/". */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(ROOT, p).split(sep).join('/'));
    }
  };
  walk(join(ROOT, dir));
  return out.sort();
}

/** The cruise options of the check: the rules above, TypeScript imports, no node_modules internals. */
const CRUISE_OPTIONS: ICruiseOptions = {
  validate: true,
  ruleSet: { forbidden: FORBIDDEN },
  tsPreCompilationDeps: true,
  doNotFollow: { path: 'node_modules' },
  exclude: { path: '\\.d\\.ts$' },
};

let result: ICruiseResult | undefined;
async function cruiseSrc(): Promise<ICruiseResult> {
  if (result) return result;
  const r = await cruise(['src', 'scripts'], CRUISE_OPTIONS);
  result = r.output as ICruiseResult;
  return result;
}

/**
 * The violations of one rule, as "a → b" (a cycle as its whole path). A component that renders
 * itself (`SvgNode.svelte` draws nested SVG elements) is recursion, not a cycle between modules.
 */
const violations = async (rule: string): Promise<string[]> =>
  (await cruiseSrc()).summary.violations
    .filter((v) => v.rule.name === rule)
    .filter((v) => !(v.cycle && v.cycle.every((c) => c.name === v.from)))
    .map((v) => (v.cycle ? v.cycle.map((c) => c.name).join(' → ') : `${v.from} → ${v.to}`));

describe('architecture', () => {
  it('reads the imports of the .ts and .svelte files (the check sees the code)', async () => {
    const r = await cruiseSrc();
    const names = r.modules.map((m) => m.source);
    expect(names).toContain('src/components/App.svelte');
    expect(names).toContain('src/lib/model/steps.ts');
    const app = r.modules.find((m) => m.source === 'src/components/App.svelte')!;
    expect(app.dependencies.length).toBeGreaterThan(5);
    const cli = r.modules.find((m) => m.source === 'scripts/export-cli.ts')!;
    expect(cli.dependencies.map((d) => d.resolved)).toContain('src/lib/export/svg.ts');
  });
  for (const rule of FORBIDDEN) {
    it(`holds: ${rule.name}`, async () => {
      expect(await violations(rule.name!)).toEqual([]);
    });
  }
});

describe('runes', () => {
  it('*.svelte.ts files exist only in src/lib/state/', () => {
    const files = [...filesUnder('src'), ...filesUnder('scripts')];
    expect(files.filter((f) => f.endsWith('.svelte.ts')).length).toBeGreaterThan(0);
    expect(runeModulesOutsideState(files)).toEqual([]);
  });

  it(`no rune in ${PURE_LAYERS.map((l) => `src/lib/${l}/`).join(', ')}`, () => {
    const files = PURE_LAYERS.flatMap((l) => filesUnder(`src/lib/${l}`)).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
    expect(files.length).toBeGreaterThan(50);
    expect(runeUsesInPureLayers(files)).toEqual([]);
  });
});

describe('the checks can fail (made-up examples)', () => {
  it('a rune module in a pure layer, or anywhere but state, is found', () => {
    expect(
      runeModulesOutsideState(['src/lib/state/app-state.svelte.ts', 'src/lib/model/x.svelte.ts', 'src/lib/view/y.svelte.js', 'src/components/z.svelte.ts', 'src/lib/model/x.ts']),
    ).toEqual(['src/lib/model/x.svelte.ts', 'src/lib/view/y.svelte.js', 'src/components/z.svelte.ts']);
  });

  it('a rune in a pure layer is found, in state it is allowed', () => {
    const text = 'export class X {\n  n = $state(0);\n  d = $derived(this.n * 2);\n  m = $state.raw([]);\n}\n$effect(() => {});\nconst price = "$ 5";\n';
    const uses = runeUsesInPureLayers([
      { path: 'src/lib/model/x.ts', text },
      { path: 'src/lib/i18n/y.ts', text: 'const a = $effect.pre;' },
      { path: 'src/lib/state/z.svelte.ts', text },
    ]);
    expect(uses).toEqual([
      'src/lib/model/x.ts:2: n = $state(0);',
      'src/lib/model/x.ts:3: d = $derived(this.n * 2);',
      'src/lib/model/x.ts:4: m = $state.raw([]);',
      'src/lib/model/x.ts:6: $effect(() => {});',
      'src/lib/i18n/y.ts:1: const a = $effect.pre;',
    ]);
  });

  describe('dependency-cruiser with the same rules on a made-up tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmv-layers-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    put('src/lib/state/app-state.ts', 'export const s = 1;\n');
    put('src/components/App.ts', 'export const c = 1;\n');
    put('src/lib/model/steps.ts', "import { s } from '../state/app-state.ts';\nexport const m = s;\n");
    put('scripts/cli.ts', "import { s } from '../src/lib/state/app-state.ts';\nimport { c } from '../src/components/App.ts';\nexport const x = s + c;\n");
    put('scripts/ok.ts', "import { m } from '../src/lib/model/steps.ts';\nexport const y = m;\n");

    it('finds a script importing state or components, and a pure layer importing state', async () => {
      const r = (await cruise(['src', 'scripts'], { ...CRUISE_OPTIONS, baseDir: dir })).output as ICruiseResult;
      const found = r.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
      expect(found).toEqual([
        'model-is-the-base: src/lib/model/steps.ts → src/lib/state/app-state.ts',
        'scripts-draw-without-app-state: scripts/cli.ts → src/components/App.ts',
        'scripts-draw-without-app-state: scripts/cli.ts → src/lib/state/app-state.ts',
      ]);
    });
  });
});
