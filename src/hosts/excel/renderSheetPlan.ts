import { columnCells, naturalAlign, planAlign } from "../../workbook/plan/planAlign";
import { printSetupOf, type PrintSetup } from "../../workbook/plan/printSetup";
import { sheetLayout } from "../../workbook/plan/sheetLayout";
import {
  numberValidationOperands,
  type PlanAlign,
  type PlanCell,
  type PlanNumberValidation,
  type PlanRange,
  type PlanTable,
  type SheetPlan,
} from "../../workbook/plan/types";
import type { ExcelApiSupport } from "./excelRun";
import { applyPlanStyle, planStyleActionCount } from "./applyPlanStyle";
import { chunkRows, jsonByteLength, type RowBlock } from "./chunkRows";
import { columnWidthPoints } from "./columnWidthPoints";
import { columnAddress, rangeAddress } from "./rangeAddress";
import { chartSteps } from "./renderCharts";
import { conditionalFormatSteps } from "./renderConditionalFormats";
import type { WriteStep } from "./runBudgetedSteps";

/** Request bytes of one queued action besides its arguments (object path, method name, ids). */
export const ACTION_BYTES = 100;

/** Excel keeps a literal list source ("a,b,c") to 255 characters. */
const LIST_SOURCE_MAX_CHARS = 255;

export interface RenderSheetOptions {
  /** The new worksheet; steps only run after it was added. */
  sheet(): Excel.Worksheet;
  /** Final, workbook-unique name of each plan table, in plan order. */
  tableNames: readonly string[];
  /** Upper bound of one block of values, in estimated request bytes. */
  budgetBytes: number;
  maxRowsPerBlock: number;
  /**
   * ExcelApi check: number validations need 1.8 and charts 1.7; each is left out below its set.
   * Default: supported.
   */
  supports?: ExcelApiSupport;
}

/**
 * The steps that fill one new sheet, in the order Microsoft recommends for large writes: all values
 * (in row blocks under the byte budget), then number formats and styles, column widths and frozen
 * rows, and only then the tables over the written values, with their list validations, and the
 * charts over both.
 * Everything is checked and cut up here, before a single cell is written.
 */
export function renderSheetPlan(plan: SheetPlan, options: RenderSheetOptions): WriteStep[] {
  const where = (what: string): string => `sheet "${plan.name}", ${what}`;
  const values: WriteStep[] = [];
  const formats: WriteStep[] = [];
  const tables: WriteStep[] = [];

  for (const range of plan.ranges) {
    const width = Math.max(0, ...range.values.map((r) => r.length));
    if (range.values.length === 0 || width === 0) continue;
    const label = where(`range at ${rangeAddress(range.row, range.col, 1, 1)}`);
    values.push(...valueSteps(options, range.row, range.col, width, range.values, label));
    formats.push(
      ...numberFormatSteps(
        options,
        range.row,
        range.col,
        range.values.length,
        range.columns?.map((c) => c.format ?? null),
      ),
    );
    if (range.style) formats.push(styleStep(options, range, width));
    formats.push(...rangeAlignmentSteps(options, range, width));
    if (range.numberValidation) {
      // Checked even when skipped, so a bad plan fails alike on every Excel version.
      const operands = numberValidationOperands(range.numberValidation);
      if (options.supports?.("1.8") ?? true)
        formats.push(numberValidationStep(options, range, width, range.numberValidation, operands));
    }
  }

  plan.tables.forEach((table, index) => {
    const label = where(`table "${table.name}"`);
    checkTable(table, label);
    const rows: PlanCell[][] = [table.columns.map((c) => c.header), ...table.rows];
    values.push(...valueSteps(options, table.row, table.col, table.columns.length, rows, label));
    // A table always has at least one data row; its formats carry over to rows the user adds.
    const dataRows = Math.max(1, table.rows.length);
    formats.push(
      ...numberFormatSteps(
        options,
        table.row + 1,
        table.col,
        dataRows,
        table.columns.map((c) => c.format ?? null),
      ),
    );
    formats.push(...tableAlignmentSteps(options, table, dataRows));
    tables.push(tableStep(options, table, options.tableNames[index] ?? table.name, dataRows));
  });

  const layout = sheetLayout(plan);
  layout.columnWidths.forEach((characters, i) => {
    if (characters === undefined) return;
    const points = columnWidthPoints(characters);
    formats.push({
      bytes: ACTION_BYTES + 16,
      queue: () => {
        options.sheet().getRange(columnAddress(i + 1)).format.columnWidth = points;
      },
    });
  });
  for (const [row, lines] of layout.headerLines) {
    formats.push({
      bytes: ACTION_BYTES + 16,
      queue: () => {
        options.sheet().getRange(rangeAddress(row, 1, 1, 1)).format.rowHeight = lines * POINTS_PER_LINE;
      },
    });
  }

  formats.push(...freezeSteps(options, plan.freezeRows ?? 0, plan.freezeCols ?? 0));
  // Page layout came with ExcelApi 1.9; older Excel prints with its defaults.
  if (options.supports?.("1.9") ?? true)
    formats.push(printStep(options, printSetupOf(plan, layout.columnWidths)));

  const charts = chartSteps(plan, {
    sheet: options.sheet,
    supports: options.supports,
    actionBytes: ACTION_BYTES,
  });

  const conditional = conditionalFormatSteps(plan, {
    sheet: options.sheet,
    supports: options.supports,
    actionBytes: ACTION_BYTES,
  });

  return [...values, ...formats, ...tables, ...conditional, ...charts];
}

