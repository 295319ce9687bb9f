// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { useScenarioChoice } from "../../src/app/state/useScenarioChoice";
import type { HostSheetInfo, WorkbookHost } from "../../src/workbook/workbookHost";
import type { SheetData } from "../../src/workbook/sheetData";
import type { WorkbookPlan } from "../../src/workbook/plan/types";
import { scenarioMetadataPlan, type ScenarioRecord } from "../../src/workbook/plan/scenarioMetadata";
import { TRANSITION_TITLE_PREFIXES } from "../../src/workbook/plan/transitionPlanLabels";
import { BUSINESS_CASE_TITLE_PREFIXES } from "../../src/workbook/plan/businessCaseLabels";
import { sheetTitle } from "../../src/workbook/read/cellValueAt";
import { sheetDataOf } from "../engine/transitionFixture";

afterEach(cleanup);

const titled = (name: string, title: string): SheetData => ({
  name,
  originRow: 1,
  originCol: 1,
  values: [[title]],
});

/** Sheets known by their A1 titles, and the very hidden registry naming the search's proposals. */
class TitledHost implements WorkbookHost {
  readonly kind = "file" as const;
  constructor(
    private sheets: SheetData[],
    private hidden: SheetData[] = [],
  ) {}
  async listSheets() {
    return this.sheets.map((s) => s.name);
  }
  async listAllSheets(): Promise<HostSheetInfo[]> {
    return [
      ...this.sheets.map((s) => ({ name: s.name, visibility: "visible" as const })),
      ...this.hidden.map((s) => ({ name: s.name, visibility: "veryHidden" as const })),
    ];
  }
  async readSheet(name: string) {
    const sheet = [...this.sheets, ...this.hidden].find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }
  async readTitles(names: readonly string[]) {
    return Promise.all(names.map(async (n) => sheetTitle(await this.readSheet(n))));
  }
  async writePlan(plan: WorkbookPlan) {
    return plan.sheets.map((s) => s.name);
  }
  async selectCell() {}
}

function registryOf(searchSheets: string[]): SheetData {
  const records: ScenarioRecord[] = searchSheets.map((sheet) => ({
    sheet,
    kind: "search",
    allocation: "greedy",
    location: "Nord",
    fromDate: "2025-03-03",
    toDate: "2025-03-07",
    registeredAt: "2026-12-04T15:00:00.000Z",
    currentVehicles: 3,
    simulatedVehicles: 2,
    currentCost: 1,
    simulatedCost: 1,
    currentCo2eTonnes: 1,
    simulatedCo2eTonnes: 1,
    unallocatedTrips: 0,
  }));
  return sheetDataOf(scenarioMetadataPlan({ comparisonSheet: null, records }));
}

const workbook = [
  titled("Ture", "Starttid"),
  titled("Scenario", "FleetOptimiser simulation: Nord"),
  titled("Search 1", "FleetOptimiser simulation: Nord"),
  titled("Plan", `${TRANSITION_TITLE_PREFIXES[0]} Nord`),
  titled("Business case", `${BUSINESS_CASE_TITLE_PREFIXES[0]} break-even`),
  titled("Scenario (2)", "FleetOptimiser-simulering: Nord"),
];
const names = workbook.map((s) => s.name);

describe("useScenarioChoice", () => {
  it("sorts out the result sheets, the search's proposals apart, and chooses the newest scenario", async () => {
    const host = new TitledHost(workbook, [registryOf(["Search 1"])]);
    const { result } = renderHook(() => useScenarioChoice(host, names, ":none:"));
    await waitFor(() => expect(result.current.choice).toBe("Scenario (2)"));
    expect(result.current.found).toEqual({
      scenarios: ["Scenario", "Search 1", "Scenario (2)"],
      manual: ["Scenario", "Scenario (2)"],
      proposals: ["Search 1"],
      plans: ["Plan"],
      businessCases: ["Business case"],
    });
  });

  it("keeps the user's choice while its sheet exists, and moves to the newest once it is gone", async () => {
    const host = new TitledHost([...workbook, titled("Scenario (3)", "FleetOptimiser simulation: Syd")]);
    const { result, rerender } = renderHook(({ sheets }) => useScenarioChoice(host, sheets, ""), {
      initialProps: { sheets: names },
    });
    await waitFor(() => expect(result.current.choice).toBe("Scenario (2)"));
    act(() => result.current.setChoice("Scenario"));

    // A newer scenario appears (the user ran another simulation): the choice stays the user's.
    rerender({ sheets: [...names, "Scenario (3)"] });
    await waitFor(() => expect(result.current.found.scenarios).toContain("Scenario (3)"));
    expect(result.current.choice).toBe("Scenario");

    rerender({ sheets: [...names, "Scenario (3)"].filter((n) => n !== "Scenario") });
    await waitFor(() => expect(result.current.choice).toBe("Scenario (3)"));
  });

  it("chooses none when the workbook has no scenario, and waits while the sheets are being listed", async () => {
    const host = new TitledHost([titled("Ture", "Starttid")]);
    const { result, rerender } = renderHook(({ sheets }) => useScenarioChoice(host, sheets, ":none:"), {
      initialProps: { sheets: null as string[] | null },
    });
    expect(result.current.found.scenarios).toEqual([]);
    rerender({ sheets: ["Ture"] });
    await waitFor(() => expect(result.current.choice).toBe(":none:"));
    expect(result.current.found.scenarios).toEqual([]);
  });

  it("counts a sheet the panel just wrote as the newest of its kind", async () => {
    const host = new TitledHost(workbook);
    const { result } = renderHook(() => useScenarioChoice(host, names, ""));
    await waitFor(() => expect(result.current.found.plans).toEqual(["Plan"]));
    act(() => result.current.addWritten("plans", "Plan (2)"));
    expect(result.current.found.plans).toEqual(["Plan", "Plan (2)"]);
  });
});
