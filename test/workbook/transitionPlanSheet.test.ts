import { describe, expect, it } from "vitest";
import { transitionPlanFromSheets } from "../../src/engine/transitionPlan";
import { INPUT_ROW, transitionPlanLayout, YEAR_COL } from "../../src/workbook/plan/transitionPlanLayout";
import { checkPlanChart, isFormula, type PlanCell, type SheetPlan } from "../../src/workbook/plan/types";
import { readTransitionPlanSheet } from "../../src/workbook/read/readTransitionPlanSheet";
import { formatCellError } from "../../src/workbook/read/cellError";
import { cellAddress } from "../../src/workbook/sheetData";
import { INPUTS, sheetDataOf, transitionWorkbook } from "../engine/transitionFixture";
import type { Language } from "../../src/core/language";

function planOf(options: Parameters<typeof transitionWorkbook>[0] = {}, language: Language = "en") {
  const { sheets } = transitionWorkbook(options);
  const r = transitionPlanFromSheets(sheets, INPUTS, { language, scenarioSheet: "Scenario" });
  if (!r.ok) throw new Error(r.errors.map((e) => formatCellError(e)).join("\n"));
  return { sheets, ...r.value };
}

/** Every cell the plan writes, by address, with the style of its range. */
function cells(sheet: SheetPlan): Map<string, { cell: PlanCell; style?: string; validated: boolean }> {
  const out = new Map<string, { cell: PlanCell; style?: string; validated: boolean }>();
  for (const range of sheet.ranges)
    range.values.forEach((row, r) =>
      row.forEach((cell, c) =>
        out.set(cellAddress(range.row + r, range.col + c), {
          cell,
          style: range.style,
          validated: range.numberValidation !== undefined,
        }),
      ),
    );
  return out;
}

describe("the transition plan sheet", () => {
  it("has yellow, validated inputs and yellow event dates; every per-year figure is a formula", () => {
    const { plan, summary } = planOf();
    const sheet = plan.sheets[0];
    const at = cells(sheet);
    for (const row of Object.values(INPUT_ROW)) {
      expect(at.get(`B${row}`)?.style, `B${row}`).toBe("input");
      expect(at.get(`B${row}`)?.validated, `B${row}`).toBe(true);
    }
    expect(at.get("A25")?.style).toBe("input");
    expect(at.get("A26")?.style).toBe("input");
    const layout = transitionPlanLayout(2, 3, summary.years.length);
    for (let row = layout.firstYearRow; row <= layout.lastYearRow; row++)
      for (let col = YEAR_COL.year; col <= YEAR_COL.targetPct; col++) {
        const cell = at.get(cellAddress(row, col))?.cell;
        expect(cell !== undefined && isFormula(cell), cellAddress(row, col)).toBe(true);
      }
    const fixed = at.get(cellAddress(layout.firstYearRow + 1, YEAR_COL.fixed))!.cell;
    expect(isFormula(fixed) && fixed.formula).toBe(
      `=SUMPRODUCT($Q$${layout.firstFleetRow}:$Q$${layout.firstFleetRow + 2},$I$${layout.firstFleetRow}:$I$${layout.firstFleetRow + 2})/B${layout.firstYearRow + 1}`,
    );
    // Today's fixed cost is the scenario sheet's, linked.
    const todayFixed = at.get(cellAddress(layout.firstFleetRow, 9))!.cell;
    expect(isFormula(todayFixed) && todayFixed.formula).toBe("='Scenario'!B7");
  });

  it("draws the fleet by type as stacked columns and cost and CO2e against the target as lines", () => {
    const { plan, summary } = planOf();
    const [fleet, cost] = plan.sheets[0].charts ?? [];
    const layout = transitionPlanLayout(2, 3, summary.years.length);
    const years = `A${layout.firstYearRow}:A${layout.lastYearRow}`;
    expect(fleet.kind).toBe("columnStacked");
    expect(fleet.categories).toBe(years);
    expect(fleet.series.map((s) => s.name)).toEqual(["Bikes", "E-bikes", "EVs", "Fossil cars"]);
    expect(cost.kind).toBe("line");
    expect(cost.series.map((s) => s.values)).toEqual(
      ["W", "X", "Y"].map((c) => `${c}${layout.firstYearRow}:${c}${layout.lastYearRow}`),
    );
    for (const chart of [fleet, cost]) checkPlanChart(chart, "plan");
  });

  it("writes and reads back in Danish, and names a broken input cell", () => {
    const { plan } = planOf({ language: "da" }, "da");
    const sheet = sheetDataOf(plan.sheets[0], "Omstillingsplan");
    expect(sheet.values[0][0]).toBe("FleetOptimiser-omstillingsplan: Loc");
    const read = readTransitionPlanSheet(sheet);
    expect(read.ok && read.value.inputs.discountRate).toBe(0.04);
    expect(read.ok && read.value.events.map((e) => e.key)).toEqual(["1>4#1", "2>#1"]);
    sheet.values[8][1] = "fire procent";
    const broken = readTransitionPlanSheet(sheet);
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(formatCellError(broken.errors[0], "da")).toMatch(
      /^Omstillingsplan!B9: "Diskonteringsrente" har ikke en gyldig værdi: cellen indeholder "fire procent"\./,
    );
  });

  it("keeps today's fleet when the scenario does: no events, every year today's cost", () => {
    const { plan, summary } = planOf({ keepToday: true });
    expect(summary.events).toEqual([]);
    for (const y of summary.years) {
      expect(y.costParts.fixed).toBeCloseTo(summary.years[0].costParts.fixed, 2);
      expect(y.cumulativeSaving).toBeCloseTo(0, 2);
    }
    expect(cells(plan.sheets[0]).get("A25")?.cell).toBe("No changes: the scenario keeps today's fleet.");
  });
});
