import type { Cell, CellValue as ExcelTsValue, Workbook, Worksheet } from "@cj-tech-master/excelts";
import { columnLetter } from "../../workbook/sheetData";
import {
  checkPlanChart,
  checkPlanConditionalFormat,
  isFormula,
  numberValidationOperands,
  type PlanAlign,
  type PlanCell,
  type PlanName,
  type PlanNumberValidation,
  type PlanRange,
  type PlanStyle,
  type PlanTable,
  type SheetPlan,
  type WorkbookPlan,
} from "../../workbook/plan/types";
import { columnCells, planAlign } from "../../workbook/plan/planAlign";
import { sheetLayout } from "../../workbook/plan/sheetLayout";
import { activateSheet } from "./activateSheet";
import { setPlanTail, splitForTail } from "./sheetTails";
import { applyColumnLayout, headerAlignment, needsExplicitAlign, worksheetOptions } from "./sheetLayoutFile";
import { loadChartSupport, writeCharts } from "./writeCharts";
import { writeConditionalFormats } from "./writeConditionalFormats";
import { PLAN_STYLE_LOOKS } from "./planStyles";
import { isValidTableName, quoteSheetName, uniqueSheetName, uniqueTableName } from "./sheetNames";

/** Excel's limit for a list validation typed inline ("a,b,c"), quotes excluded. */
const MAX_INLINE_LIST_LENGTH = 255;
const A1_REFERENCE = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;
const TABLE_STYLE = { theme: "TableStyleMedium2", showRowStripes: true } as const;

/**
 * Renders a plan into an ExcelTS workbook as new sheets and returns the sheet names used, in plan
 * order. Names are made legal and unique (" (2)"), so an existing sheet is never overwritten;
 * table names that the workbook already uses get "_2". All-or-nothing: when anything fails, the
 * sheets and names added so far are removed again before the error is rethrown.
 */
export async function writePlanToWorkbook(
  workbook: Workbook,
  plan: WorkbookPlan,
  onProgress?: (fraction: number) => void,
): Promise<string[]> {
  checkPlan(plan);
  if (plan.sheets.some((s) => (s.charts?.length ?? 0) > 0)) await loadChartSupport();
  const sheetNames = finalSheetNames(workbook, plan);
  const tableNames = finalTableNames(workbook, plan);
  const added: Worksheet[] = [];
  const addedNames: AddedName[] = [];
  try {
    for (const [i, sheetPlan] of plan.sheets.entries()) {
      added.push(renderSheet(workbook, sheetPlan, sheetNames[i], tableNames[i]));
      onProgress?.((i + 1) / plan.sheets.length);
      // Let a browser page paint its progress bar between sheets.
      await yieldToEventLoop();
    }
    for (const name of plan.names ?? []) addedNames.push(addDefinedName(workbook, name, added));
    const toActivate = plan.sheets.findIndex((s) => s.activate && (s.visibility ?? "visible") === "visible");
    if (toActivate >= 0) activateSheet(workbook, added[toActivate]);
  } catch (error) {
    for (const name of addedNames) removeDefinedName(workbook, name);
    for (const ws of added) {
      // ExcelTS registers charts with the workbook; removing only the sheet would leave them to be
      // written as orphan parts.
      for (const chart of ws.getCharts()) ws.removeChart(chart);
      workbook.removeWorksheet(ws.id);
    }
    throw error;
  }
  return sheetNames;
}

/** Plan mistakes found before the workbook is touched, with a message a developer can act on. */
function checkPlan(plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      if (!isValidTableName(table.name))
        throw new Error(`Plan table "${table.name}" is not a valid Excel table name.`);
      const headers = new Set<string>();
      for (const h of table.columns.map((c) => c.header)) {
        const key = h.trim().toLowerCase();
        if (key === "" || headers.has(key)) {
          throw new Error(`Table ${table.name}: headers must be non-empty and unique ("${h}").`);
        }
        headers.add(key);
      }
      for (const column of table.columns) if (column.list) inlineListFormula(column.list);
    }
    for (const range of sheet.ranges)
      if (range.numberValidation) numberValidationOperands(range.numberValidation);
    for (const chart of sheet.charts ?? []) checkPlanChart(chart, `Sheet "${sheet.name}"`);
    for (const cf of sheet.conditionalFormats ?? []) checkPlanConditionalFormat(cf, `Sheet "${sheet.name}"`);
  }
  for (const name of plan.names ?? []) {
    if (!isValidTableName(name.name)) throw new Error(`Plan name "${name.name}" is not a valid Excel name.`);
    if (!plan.sheets[name.sheetIndex])
      throw new Error(`Plan name "${name.name}" points at a sheet the plan lacks.`);
    // ExcelTS silently skips a reference it cannot parse, which would leave formulas with #NAME?.
    if (!A1_REFERENCE.test(name.ref))
      throw new Error(`Plan name "${name.name}" has no A1 reference ("${name.ref}").`);
  }
}

