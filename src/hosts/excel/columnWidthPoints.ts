/**
 * Excel column widths are given in characters of the default font (Calibri 11: 7 px per digit)
 * plus 5 px of cell padding, while office.js `format.columnWidth` takes points (96 px = 72 pt).
 * So 10 characters → 75 px → 56.25 pt; Excel's default 8.43 characters → 64 px → 48 pt.
 *
 * @example
 * columnWidthPoints(10)
 * //=> 56.25
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.round(characters * PIXELS_PER_CHARACTER + CELL_PADDING_PIXELS);
  return (pixels * POINTS_PER_INCH) / PIXELS_PER_INCH;
}

const PIXELS_PER_CHARACTER = 7;
const CELL_PADDING_PIXELS = 5;
const POINTS_PER_INCH = 72;
const PIXELS_PER_INCH = 96;
