/**
 * Vitest environment for the state classes written with runes (`*.svelte.ts`): Node's globals, but
 * modules transformed for the client, so the Svelte plugin compiles them with the client runtime
 * (effects and deriveds behave as in the page; the default `node` environment compiles for the server).
 */
import type { Environment } from 'vitest/environments';

export default {
  name: 'runes',
  viteEnvironment: 'client',
  setup() {
    return { teardown() {} };
  },
} satisfies Environment;
