import type { Workbook } from "@cj-tech-master/excelts";
import { unzip } from "@cj-tech-master/excelts/archive";
import { loadWorkbook } from "./readXlsx";
import { enableSheetTails, setSheetTail } from "./sheetTails";
import { prepareSourceTails } from "./sourceSheetTails";
import { sheetParts } from "./spliceSheetTails";

/**
 * Loads .xlsx bytes for a workbook that is only written and saved (the CLI's result files): big
 * sheets of the source stay out of ExcelTS's model and are copied into the file at save, and big
 * sheets written later may be streamed too (sheetTails.ts).
 */
export async function loadWithSheetTails(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const source = data instanceof Uint8Array ? data : new Uint8Array(data);
  const prepared = await prepareSourceTails(source);
  const workbook = await loadWorkbook(prepared.data);
  enableSheetTails(workbook);
  if (prepared.tails.size === 0) return workbook;
  const reader = unzip(source);
  const text = async (path: string) =>
    new TextDecoder().decode((await reader.bytes(path)) ?? new Uint8Array());
  const parts = sheetParts(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
  for (const [name, part] of parts) {
    const tail = prepared.tails.get(part);
    const ws = workbook.getWorksheet(name);
    if (tail && ws) setSheetTail(workbook, ws, tail);
  }
  return workbook;
}
