import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Relative base so `dist/` works from any static host under any path.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // Every browser the app supports has modulepreload: no polyfill in the first load.
  build: { modulePreload: { polyfill: false } },
  test: {
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 60_000,
    setupFiles: ['./tests/setup-layout.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/**/*.svelte.test.ts'], environment: 'node' },
      },
      {
        // State classes with runes (`*.svelte.ts`): Svelte's client runtime, so effects and deriveds run as in the page.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'runes', include: ['tests/**/*.svelte.test.ts'], environment: './tests/runes-environment.ts' },
      },
    ],
  },
});
