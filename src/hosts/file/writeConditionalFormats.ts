import type { Worksheet } from "@cj-tech-master/excelts";
import type { PlanConditionalFormat } from "../../workbook/plan/types";

/** "#RRGGBB" as ExcelTS's opaque ARGB. */
function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.slice(1).toUpperCase()}` };
}

/**
 * Writes a sheet plan's conditional formats as Excel conditional formatting (a two-colour scale,
 * or a cell-value rule whose operand may be a cell of the sheet, so the threshold stays editable).
 * The plan was checked beforehand (checkPlanConditionalFormat).
 */
export function writeConditionalFormats(ws: Worksheet, formats: readonly PlanConditionalFormat[]): void {
  for (const cf of formats) {
    const ref = cf.range.replace(/\$/g, "");
    if (cf.kind === "colorScale") {
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "colorScale",
            cfvo: [{ type: "min" }, { type: "max" }],
            color: [argb(cf.lowColor), argb(cf.highColor)],
          },
        ],
      });
      continue;
    }
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "cellIs",
          operator: cf.operator === "below" ? "lessThan" : "greaterThan",
          formulae: [cf.value],
          style: {
            // Excel draws a conditional fill from the pattern's background colour.
            ...(cf.fillColor
              ? { fill: { type: "pattern", pattern: "solid", bgColor: argb(cf.fillColor) } }
              : {}),
            ...(cf.fontColor ? { font: { color: argb(cf.fontColor) } } : {}),
          },
        },
      ],
    });
  }
}
