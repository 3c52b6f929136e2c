/**
 * Gives `layoutScene` the hemicycle layout by a static import (import this module for its effect):
 * for the exports, the command line, the benchmarks and the tests. The page loads it on demand
 * instead (`loadHemicycle`), so that its first load stays light.
 */
import { layoutHemicycle } from './hemicycle-scene.ts';
import { provideHemicycle } from './layout.ts';

provideHemicycle(layoutHemicycle);
