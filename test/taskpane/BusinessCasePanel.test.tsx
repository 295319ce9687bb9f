// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { WorkbookHost } from "../../src/workbook/workbookHost";
import { BusinessCasePanel } from "../../src/app/components/BusinessCasePanel";
import { REPORT_EXAMPLE_INPUTS } from "../../src/core/businesscase/inputs";
import { businessCasePlan } from "../../src/workbook/plan/businessCasePlan";
import type { PlanFormula, WorkbookPlan } from "../../src/workbook/plan/types";
import type { SheetData } from "../../src/workbook/sheetData";
import { sheetTitle } from "../../src/workbook/read/cellValueAt";
import { plannedCells, sheetDataOf } from "../workbook/businesscase/planCells";
import { scenarioFixture } from "../workbook/businesscase/scenarioFixture";
import { FakeEngine } from "./fakes";
import { renderInPane } from "./render";

afterEach(cleanup);

/** A workbook of real sheet data that answers A1 titles cheaply, as both real hosts do. */
class SheetsHost implements WorkbookHost {
  readonly kind = "file" as const;
  written: WorkbookPlan[] = [];
  selected: string[] = [];
  titleReads = 0;

  constructor(private sheets: SheetData[]) {}

  async listSheets() {
    return this.sheets.map((s) => s.name);
  }
  async readSheet(name: string) {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }
  async readTitles(names: readonly string[]) {
    this.titleReads++;
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

const ture: SheetData = { name: "Ture", originRow: 1, originCol: 1, values: [["Starttid"]] };
const scenario = (name: string) => sheetDataOf(scenarioFixture().plan.sheets[0], name);
const text = (e: Element) => (e.textContent ?? "").replace(/\u00a0/g, " ");

describe("BusinessCasePanel", () => {
  it("offers the scenario sheets found by their titles, the newest chosen, and links the business case to it", async () => {
    const host = new SheetsHost([ture, scenario("Scenario"), scenario("Scenario (2)")]);
    const engine = new FakeEngine({});
    renderInPane(<BusinessCasePanel host={host} engine={engine} sheets={await host.listSheets()} />);
    const select = (await screen.findByRole("combobox", { name: "Scenario to link" })) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe("Scenario (2)"));
    expect([...select.options].map((o) => o.text)).toEqual([
      "(none: the report's example)",
      "Scenario",
      "Scenario (2)",
    ]);

    fireEvent.click(screen.getByRole("button", { name: "Write business case" }));
    await screen.findByText(/^Business case written to the sheet Business case:/);
    expect(engine.businessCaseRequests[0].request).toMatchObject({
      scenarioSheet: "Scenario (2)",
      inputsSheet: null,
    });
    const cells = plannedCells(host.written[0].sheets[0]);
    expect((cells.get("B60")!.cell as PlanFormula).formula).toBe("='Scenario (2)'!D12");
    expect(host.titleReads).toBeGreaterThan(0);
  });

  it("writes the report's example without a scenario and reports 2.8 vehicles, 0.9 % and 2.0", async () => {
    const host = new SheetsHost([ture]);
    renderInPane(<BusinessCasePanel host={host} engine={new FakeEngine({})} sheets={["Ture"]} />);
    fireEvent.click(await screen.findByRole("button", { name: "Write business case" }));
    const done = await screen.findByText(/^Business case written/);
    expect(text(done)).toBe(
      "Business case written to the sheet Business case: 2.8 vehicles to phase out in year one (0.9% of the fleet), 2.0 in later years.",
    );
  });

  it("starts from the newest business-case sheet, and shows its bad cells without writing", async () => {
    const edited = sheetDataOf(
      businessCasePlan({ language: "da", inputs: { ...REPORT_EXAMPLE_INPUTS } }).sheets[0],
    );
    edited.values[34][1] = 0; // B35: 0 km/l
    const host = new SheetsHost([ture, edited]);
    renderInPane(
      <BusinessCasePanel host={host} engine={new FakeEngine({})} sheets={["Ture", "Businesscase"]} />,
      "da",
    );
    await screen.findByText("Input tager udgangspunkt i arket Businesscase.");
    fireEvent.click(screen.getByRole("button", { name: "Skriv businesscase" }));
    await screen.findByText("Data skal rettes");
    expect(
      screen.getByRole("button", { name: /^Businesscase!B35: "Brændstofforbrug \(gns\.\)" skal være/ }),
    ).toBeDefined();
    expect(host.written).toEqual([]);
    expect(host.selected).toEqual(["Businesscase!B35"]);
  });
});