function finalSheetNames(workbook: Workbook, plan: WorkbookPlan): string[] {
  const taken = workbook.worksheets.map((ws) => ws.name);
  return plan.sheets.map((s) => {
    const name = uniqueSheetName(s.name, taken);
    taken.push(name);
    return name;
  });
}

/** Final table names per sheet: unique across every table and defined name of the workbook. */
function finalTableNames(workbook: Workbook, plan: WorkbookPlan): string[][] {
  const taken = [
    ...workbook.worksheets.flatMap((ws) => ws.getTables().map((t) => t.name)),
    ...workbook.definedNames.getAllNames().map((n) => n.name),
  ];
  return plan.sheets.map((s) =>
    s.tables.map((t) => {
      const name = uniqueTableName(t.name, taken);
      taken.push(name);
      return name;
    }),
  );
}

function renderSheet(workbook: Workbook, plan: SheetPlan, name: string, tableNames: string[]): Worksheet {
  // Widths and alignments come from the whole plan, also where a big block's body is written apart.
  const layout = sheetLayout(plan);
  const ws = workbook.addWorksheet(name, worksheetOptions(plan, layout));
  applyColumnLayout(ws, layout);
  // A big block's body past its first row is streamed into the file at save (sheetTails.ts).
  const split = splitForTail(workbook, plan);
  const shown = split?.plan ?? plan;
  for (const [i, range] of shown.ranges.entries()) renderRange(ws, range, rangeLooks(plan.ranges[i]));
  for (const [i, table] of shown.tables.entries())
    renderTable(ws, table, tableNames[i], tableLooks(plan.tables[i]));
  writeConditionalFormats(ws, plan.conditionalFormats ?? []);
  writeCharts(ws, plan.charts ?? []);
  if (split) setPlanTail(workbook, ws, split, tableNames);
  return ws;
}

/** How a column's cells are aligned: `explicit` when the alignment must be written into them. */
interface ColumnLook {
  align: PlanAlign;
  explicit: boolean;
  header: boolean;
}

function rangeLooks(range: PlanRange): ColumnLook[] {
  const width = range.values.reduce((w, r) => Math.max(w, r.length), 0);
  const header = range.style === "header";
  return Array.from({ length: width }, (_, c) => {
    const spec = range.columns?.[c];
    const cells = columnCells(range.values, c);
    if (header) return { align: planAlign(spec, []), explicit: true, header };
    const align = planAlign(spec, cells);
    return {
      align,
      explicit: spec?.align !== undefined || needsExplicitAlign(columnCells(range.values, c), align),
      header,
    };
  });
}

function tableLooks(table: PlanTable): ColumnLook[] {
  return table.columns.map((spec, c) => {
    const align = planAlign(spec, columnCells(table.rows, c));
    // A plan's own alignment is always written, so a big table's streamed rows copy it from the first.
    const explicit = spec.align !== undefined || needsExplicitAlign(columnCells(table.rows, c), align);
    return { align, explicit, header: false };
  });
}

function renderRange(ws: Worksheet, range: PlanRange, looks: readonly ColumnLook[]): void {
  for (const [r, row] of range.values.entries()) {
    for (const [c, value] of row.entries()) {
      const cell = setCell(
        ws,
        range.row + r,
        range.col + c,
        value,
        range.columns?.[c]?.format ?? null,
        range.style,
      );
      const look = looks[c];
      if (look?.header) cell.alignment = headerAlignment(look.align);
      else if (look?.explicit) cell.alignment = { horizontal: look.align };
    }
  }
  if (range.numberValidation) addNumberValidation(ws, range, range.numberValidation);
}

/** A stop-style whole/decimal rule over the range's cells: Excel refuses a typed value that breaks it. */
function addNumberValidation(ws: Worksheet, range: PlanRange, rule: PlanNumberValidation): void {
  const width = range.values.reduce((w, r) => Math.max(w, r.length), 1);
  const height = Math.max(1, range.values.length);
  const from = `${columnLetter(range.col)}${range.row}`;
  const to = `${columnLetter(range.col + width - 1)}${range.row + height - 1}`;
  const { operator, formulae } = numberValidationOperands(rule);
  ws.dataValidations.add(from === to ? from : `${from}:${to}`, {
    type: rule.kind,
    operator,
    formulae,
    allowBlank: false,
    showErrorMessage: true,
    errorStyle: "stop",
    ...(rule.errorMessage ? { error: rule.errorMessage } : {}),
  });
}

