import { parseCellAddress } from "../../workbook/sheetData";

/**
 * The 1-based top-left cell of an address as office.js reports it: "Data!C3:F10", "'Køb (2)'!B2",
 * "'It''s'!A1:B2". The cell part follows the last "!", since a sheet name may contain "!" too.
 *
 * @example
 * parseRangeOrigin("'Kørsel 2024'!C3:F10")
 * //=> { row: 3, col: 3 }
 */
export function parseRangeOrigin(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const first = local.split(":")[0];
  const cell = parseCellAddress(first);
  if (!cell) throw new Error(`Excel reported a range address that is not A1 notation: "${address}".`);
  return cell;
}
