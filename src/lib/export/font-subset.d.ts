/** Types of `subset-font` (it ships none): harfbuzz hb-subset through WebAssembly, Node only. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    preserveNameIds?: number[];
    keepFeatures?: string[];
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    noLayoutClosure?: boolean;
    glyphNames?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
    keepAllGlyphs?: boolean;
  }
  /** A subset of `font` (TTF, WOFF or WOFF2) with the glyphs of `text`, in `targetFormat`. */
  function subsetFont(font: Buffer | Uint8Array, text: string | undefined, options?: SubsetFontOptions): Promise<Buffer>;
  export default subsetFont;
}
