import {
  checkPlanConditionalFormat,
  type PlanConditionalFormat,
  type SheetPlan,
} from "../../workbook/plan/types";
import type { ExcelApiSupport } from "./excelRun";
import { jsonByteLength } from "./chunkRows";
import type { WriteStep } from "./runBudgetedSteps";

/** `range.conditionalFormats.add` and its colour-scale and cell-value rules need ExcelApi 1.6. */
export const CONDITIONAL_FORMAT_API = "1.6";

export interface ConditionalFormatStepOptions {
  sheet(): Excel.Worksheet;
  supports?: ExcelApiSupport;
  /** Request bytes of one queued action besides its arguments. */
  actionBytes: number;
}

/**
 * One step per plan conditional format, after the sheet's values. Formats are checked even when
 * skipped, so a bad plan fails alike everywhere; below ExcelApi 1.6 they are left out (the numbers
 * are all there, only the colours are missing).
 */
export function conditionalFormatSteps(plan: SheetPlan, options: ConditionalFormatStepOptions): WriteStep[] {
  const formats = plan.conditionalFormats ?? [];
  for (const cf of formats) checkPlanConditionalFormat(cf, `Sheet "${plan.name}"`);
  if (!(options.supports?.(CONDITIONAL_FORMAT_API) ?? true)) return [];
  return formats.map((cf) => ({
    bytes: options.actionBytes * 5 + jsonByteLength(cf),
    queue: () => queueConditionalFormat(options.sheet(), cf),
  }));
}

function queueConditionalFormat(sheet: Excel.Worksheet, cf: PlanConditionalFormat): void {
  const range = sheet.getRange(cf.range);
  if (cf.kind === "colorScale") {
    const added = range.conditionalFormats.add("ColorScale");
    added.colorScale.criteria = {
      minimum: { type: "LowestValue", color: cf.lowColor },
      maximum: { type: "HighestValue", color: cf.highColor },
    };
    return;
  }
  const added = range.conditionalFormats.add("CellValue");
  if (cf.fillColor) added.cellValue.format.fill.color = cf.fillColor;
  if (cf.fontColor) added.cellValue.format.font.color = cf.fontColor;
  added.cellValue.rule = {
    formula1: typeof cf.value === "number" ? String(cf.value) : `=${cf.value}`,
    operator: cf.operator === "below" ? "LessThan" : "GreaterThan",
  };
}
