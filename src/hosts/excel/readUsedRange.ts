import type { CellValue, SheetData } from "../../workbook/sheetData";
import { errorCode } from "./excelRun";
import { parseRangeOrigin } from "./parseRangeOrigin";

/**
 * Reads a sheet's used range (values only, so formatting alone does not widen it) as SheetData.
 *
 * Excel refuses reads over 5,000,000 cells and Excel on the web responses over 5 MB, so the range
 * is read in row blocks of at most `blockCells` cells, one sync each; a block Excel still finds too
 * large is halved and read again. Empty cells ("" in office.js) become null; a blank sheet gives
 * no rows at origin 1,1.
 */
export async function readUsedRange(
  context: Excel.RequestContext,
  name: string,
  blockCells: number,
): Promise<SheetData> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) throw new Error(`The workbook has no sheet named "${name}".`);

  const used = sheet.getUsedRange(true).load("address,rowCount,columnCount");
  await context.sync();
  const origin = parseRangeOrigin(used.address);
  const rowCount = used.rowCount;
  const colCount = used.columnCount;

  const values: CellValue[][] = [];
  let rowsPerBlock = Math.max(1, Math.floor(blockCells / colCount));
  let start = 0;
  while (start < rowCount) {
    const n = Math.min(rowsPerBlock, rowCount - start);
    const block = sheet.getRangeByIndexes(origin.row - 1 + start, origin.col - 1, n, colCount).load("values");
    let blockValues: unknown[][] | null = null;
    try {
      // A single sync for all blocks would be one response over the limits this loop exists to respect.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block is the point
      await context.sync();
      // Excel may answer an oversized read with null values instead of an error.
      blockValues = Array.isArray(block.values) ? block.values : null;
    } catch (error) {
      if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    }
    if (blockValues === null) {
      if (n === 1) throw new Error(`Excel could not return row ${origin.row + start} of sheet "${name}".`);
      rowsPerBlock = Math.ceil(n / 2);
      continue;
    }
    for (const row of blockValues) values.push(row.map(toCellValue));
    start += n;
  }

  const blank = rowCount === 1 && colCount === 1 && values[0]?.[0] === null;
  if (blank) return { name, originRow: 1, originCol: 1, values: [] };
  return { name, originRow: origin.row, originCol: origin.col, values };
}

function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // Rich values (entities, linked data types) have no meaning to the engine; keep their text.
  return String(value);
}
