/**
 * The page's importer: each file imported in a module Web Worker (`io/import-worker.ts`, its own
 * chunk of the build, which carries the importer: the page's first load does not).
 */
import { workerImporter, type Importer } from './importers.ts';

/** Imports in the import worker (started on the first import, kept for the next). */
export const workerImport: Importer = workerImporter(() => new Worker(new URL('../io/import-worker.ts', import.meta.url), { type: 'module' }));
