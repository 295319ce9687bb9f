import { describe, expect, it } from "vitest";
import { transitionPlanFromSheets } from "../../src/engine/transitionPlan";
import { simulateSheets } from "../../src/engine/simulate";
import { SCENARIO_KPI_CELLS } from "../../src/workbook/plan/scenarioPlan";
import { cellValueAtAddress } from "../../src/workbook/read/cellValueAt";
import { formatCellError } from "../../src/workbook/read/cellError";
import type { SheetData } from "../../src/workbook/sheetData";
import { INPUTS, sheetDataOf, transitionWorkbook } from "./transitionFixture";

const plan = (sheets: SheetData[], overrides: Record<string, string> = {}) =>
  transitionPlanFromSheets(sheets, INPUTS, { language: "en", scenarioSheet: "Scenario", overrides });

const ok = (r: ReturnType<typeof plan>) => {
  if (!r.ok) throw new Error(r.errors.map((e) => formatCellError(e)).join("\n"));
  return r.value;
};

describe("the transition plan of a hand-made workbook", () => {
  const { sheets } = transitionWorkbook();
  const scenario = sheets[2];
  const kpi = (key: keyof typeof SCENARIO_KPI_CELLS, col: "current" | "simulated") =>
    cellValueAtAddress(scenario, SCENARIO_KPI_CELLS[key][col]) as number;

  it("keeps the Zoe, replaces the Yaris at its lease end and lets the Fabia go at its own", () => {
    const { summary } = ok(plan(sheets));
    expect(summary.events).toEqual([
      { date: "2027-06-30", out: "1", in: "4", reason: "lease ends" },
      { date: "2028-03-31", out: "2", in: null, reason: "lease ends" },
    ]);
    // Start: 1 January after the data (March 2025); through the year after the last change, ≥ 5 years.
    expect(summary.start).toBe("2026-01-01");
    expect(summary.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(summary.years.map((y) => y.vehicles)).toEqual([3, 3, 2, 2, 2]);
    expect(summary.years.map((y) => y.vehiclesByType)).toEqual([
      { bike: 0, ebike: 0, ev: 1, fossil: 2 },
      { bike: 0, ebike: 0, ev: 2, fossil: 1 },
      { bike: 0, ebike: 0, ev: 2, fossil: 0 },
      { bike: 0, ebike: 0, ev: 2, fossil: 0 },
      { bike: 0, ebike: 0, ev: 2, fossil: 0 },
    ]);
  });

  it("names the arriving model as the scenario sheet does, in the sheet's language", () => {
    const danish = transitionWorkbook({ language: "da" });
    const outcome = transitionPlanFromSheets(danish.sheets, INPUTS, {
      language: "da",
      scenarioSheet: "Scenario",
    });
    const cells = JSON.stringify(ok(outcome).plan);
    expect(cells).toContain('"Renault Zoe (el)"');
    expect(JSON.stringify(danish.scenario)).toContain('"Renault Zoe (el)"');
  });

  it("with no escalation or discounting, 2026 costs today's yearly cost and 2029 the scenario's", () => {
    const { summary } = ok(plan(sheets, { escalation: "0", discountRate: "0" }));
    const [y2026, , , y2029] = summary.years;
    expect(y2026.cost).toBe(Math.round(kpi("total", "current") * 100) / 100);
    expect(y2026.co2eTonnes).toBeCloseTo(kpi("co2e", "current"), 6);
    expect(y2029.cost).toBe(Math.round(kpi("total", "simulated") * 100) / 100);
    expect(y2029.co2eTonnes).toBeCloseTo(kpi("co2e", "simulated"), 6);
    expect(y2029.unallocatedTrips).toBe(kpi("unallocated", "simulated"));
    expect(y2026.presentValue).toBe(y2026.cost);
    expect(y2026.cumulativeSaving).toBe(0);
  });

  it("prices 2027 pro rata: 180 days of today's fleet, 185 of the simulated fleet in between", () => {
    const { summary, plan: written } = ok(plan(sheets, { escalation: "0", discountRate: "0" }));
    const fleets = sheetDataOf(written.sheets[0]);
    // The fleets block: today's row, the fleet from 30 June 2027, the target from 31 March 2028.
    const row = (name: string) => fleets.values.findIndex((r) => r[2] === name) + 1;
    const todayRow = row("Today's fleet (as it drove)");
    const betweenRow = row("Simulated from 2027-06-30");
    expect(todayRow).toBeGreaterThan(0);
    expect(betweenRow).toBe(todayRow + 1);
    const total = (r: number) => cellValueAtAddress(fleets, `M${r}`) as number;
    const between = total(betweenRow);
    // Yaris and Fabia out of today's three: the fleet in between is the Fabia and two Zoes.
    expect(cellValueAtAddress(fleets, `F${betweenRow}`)).toBe(2);
    expect(cellValueAtAddress(fleets, `G${betweenRow}`)).toBe(1);
    const expected = (180 * kpi("total", "current") + 185 * between) / 365;
    expect(summary.years[1].cost).toBeCloseTo(expected, 2);
  });

  it("starts from the newest plan sheet's edited event date and inputs", () => {
    const first = ok(plan(sheets));
    const edited = sheetDataOf(first.plan.sheets[0], "Transition plan");
    // A25 is the first event's date (the Yaris, B25); B8 the escalation.
    expect(cellValueAtAddress(edited, "B25")).toBe("1");
    edited.values[24][0] = Date.UTC(2026, 8, 1) / 86_400_000 + 25_569; // the Yaris goes 1 September 2026
    const dateOnly = structuredClone(edited);
    edited.values[7][1] = 0.1;
    const next = ok(plan([...sheets, edited]));
    expect(next.summary.events[0]).toEqual({ date: "2026-09-01", out: "1", in: "4", reason: "lease ends" });
    expect(next.summary.years[0].vehiclesByType).toEqual({ bike: 0, ebike: 0, ev: 2, fossil: 1 });
    // The edited escalation is the one used: the same plan as --set escalation=0.1 on the date edit.
    expect(next.summary).toEqual(ok(plan([...sheets, dateOnly], { escalation: "0.1" })).summary);
    expect(next.summary).not.toEqual(ok(plan([...sheets, dateOnly])).summary);
  });

  it("refuses an event date typed before the start, naming the plan sheet's cell", () => {
    const planSheet = sheetDataOf(ok(plan(sheets)).plan.sheets[0], "Transition plan");
    planSheet.values[24][0] = Date.UTC(2025, 0, 1) / 86_400_000 + 25_569;
    const r = plan([...sheets, planSheet]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatCellError(r.errors[0])).toMatch(
      /A25: vehicle 1 leaves on 2025-01-01, before the plan starts \(2026-01-01\)/,
    );
  });

  it("refuses a lease end after a horizon given too short, naming the lease-end cell", () => {
    const r = plan(sheets, { years: "2" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = formatCellError(r.errors[0]);
    expect(text).toMatch(/^Køretøjer!K3: vehicle 2 leaves on 2028-03-31, after the plan's last year 2027/);
    expect(text).toMatch(/--years 3 or more/);
  });

  it("refuses a lease end that is not a date, naming its cell", () => {
    const bad = transitionWorkbook({ leaseEndOfYaris: "end of June" }).sheets;
    const r = plan(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatCellError(r.errors[0])).toMatch(/^Køretøjer!K2: /);
  });

  it("refuses a --set value its rule does not allow, naming the input cell", () => {
    const r = plan(sheets, { discountRate: "-4%" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatCellError(r.errors[0])).toMatch(
      /discountRate=-4% is not valid \(the plan's input cell B9\)/,
    );
  });
});

describe("the transition plan of a pooled scenario", () => {
  it("simulates the fleets on the way on both locations' trips, as the pooled run did", () => {
    const { sheets } = transitionWorkbook();
    const [vehicles, trips] = sheets;
    // A second location with its own Yaris (lease to March 2027) and two trips a day.
    const syd = {
      ...vehicles,
      values: [
        ...vehicles.values,
        [
          "9",
          "SY10009",
          "Toyota",
          "Yaris",
          "fossilbil",
          "benzin",
          20,
          null,
          null,
          40_000,
          Date.UTC(2027, 2, 31) / 86_400_000 + 25_569,
          "Syd",
        ],
      ],
    };
    const sydTrips = {
      ...trips,
      values: [
        ...trips.values,
        ...[0, 1, 2, 3, 4].map((day) => [
          45719 + day + 8 / 24,
          45719 + day + 9 / 24,
          15,
          "9",
          "Syd",
          `S${day}`,
        ]),
      ],
    };
    const outcome = simulateSheets([syd, sydTrips], INPUTS, {
      location: null,
      locations: ["Loc", "Syd"],
      fromDate: null,
      toDate: null,
      currentIds: null,
      fleet: [{ sourceId: "4", count: 3 }],
      allocation: "greedy",
      limitKm: false,
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const pooled = sheetDataOf(outcome.value.plan.sheets[0], "Scenario");
    const r = ok(plan([syd, sydTrips, pooled], { escalation: "0", discountRate: "0" }));
    expect(r.summary.events.map((e) => [e.date, e.out, e.in])).toEqual([
      ["2027-03-31", "9", "4"],
      ["2027-06-30", "1", "4"],
      ["2028-03-31", "2", null],
    ]);
    const simulated = cellValueAtAddress(pooled, SCENARIO_KPI_CELLS.total.simulated) as number;
    expect(r.summary.years[3].cost).toBe(Math.round(simulated * 100) / 100);
  });
});
