/**
 * Where the font files are (Node only: resolves paths in node_modules). No imports of generated
 * files, so that `scripts/gen-font-metrics.ts` can use it before they exist.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Be Vietnam Pro as TrueType (the source of the metrics table, the subsets and the outlines). */
export const FONT_FILES: Readonly<Record<'regular' | 'bold', string>> = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

/** Where `scripts/gen-font-metrics.ts` takes the symbol font from (a dev dependency; exports use `font-data.ts`). */
export const SYMBOL_SOURCE_FILE = '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2';
