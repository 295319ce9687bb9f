import type { Fill, Font } from "@cj-tech-master/excelts";
import type { PlanStyle } from "../../workbook/plan/types";

/**
 * How each plan style looks in a file. The Excel host applies the same look through office.js, so
 * a sheet looks alike whichever host wrote it.
 */
export interface CellLook {
  font?: Partial<Font>;
  fill?: Fill;
}

const solid = (rgb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` } });

export const PLAN_STYLE_LOOKS: Readonly<Record<PlanStyle, CellLook>> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { bold: true, size: 12 } },
  header: { font: { bold: true }, fill: solid("DDEBF7") },
  label: { font: { bold: true } },
  input: { fill: solid("FFF2CC") },
  kpi: { font: { bold: true } },
  note: { font: { italic: true, color: { argb: "FF808080" } } },
  warning: { font: { color: { argb: "FFC00000" } } },
};
