import { describe, expect, it } from "vitest";
import { modelGroups } from "../../src/app/state/fleetGroups";
import { rowCopies, rowCostRange, rowYearlyCost } from "../../src/app/state/rowCopies";
import {
  currentYearlyCost,
  initialForm,
  rowCostChange,
  setFleetCount,
  simulatedYearlyCost,
  toggleCurrent,
  toScenarioRequest,
} from "../../src/app/state/simulationForm";
import type { InputOverview } from "../../src/engine/api";
import { anOverview } from "./builders";

type Vehicle = InputOverview["vehicles"][number];

const aygo = (id: string, location: string, cost: number | null, more: Partial<Vehicle> = {}): Vehicle => ({
  id,
  name: "Toyota Aygo X",
  type: "fossil",
  location,
  yearlyCostDkk: cost,
  groupKey: "Toyota|Aygo X|fossil|benzin|21.1|",
  modelLabel: "Toyota Aygo X (benzin, 21.1 km/l)",
  ...more,
});

/**
 * Nord has three identical Aygos that differ only by lease: 32,000 (1), 34,000 (2) and 30,000 kr
 * (3) a year, in that workbook order; Syd has two more at 36,000 (4) and 31,000 kr (5).
 */
function threeAygos(extra: Vehicle[] = []): InputOverview {
  return anOverview({
    locations: [
      { name: "Nord", vehicleCount: 3, tripCount: 10 },
      { name: "Syd", vehicleCount: 2, tripCount: 10 },
    ],
    vehicles: [
      aygo("1", "Nord", 32000),
      aygo("2", "Nord", 34000),
      aygo("3", "Nord", 30000),
      aygo("4", "Syd", 36000),
      aygo("5", "Syd", 31000),
      ...extra,
    ],
  });
}

const rowAt = (overview: InputOverview, location: string, section = "location") => {
  const row = modelGroups(overview, location).find((g) => g.section === section);
  if (!row) throw new Error(`no ${section} row`);
  return row;
};
const entries = (row: ReturnType<typeof rowAt>, count: number) =>
  rowCopies(row, count).map((c) => [c.vehicle.id, c.count]);

describe("a fleet-table row: one model whatever each vehicle costs", () => {
  it("is one row of 3 at today's count, with the costs as a range", () => {
    const overview = threeAygos();
    const form = initialForm(overview, "Nord");
    const row = rowAt(overview, "Nord");
    expect(row.vehicles.map((v) => v.id)).toEqual(["1", "2", "3"]);
    expect(form.fleetCounts[row.id]).toBe(3);
    expect(rowCostRange(row)).toEqual({ min: 30000, max: 34000 });
    // Today's count is today's vehicles, each once: the simulated fleet is the current one.
    expect(toScenarioRequest(form, overview, "en").fleet).toEqual([
      { sourceId: "3", count: 1 },
      { sourceId: "1", count: 1 },
      { sourceId: "2", count: 1 },
    ]);
    expect(simulatedYearlyCost(form, modelGroups(overview, "Nord"))).toBe(96000);
    expect(currentYearlyCost(form, modelGroups(overview, "Nord"))).toBe(96000);
  });

  it("lowered to 2 removes the dearest (34,000 kr): the saving is that lease", () => {
    const overview = threeAygos();
    const row = rowAt(overview, "Nord");
    const form = setFleetCount(initialForm(overview, "Nord"), row.id, 2);
    expect(toScenarioRequest(form, overview, "en").fleet).toEqual([
      { sourceId: "3", count: 1 },
      { sourceId: "1", count: 1 },
    ]);
    expect(rowCostChange(row, 2)).toBe(-34000);
    expect(simulatedYearlyCost(form, modelGroups(overview, "Nord"))).toBe(62000);
    // Lowered to 1, the next dearest goes too: 34,000 + 32,000.
    expect(entries(row, 1)).toEqual([["3", 1]]);
    expect(rowCostChange(row, 1)).toBe(-66000);
  });

  it("raised to 4 adds a copy at the cheapest cost (30,000 kr)", () => {
    const overview = threeAygos();
    const row = rowAt(overview, "Nord");
    const form = setFleetCount(initialForm(overview, "Nord"), row.id, 4);
    expect(toScenarioRequest(form, overview, "en").fleet).toEqual([
      { sourceId: "3", count: 2 },
      { sourceId: "1", count: 1 },
      { sourceId: "2", count: 1 },
    ]);
    expect(rowCostChange(row, 4)).toBe(30000);
    expect(rowYearlyCost(row, 4)).toBe(126000);
  });

  it("sends vehicles at one cost as one entry, as the first of them", () => {
    const overview = anOverview({
      locations: [{ name: "Nord", vehicleCount: 3, tripCount: 10 }],
      vehicles: [aygo("1", "Nord", 30000), aygo("2", "Nord", 34000), aygo("3", "Nord", 30000)],
    });
    const row = rowAt(overview, "Nord");
    expect(entries(row, 3)).toEqual([
      ["1", 2],
      ["2", 1],
    ]);
    expect(entries(row, 2)).toEqual([["1", 2]]);
    expect(entries(row, 5)).toEqual([
      ["1", 4],
      ["2", 1],
    ]);
  });

  it("takes every copy of another location's or a candidate's model at its cheapest cost", () => {
    const overview = threeAygos([aygo("6", "", 29000), aygo("7", "", 28000)]);
    const elsewhere = rowAt(overview, "Nord", "otherLocations");
    expect(elsewhere.vehicles.map((v) => v.id)).toEqual(["4", "5"]);
    expect(entries(elsewhere, 2)).toEqual([["5", 2]]);
    expect(rowCostChange(elsewhere, 2)).toBe(62000);
    const candidates = rowAt(overview, "Nord", "candidates");
    expect(entries(candidates, 2)).toEqual([["7", 2]]);
    expect(entries(candidates, 0)).toEqual([]);
  });

  it("leaves out a vehicle that cannot be simulated, and its cost out of the range", () => {
    const blocked = aygo("9", "Nord", 25000, { missingData: ["missing-consumption"] });
    const overview = threeAygos([blocked]);
    const row = rowAt(overview, "Nord");
    expect(row.vehicles.map((v) => v.id)).toEqual(["1", "2", "3", "9"]);
    expect(rowCostRange(row)).toEqual({ min: 30000, max: 34000 });
    expect(initialForm(overview, "Nord").fleetCounts[row.id]).toBe(3);
    expect(entries(row, 4)).toEqual([
      ["3", 2],
      ["1", 1],
      ["2", 1],
    ]);
  });

  it("sends a row none of whose vehicles can be simulated as its first vehicle, for the engine to refuse", () => {
    const overview = anOverview({
      locations: [{ name: "Nord", vehicleCount: 1, tripCount: 10 }],
      vehicles: [aygo("1", "Nord", null, { missingData: ["missing-yearly-cost"] })],
    });
    const row = rowAt(overview, "Nord");
    expect(rowCostRange(row)).toBeNull();
    expect(entries(row, 2)).toEqual([["1", 2]]);
  });

  it("compares the simulated fleet's cost with the ticked current fleet's", () => {
    const overview = threeAygos();
    const groups = modelGroups(overview, "Nord");
    const form = toggleCurrent(initialForm(overview, "Nord"), "2", false);
    expect(currentYearlyCost(form, groups)).toBe(62000);
    expect(simulatedYearlyCost(form, groups)).toBe(96000);
  });
});