function renderTable(ws: Worksheet, table: PlanTable, name: string, looks: readonly ColumnLook[]): void {
  const width = table.columns.length;
  // Excel has no table without a data row: an empty template table gets one blank row.
  const rows = table.rows.length > 0 ? table.rows : [new Array<PlanCell>(width).fill(null)];
  ws.addTable({
    name,
    displayName: name,
    ref: `${columnLetter(table.col)}${table.row}`,
    headerRow: true,
    style: TABLE_STYLE,
    columns: table.columns.map((c) => ({ name: c.header })),
    rows: rows.map((row) => table.columns.map((_, c) => toExcelTs(row[c] ?? null))),
  });
  // Formats and drop-downs reach past the data so rows the user adds get them too.
  const lastRow = table.row + Math.max(rows.length, table.validationRows ?? 0);
  for (let c = 0; c < width; c++) {
    const look = looks[c];
    ws.getCell(table.row, table.col + c).alignment = headerAlignment(look.align);
    if (look.explicit)
      for (let r = table.row + 1; r < table.row + 1 + rows.length; r++)
        ws.getCell(r, table.col + c).alignment = { horizontal: look.align };
    const format = table.columns[c].format;
    if (format) {
      for (let r = table.row + 1; r <= lastRow; r++) ws.getCell(r, table.col + c).numFmt = format;
    }
    const list = table.columns[c].list;
    if (list) {
      const letter = columnLetter(table.col + c);
      ws.dataValidations.add(`${letter}${table.row + 1}:${letter}${lastRow}`, {
        type: "list",
        allowBlank: true,
        formulae: [inlineListFormula(list)],
        showErrorMessage: true,
        // A warning, not a stop: the readers accept more spellings than the list shows (Type 1–4,
        // English fuel names), and a user who knows that must be able to keep them.
        errorStyle: "warning",
        error: list.join(", "),
      });
    }
  }
}

function setCell(
  ws: Worksheet,
  row: number,
  col: number,
  value: PlanCell,
  numberFormat: string | null,
  style: PlanStyle | undefined,
): Cell {
  const cell = ws.getCell(row, col);
  if (value !== null) cell.value = toExcelTs(value);
  if (numberFormat) cell.numFmt = numberFormat;
  if (style) {
    const look = PLAN_STYLE_LOOKS[style];
    if (look.font) cell.font = look.font;
    if (look.fill) cell.fill = look.fill;
  }
  return cell;
}

/** Formulas keep their JS-computed result so readers that do not recalculate still see numbers. */
function toExcelTs(value: PlanCell): ExcelTsValue {
  if (isFormula(value)) return { formula: value.formula.replace(/^=/, ""), result: value.result };
  return value;
}

/** `"a,b,c"`: Excel's inline list, which cannot hold commas and is limited to 255 characters. */
function inlineListFormula(items: readonly string[]): string {
  const bad = items.find((item) => item.includes(",") || item.includes('"'));
  if (bad !== undefined) throw new Error(`List validation item "${bad}" must not contain a comma or quote.`);
  const text = items.join(",");
  if (text.length > MAX_INLINE_LIST_LENGTH) {
    throw new Error(
      `List validation "${text.slice(0, 40)}…" is longer than Excel's ${MAX_INLINE_LIST_LENGTH} characters.`,
    );
  }
  return `"${text}"`;
}

interface AddedName {
  key: string;
  location: string;
}

/**
 * Adds a plan name pointing at its final sheet. When the workbook already has a workbook-wide
 * name of that spelling (say a second business case), the new one is scoped to its own sheet,
 * which is how Excel resolves a formula's name on that sheet, so both copies stay live.
 */
function addDefinedName(workbook: Workbook, name: PlanName, added: Worksheet[]): AddedName {
  const ws = added[name.sheetIndex];
  const location = `${quoteSheetName(ws.name)}!${name.ref}`;
  const names = workbook.definedNames;
  const clash = names.getAllNames().some((n) => n.name.toLowerCase() === name.name.toLowerCase());
  if (!clash) {
    names.add(location, name.name);
    return { key: name.name, location };
  }
  // ExcelTS keeps sheet-scoped names under "name\0localSheetId" (its storageKey), with the bare
  // name and the scope in side maps; `add` has no scope argument, so fill those maps ourselves.
  const localSheetId = workbook.worksheets.indexOf(ws);
  const key = `${name.name}\0${localSheetId}`;
  if (names.localSheetIdMap[key] !== undefined)
    throw new Error(`Name "${name.name}" is already defined on ${ws.name}.`);
  names.add(location, key);
  names.nameForKey[key] = name.name;
  names.localSheetIdMap[key] = localSheetId;
  return { key, location };
}

function removeDefinedName(workbook: Workbook, name: AddedName): void {
  const names = workbook.definedNames;
  names.remove(name.location, name.key);
  delete names.matrixMap[name.key];
  delete names.localSheetIdMap[name.key];
  delete names.nameForKey[name.key];
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
