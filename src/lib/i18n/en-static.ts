/**
 * Side-effect import: the English words given at once (`provideEnglish`), for code that is not the
 * page's first load: exports, the command line, the workers, the benchmarks and the tests. The page
 * itself loads them on demand (`loadWords` of `langs.ts`).
 */
import { provideEnglish } from './english.ts';

provideEnglish();
