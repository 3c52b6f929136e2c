/**
 * The PNG choices the export menu offers (scales and backgrounds), apart from the PNG code so the
 * page can show them without loading it. Pure: no imports.
 */

/** The PNG's background: white, or transparent (no background rect). */
export type PngBackground = 'white' | 'transparent';

/** The scales the app offers (pixels per unit). */
export const PNG_SCALES = [1, 2, 4] as const;