function valueSteps(
  options: RenderSheetOptions,
  row: number,
  col: number,
  width: number,
  rows: readonly PlanCell[][],
  label: string,
): WriteStep[] {
  let blocks: RowBlock[];
  try {
    blocks = chunkRows(rows, { budgetBytes: options.budgetBytes, maxRows: options.maxRowsPerBlock, width });
  } catch (error) {
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return blocks.map((block) => blockStep(options, row, col, width, block));
}

function blockStep(
  options: RenderSheetOptions,
  row: number,
  col: number,
  width: number,
  block: RowBlock,
): WriteStep {
  return {
    bytes: ACTION_BYTES * 2 + block.bytes,
    queue: () => {
      const range = options.sheet().getRange(rangeAddress(row + block.start, col, block.rows.length, width));
      // range.formulas accepts plain values as well, so one property per block suffices.
      if (block.hasFormulas) range.formulas = block.rows;
      else range.values = block.rows;
    },
    split:
      block.rows.length > 1
        ? () => {
            const [a, b] = halveBlock(block);
            return [blockStep(options, row, col, width, a), blockStep(options, row, col, width, b)];
          }
        : undefined,
  };
}

function halveBlock(block: RowBlock): [RowBlock, RowBlock] {
  const mid = Math.ceil(block.rows.length / 2);
  const part = (start: number, rows: RowBlock["rows"]): RowBlock => ({
    start: block.start + start,
    rows,
    bytes: jsonByteLength(rows),
    hasFormulas: block.hasFormulas,
  });
  return [part(0, block.rows.slice(0, mid)), part(mid, block.rows.slice(mid))];
}

/**
 * One action per column: a single format string assigned to a range applies to all its cells, so
 * formatting 100,000 rows costs bytes per column, not per cell. office.js types only declare 2-D
 * arrays for `numberFormat`, hence the cast at this one boundary.
 */
function numberFormatSteps(
  options: RenderSheetOptions,
  row: number,
  col: number,
  rowCount: number,
  formats: readonly (string | null)[] | undefined,
): WriteStep[] {
  if (!formats || rowCount < 1) return [];
  const steps: WriteStep[] = [];
  formats.forEach((format, i) => {
    if (format === null || format === "") return;
    steps.push({
      bytes: ACTION_BYTES * 2 + jsonByteLength(format),
      queue: () => {
        const range = options.sheet().getRange(rangeAddress(row, col + i, rowCount, 1));
        (range as unknown as { numberFormat: string }).numberFormat = format;
      },
    });
  });
  return steps;
}

/** Points per line of the default font (Calibri 11), for a header row that wraps. */
const POINTS_PER_LINE = 15;

const OFFICE_ALIGN = { left: "Left", right: "Right" } as const;

/**
 * One action per column: a header range's cells lean like their column and wrap; a data range's
 * column gets its alignment written where the plan chose one or its values lean both ways.
 */
function rangeAlignmentSteps(options: RenderSheetOptions, range: PlanRange, width: number): WriteStep[] {
  const header = range.style === "header";
  const steps: WriteStep[] = [];
  for (let c = 0; c < width; c++) {
    const spec = range.columns?.[c];
    const cells = columnCells(range.values, c);
    const align = header ? planAlign(spec, []) : planAlign(spec, cells);
    if (!header && spec?.align === undefined && !leansBothWays(columnCells(range.values, c), align)) continue;
    steps.push(
      alignStep(options, rangeAddress(range.row, range.col + c, range.values.length, 1), align, header),
    );
  }
  return steps;
}

/** Per column, the header cell leans like its values and wraps; the values get the same alignment. */
function tableAlignmentSteps(options: RenderSheetOptions, table: PlanTable, dataRows: number): WriteStep[] {
  return table.columns.flatMap((spec, c) => {
    const align = planAlign(spec, columnCells(table.rows, c));
    return [
      alignStep(options, rangeAddress(table.row, table.col + c, 1, 1), align, true),
      alignStep(options, rangeAddress(table.row + 1, table.col + c, dataRows, 1), align, false),
    ];
  });
}

function alignStep(options: RenderSheetOptions, address: string, align: PlanAlign, wrap: boolean): WriteStep {
  return {
    bytes: ACTION_BYTES * (wrap ? 3 : 2) + address.length,
    queue: () => {
      const format = options.sheet().getRange(address).format;
      format.horizontalAlignment = OFFICE_ALIGN[align];
      if (wrap) format.wrapText = true;
    },
  };
}

function leansBothWays(cells: Iterable<PlanCell>, align: PlanAlign): boolean {
  for (const cell of cells) {
    const natural = naturalAlign(cell);
    if (natural !== null && natural !== align) return true;
  }
  return false;
}

function freezeSteps(options: RenderSheetOptions, rows: number, cols: number): WriteStep[] {
  if (rows <= 0 && cols <= 0) return [];
  const queue =
    rows > 0 && cols > 0
      ? () => options.sheet().freezePanes.freezeAt(rangeAddress(1, 1, rows, cols))
      : rows > 0
        ? () => options.sheet().freezePanes.freezeRows(rows)
        : () => options.sheet().freezePanes.freezeColumns(cols);
  return [{ bytes: ACTION_BYTES, queue }];
}

/** One page wide, as many pages down as it takes, the header row repeated (ExcelApi 1.9). */
function printStep(options: RenderSheetOptions, print: PrintSetup): WriteStep {
  const titleRows = print.repeatRows ? `$${print.repeatRows.first}:$${print.repeatRows.last}` : null;
  return {
    bytes: ACTION_BYTES * 3 + 64,
    queue: () => {
      const layout = options.sheet().pageLayout;
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
      if (titleRows) layout.setPrintTitleRows(titleRows);
    },
  };
}

function styleStep(options: RenderSheetOptions, range: PlanRange, width: number): WriteStep {
  const style = range.style;
  return {
    bytes: ACTION_BYTES * (1 + (style ? planStyleActionCount(style) : 0)),
    queue: () => {
      if (style)
        applyPlanStyle(
          options.sheet().getRange(rangeAddress(range.row, range.col, range.values.length, width)),
          style,
        );
    },
  };
}

/** office.js spells the operators in Pascal case and the whole-number rule `wholeNumber`. */
const OFFICE_OPERATORS = {
  between: "Between",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
} as const;

function numberValidationStep(
  options: RenderSheetOptions,
  range: PlanRange,
  width: number,
  rule: PlanNumberValidation,
  operands: ReturnType<typeof numberValidationOperands>,
): WriteStep {
  const basic: Excel.BasicDataValidation = {
    formula1: operands.formulae[0],
    ...(operands.formulae.length > 1 ? { formula2: operands.formulae[1] } : {}),
    operator: OFFICE_OPERATORS[operands.operator],
  };
  const excelRule: Excel.DataValidationRule =
    rule.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
  return {
    bytes: ACTION_BYTES * 3 + jsonByteLength([excelRule, rule.errorMessage ?? ""]),
    queue: () => {
      const validation = options
        .sheet()
        .getRange(rangeAddress(range.row, range.col, range.values.length, width)).dataValidation;
      validation.rule = excelRule;
      if (rule.errorMessage)
        validation.errorAlert = { message: rule.errorMessage, showAlert: true, style: "Stop", title: "" };
    },
  };
}

function tableStep(options: RenderSheetOptions, table: PlanTable, name: string, dataRows: number): WriteStep {
  const width = table.columns.length;
  const address = rangeAddress(table.row, table.col, 1 + dataRows, width);
  const validationRows = Math.max(table.validationRows ?? 0, table.rows.length);
  const validations = table.columns
    .map((c, i) => ({ items: c.list ?? [], i }))
    .filter((v) => v.items.length > 0 && validationRows > 0);
  return {
    bytes: ACTION_BYTES * (3 + 2 * validations.length) + jsonByteLength([address, name, validations]),
    queue: () => {
      const sheet = options.sheet();
      // After the values: Excel's guidance is to write data first and make it a table afterwards.
      const created = sheet.tables.add(address, true);
      created.name = name;
      for (const { items, i } of validations) {
        sheet.getRange(rangeAddress(table.row + 1, table.col + i, validationRows, 1)).dataValidation.rule = {
          list: { inCellDropDown: true, source: items.join(",") },
        };
      }
    },
  };
}

function checkTable(table: PlanTable, label: string): void {
  if (table.columns.length === 0) throw new Error(`${label} has no header.`);
  table.rows.forEach((row, i) => {
    if (row.length > table.columns.length)
      throw new Error(
        `${label}: row ${i + 1} has ${row.length} cells but the table has ${table.columns.length} columns.`,
      );
  });
  table.columns.forEach(({ list: items }, i) => {
    if (!items) return;
    if (items.some((item) => item.includes(",")))
      throw new Error(
        `${label}: a drop-down item of column ${i + 1} contains a comma, which Excel reads as a separator.`,
      );
    if (items.join(",").length > LIST_SOURCE_MAX_CHARS)
      throw new Error(
        `${label}: the drop-down list of column ${i + 1} is longer than Excel's 255 characters.`,
      );
  });
}
