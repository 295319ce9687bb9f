// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { HostSheetInfo, WorkbookHost } from "../../src/workbook/workbookHost";
import { PlanPanel } from "../../src/app/components/PlanPanel";
import { transitionPlanFromSheets } from "../../src/engine/transitionPlan";
import { scenarioMetadataPlan, type ScenarioRecord } from "../../src/workbook/plan/scenarioMetadata";
import type { WorkbookPlan } from "../../src/workbook/plan/types";
import type { SheetData } from "../../src/workbook/sheetData";
import { sheetTitle } from "../../src/workbook/read/cellValueAt";
import { INPUTS, sheetDataOf, transitionWorkbook } from "../engine/transitionFixture";
import { FakeEngine } from "./fakes";
import { renderInPane } from "./render";

afterEach(cleanup);

/** A workbook of real sheet data, with a very hidden registry sheet when given one. */
class SheetsHost implements WorkbookHost {
  readonly kind = "file" as const;
  written: WorkbookPlan[] = [];
  selected: string[] = [];

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
    this.written.push(plan);
    return plan.sheets.map((s) => s.name);
  }
  async selectCell(sheet: string, cell: string) {
    this.selected.push(`${sheet}!${cell}`);
  }
}

const { sheets } = transitionWorkbook();
const [vehicles, trips, scenario] = sheets;

function registry(searchSheet: string): SheetData {
  const record: ScenarioRecord = {
    sheet: searchSheet,
    kind: "search",
    allocation: "greedy",
    location: "Loc",
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
  };
  return sheetDataOf(scenarioMetadataPlan({ comparisonSheet: null, records: [record] }));
}

const text = (e: Element) => (e.textContent ?? "").replace(/\u00a0/g, " ");

describe("PlanPanel", () => {
  it("writes the plan from a scenario sheet and says what it found", async () => {
    const host = new SheetsHost([vehicles, trips, scenario]);
    const engine = new FakeEngine({});
    renderInPane(<PlanPanel host={host} engine={engine} sheets={await host.listSheets()} inputs={INPUTS} />);
    const select = (await screen.findByRole("combobox", { name: "Plan towards" })) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe("Scenario"));
    fireEvent.click(screen.getByRole("button", { name: "Write transition plan" }));
    const message = await screen.findByText(/Transition plan written to the sheet Transition plan/);
    expect(text(message)).toMatch(/2 changes, 2026–2030; cumulative saving .*; CO2e goal /);
    expect(host.written[0].sheets[0].name).toBe("Transition plan");
    expect(engine.transitionPlanRequests[0].request).toMatchObject({
      scenarioSheet: "Scenario",
      planSheet: null,
    });
    expect(engine.transitionPlanRequests[0].sheets.map((s) => s.name)).toEqual([
      "Køretøjer",
      "Ture",
      "Scenario",
    ]);
  });

  it("offers the search's proposals apart and plans from the chosen one, starting from the newest plan sheet", async () => {
    const proposal = { ...scenario, name: "Search 1" };
    const earlier = earlierPlanSheet();
    const host = new SheetsHost([vehicles, trips, scenario, proposal, earlier], [registry("Search 1")]);
    const engine = new FakeEngine({});
    renderInPane(<PlanPanel host={host} engine={engine} sheets={await host.listSheets()} inputs={INPUTS} />);
    const select = (await screen.findByRole("combobox", { name: "Plan towards" })) as HTMLSelectElement;
    await waitFor(() => expect(select.querySelectorAll("optgroup")).toHaveLength(2));
    const groups = [...select.querySelectorAll("optgroup")].map((g) => [
      g.label,
      [...g.querySelectorAll("option")].map((o) => o.value),
    ]);
    expect(groups).toEqual([
      ["Scenario sheets", ["Scenario"]],
      ["Search proposals", ["Search 1"]],
    ]);
    expect(screen.getByText("The inputs and event dates start from the sheet Transition plan.")).toBeTruthy();
    fireEvent.change(select, { target: { value: "Search 1" } });
    fireEvent.click(screen.getByRole("button", { name: "Write transition plan" }));
    await screen.findByText(/Transition plan written/);
    expect(engine.transitionPlanRequests[0].request).toMatchObject({
      scenarioSheet: "Search 1",
      planSheet: "Transition plan",
    });
  });

  it("lists the errors and selects the first cell when the plan cannot be made", async () => {
    const bad = { ...vehicles, values: vehicles.values.map((r) => [...r]) };
    bad.values[1][10] = "soon";
    const host = new SheetsHost([bad, trips, scenario]);
    renderInPane(
      <PlanPanel host={host} engine={new FakeEngine({})} sheets={await host.listSheets()} inputs={INPUTS} />,
    );
    await waitFor(() =>
      expect((screen.getByRole("combobox", { name: "Plan towards" }) as HTMLSelectElement).value).toBe(
        "Scenario",
      ),
    );
    fireEvent.click(screen.getByRole("button", { name: "Write transition plan" }));
    await waitFor(() => expect(host.selected).toEqual(["Køretøjer!K2"]));
    expect(host.written).toEqual([]);
  });

  it("asks for a simulation first when the workbook has no scenario sheet", async () => {
    const host = new SheetsHost([vehicles, trips]);
    renderInPane(
      <PlanPanel host={host} engine={new FakeEngine({})} sheets={await host.listSheets()} inputs={INPUTS} />,
      "da",
    );
    await screen.findByText(/Kør først en simulering eller en søgning/);
    expect(
      (screen.getByRole("button", { name: "Skriv omstillingsplan" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});

/** A plan sheet written earlier by the real use case: the newest the next plan starts from. */
function earlierPlanSheet(): SheetData {
  const r = transitionPlanFromSheets(sheets, INPUTS, { language: "en", scenarioSheet: "Scenario" });
  if (!r.ok) throw new Error("no plan");
  return sheetDataOf(r.value.plan.sheets[0], "Transition plan");
}
