import { describe, expect, it } from "vitest";
import { checkPlanChart } from "../../../src/workbook/plan/types";
import { memberName } from "../../../src/core/simulation/buildFleet";
import { scenarioFixture } from "../businesscase/scenarioFixture";
import { rangeFormat, rangeValues } from "./chartCells";

// Current fleet 1, 2, 3 (Yaris, Fabia, Zoe); simulated: two Zoe copies. Four trips on one day:
// 40, 30, 25 and 20 km (fixture in test/workbook/businesscase/scenarioFixture.ts).
const { result, plan } = scenarioFixture("en");
const sheet = plan.sheets[0];
const chart = (title: string) => {
  const found = (sheet.charts ?? []).find((c) => c.title === title);
  if (!found)
    throw new Error(`no chart "${title}"; have ${(sheet.charts ?? []).map((c) => c.title).join(" | ")}`);
  return found;
};

describe("the scenario sheet's charts", () => {
  it("are valid plan charts, stacked right of the tables without overlapping", () => {
    const charts = sheet.charts ?? [];
    expect(charts).toHaveLength(6);
    for (const c of charts) checkPlanChart(c, "scenario");
    for (const c of charts) expect(c.anchor.col).toBeGreaterThan(17);
    const rows = charts.map((c) => [c.anchor.row, c.anchor.row + c.anchor.heightRows - 1]);
    for (let i = 1; i < rows.length; i++) expect(rows[i][0]).toBeGreaterThan(rows[i - 1][1]);
  });

  it("compare yearly cost and CO2e of the current and the simulated fleet from the KPI cells", () => {
    const cost = chart("Yearly cost (kr.): current vs simulated");
    expect(rangeValues(sheet, cost.categories)).toEqual(["Current fleet", "Simulated fleet"]);
    expect(rangeValues(sheet, cost.series[0].values)).toEqual([
      result.current.consequences.totalDkk,
      result.simulated.consequences.totalDkk,
    ]);
    expect(rangeFormat(sheet, cost.series[0].values)).toBe('#,##0 "kr."');
    const co2e = chart("CO2e (t per year): current vs simulated");
    expect(rangeValues(sheet, co2e.series[0].values)).toEqual([
      result.current.consequences.co2eTonnes,
      result.simulated.consequences.co2eTonnes,
    ]);
    // From 0, so a 5 % saving does not look like a halving.
    expect([cost.valueAxisMin, co2e.valueAxisMin]).toEqual([0, 0]);
  });

  it("show unallocated trips per day over the date column", () => {
    const perDay = chart("Unallocated trips per day (simulated fleet)");
    const days = rangeValues(sheet, perDay.categories);
    expect(days).toHaveLength(result.periodDays);
    expect(typeof days[0]).toBe("number"); // an Excel date serial, shown by its date format
    expect(rangeFormat(sheet, perDay.categories)).toBe("yyyy-mm-dd");
    const trips = rangeValues(sheet, perDay.series[0].values) as number[];
    expect(trips.reduce((a, b) => a + b, 0)).toBe(result.simulated.consequences.unallocatedTrips);
  });

  it("show the simulated fleet's trip lengths only for the vehicle types it used", () => {
    const lengths = chart("Trip lengths per vehicle type (simulated fleet)");
    expect(rangeValues(sheet, lengths.categories)[0]).toBe("0–2 km");
    // Two Zoe (EVs); all four trips are 20–50 km, so the EV column holds them (or unallocated).
    const names = lengths.series.map((s) => s.name);
    expect(names.every((n) => n.startsWith("Simulated: "))).toBe(true);
    const total = lengths.series
      .flatMap((s) => rangeValues(sheet, s.values) as number[])
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(result.trips.length);
    expect(names).toContain("Simulated: EV");
    expect(names).not.toContain("Simulated: bike");
  });

  it("show km per vehicle of each fleet, names from the vehicle table and km in the period", () => {
    const current = chart("km per vehicle in the period (current fleet)");
    expect(rangeValues(sheet, current.categories)).toEqual(
      result.current.fleet.map((m) => memberName(m, false)),
    );
    expect(rangeValues(sheet, current.series[0].values)).toEqual(
      result.current.consequences.vehicles.map((v) => v.km),
    );
    const simulated = chart("km per vehicle in the period (simulated fleet)");
    expect(rangeValues(sheet, simulated.categories)).toEqual(
      result.simulated.fleet.map((m) => memberName(m, true)),
    );
    const km = rangeValues(sheet, simulated.series[0].values) as number[];
    expect(km.reduce((a, b) => a + b, 0)).toBeCloseTo(
      result.simulated.consequences.vehicles.reduce((s, v) => s + v.km, 0),
      9,
    );
  });

  it("are titled in Danish on a Danish sheet", () => {
    const da = scenarioFixture("da").plan.sheets[0];
    expect((da.charts ?? []).map((c) => c.title)).toContain(
      "Årlig omkostning (kr.): nuværende mod simuleret",
    );
  });
});
