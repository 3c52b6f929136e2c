/** Types of `svg-to-pdfkit` (it ships none): draws an SVG document on the current page of a PDFKit document. */
declare module 'svg-to-pdfkit' {
  /** Options the app uses (see the package's README for the rest). */
  export interface SvgToPdfOptions {
    /** The drawing's width and height on the page, in points (the SVG's viewBox is fitted into them). */
    width?: number;
    height?: number;
    /** Chooses the registered font name for a CSS family, bold and italic. */
    fontCallback?: (family: string, bold: boolean, italic: boolean, fontOptions: { fauxBold?: boolean; fauxItalic?: boolean }) => string;
    warningCallback?: (message: string) => void;
    assumePt?: boolean;
    preserveAspectRatio?: string;
  }
  /** Draws `svg` (a string or an SVG element) at (`x`, `y`) points on `doc`'s current page. */
  export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string | SVGElement, x?: number, y?: number, options?: SvgToPdfOptions): void;
}
