/**
 * The code's paths, checked: no import cycle in `src/`, and every layer imports only the layers
 * below it (docs/ARCHITECTURE.md gives the layers and why). dependency-cruiser reads the imports of
 * every .ts and .svelte file, the way the bundler resolves them.
 */
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

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
  { name: 'state-does-not-know-components', severity: 'error', from: { path: lib('state') }, to: { path: components } },
];

let result: ICruiseResult | undefined;
async function cruiseSrc(): Promise<ICruiseResult> {
  if (result) return result;
  const r = await cruise(['src'], {
    validate: true,
    ruleSet: { forbidden: FORBIDDEN },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
  });
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
  });
  for (const rule of FORBIDDEN) {
    it(`holds: ${rule.name}`, async () => {
      expect(await violations(rule.name!)).toEqual([]);
    });
  }
});
