import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { FleetMember } from "../../src/core/model/types";
import { defaultGoals, type SearchRequest } from "../../src/core/search/searchRequest";
import type { SearchProgress } from "../../src/core/search/runSearch";
import { defaultScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import { loadHighsSolver } from "../../src/solver/highsSolver";
import { searchResultPlan, searchSheets } from "../../src/engine/search";
import type { MipSolver } from "../../src/core/allocation/mipSolver";
import type { CellValue, SheetData } from "../../src/workbook/sheetData";
import { optimalAllocation } from "../../src/core/allocation/optimalAllocation";

// Every exact solve goes through optimalAllocation: counting its calls counts the solves.
vi.mock("../../src/core/allocation/optimalAllocation", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/core/allocation/optimalAllocation")>();
  return { ...real, optimalAllocation: vi.fn(real.optimalAllocation) };
});
const solves = vi.mocked(optimalAllocation);

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  originRow: 1,
  originCol: 1,
  values,
});
const D = 45719;
const at = (hours: number, day = 0) => D + day + hours / 24;
const HEADER = ["Bil id", "Mærke", "Model", "Type", "Drivmiddel", "WLTP Fossil", "WLTP El", "Rækkevidde"];
const sheets = [
  sheet("Køretøjer", [
    [...HEADER, "Årlig omkostning", "Lokation"],
    [1, "Toyota", "Yaris", "fossilbil", "benzin", 15, null, null, 40000, "Nord"],
    [2, "Toyota", "Yaris", "fossilbil", "benzin", 15, null, null, 40000, "Nord"],
    [3, "Toyota", "Yaris", "fossilbil", "benzin", 15, null, null, 40000, "Nord"],
    [50, "Renault", "Zoe", "elbil", "el", null, 150, 390, 42000, null],
    [51, "Peugeot", "e-208", "elbil", "el", null, 160, 350, 39000, null],
  ]),
  // Two trips at once on day 0, one on day 1: two vehicles cover the driving.
  sheet("Ture", [
    ["Starttid", "Sluttid", "Turlængde", "Bil id", "Lokation"],
    [at(8), at(10), 20, 1, "Nord"],
    [at(9), at(11), 30, 2, "Nord"],
    [at(8, 1), at(9, 1), 10, 1, "Nord"],
  ]),
];
const inputs = { vehicles: "Køretøjer", trips: "Ture", parameters: null };
const request: SearchRequest = {
  ...defaultScenarioRequest(),
  location: "Nord",
  allocation: "optimal",
  lockedIds: [],
  candidateIds: null,
  goals: { ...defaultGoals(), maxExtraCostDkk: 100_000 },
};

/** "50:2" for a solved fleet (its members' source ids counted), in the order the proposals list them. */
function fleetKey(members: readonly FleetMember[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.vehicle.id, (counts.get(m.vehicle.id) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${id}:${n}`).join(",");
}
const proposalKey = (fleet: { sourceId: string; count: number }[]) =>
  fleet.map((f) => `${f.sourceId}:${f.count}`).join(",");

describe("search with the optimal allocation", () => {
  let solver: MipSolver;
  beforeAll(async () => {
    solver = await loadHighsSolver();
  });
  afterEach(() => solves.mockClear());

  it("solves each proposal exactly once, and its scenario sheet shows that solve's figures", async () => {
    const progress: SearchProgress[] = [];
    const outcome = await searchSheets(sheets, inputs, request, (p) => void progress.push(p), { solver });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const { summary, scenarios } = outcome.value;
    expect(summary.solutions.length).toBeGreaterThan(1);
    // The search itself simulates with greedy: every exact solve is a proposal's, once each.
    expect(solves.mock.calls.map((call) => fleetKey(call[1]))).toEqual(
      summary.solutions.map((s) => proposalKey(s.fleet)),
    );
    summary.solutions.forEach((s, i) => {
      expect(scenarios[i].summary.allocationReport).not.toBeNull();
      expect(scenarios[i].summary.simulated.yearlyCost).toBe(s.yearlyCost);
    });
    // The pane and the CLI see which proposal is being confirmed.
    const confirming = progress.filter((p) => p.kind === "confirming");
    expect(confirming.map((p) => p.proposal).filter((n, i, all) => all.indexOf(n) === i)).toEqual(
      summary.solutions.map((_, i) => i + 1),
    );
    expect(confirming.every((p) => p.proposals === summary.solutions.length)).toBe(true);
    // The exact solve streams each proposal's best allocation so far, never an infinite gap.
    const figures = confirming.flatMap((p) => (p.best ? [p.best] : []));
    expect(figures.length).toBeGreaterThan(0);
    expect(
      figures.every((f) => Number.isFinite(f.objective) && (f.gap === null || Number.isFinite(f.gap))),
    ).toBe(true);
  });

  it("solves each proposal of a kept (cancelled) result once when its sheets are written", async () => {
    const first = await searchSheets(sheets, inputs, request, undefined, { solver });
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    solves.mockClear();
    const kept = await searchResultPlan(sheets, inputs, request, first.value.summary, { solver });
    if (!kept.ok) throw new Error(JSON.stringify(kept.errors));
    expect(solves.mock.calls.map((call) => fleetKey(call[1]))).toEqual(
      first.value.summary.solutions.map((s) => proposalKey(s.fleet)),
    );
    expect(kept.value.summary.solutions.map((s) => s.yearlyCost)).toEqual(
      first.value.summary.solutions.map((s) => s.yearlyCost),
    );
  });
});
