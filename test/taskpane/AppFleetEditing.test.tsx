// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/app/App";
import type { EngineResult, InputOverview, InputSheets } from "../../src/engine/api";
import type { SheetData } from "../../src/workbook/sheetData";
import { FakeEngine, FakeHost } from "./fakes";
import { aCellError, aSummary } from "./builders";
import { aGroupedOverview } from "./fleetBuilders";
import { renderInPane } from "./render";

afterEach(cleanup);

/** The fake engine, also recording which sheets each overview was asked for, and was given. */
class RecordingEngine extends FakeEngine {
  overviewInputs: InputSheets[] = [];
  overviewSheets: string[][] = [];

  override async overview(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
  ): Promise<EngineResult<InputOverview>> {
    this.overviewInputs.push(inputs);
    this.overviewSheets.push(sheets.map((s) => s.name));
    return super.overview(signal, sheets, inputs);
  }
}

const select = (name: RegExp) => screen.getByRole("combobox", { name }) as HTMLSelectElement;

async function load() {
  const button = await screen.findByRole("button", { name: "Load data" });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  await screen.findByRole("combobox", { name: "Location" });
}

describe("App: shifts, candidates and the fleet by model", () => {
  it("proposes the Vagtlag and Kandidater sheets, reads them and hands them to the engine", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Vagtlag", "Kandidater"]);
    const engine = new RecordingEngine({ overview: aGroupedOverview() });
    renderInPane(<App host={host} engine={engine} language="en" />);
    await waitFor(() => expect(select(/Shifts \(Vagtlag\)/).value).toBe("Vagtlag"));
    expect(select(/Candidates \(Kandidater\)/).value).toBe("Kandidater");
    await load();
    expect(engine.overviewInputs[0]).toEqual({
      vehicles: "Køretøjer",
      trips: "Ture",
      parameters: null,
      shifts: "Vagtlag",
      candidates: "Kandidater",
    });
    expect(engine.overviewSheets[0]).toEqual(["Køretøjer", "Ture", "Vagtlag", "Kandidater"]);
  });

  it("sends null for a sheet the user set to none, and does not read it", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Vagtlag"]);
    const engine = new RecordingEngine({ overview: aGroupedOverview() });
    renderInPane(<App host={host} engine={engine} language="en" />);
    await waitFor(() => expect(select(/Shifts \(Vagtlag\)/).value).toBe("Vagtlag"));
    const none = within(select(/Shifts \(Vagtlag\)/)).getByRole("option", {
      name: "(none)",
    }) as HTMLOptionElement;
    fireEvent.change(select(/Shifts \(Vagtlag\)/), { target: { value: none.value } });
    await load();
    expect(engine.overviewInputs[0]).toMatchObject({ shifts: null, candidates: null });
    expect(engine.overviewSheets[0]).toEqual(["Køretøjer", "Ture"]);
  });

  it("runs with one entry per model and the changed bike settings, and shows a setting's error without a cell", async () => {
    const host = new FakeHost(["Køretøjer", "Ture"]);
    const engine = new RecordingEngine({ overview: aGroupedOverview(), summary: aSummary() });
    renderInPane(<App host={host} engine={engine} language="en" />);
    await load();

    fireEvent.click(screen.getByRole("button", { name: "Bike settings" }));
    fireEvent.change(screen.getByLabelText("Highest average speed by bike (km/h)"), {
      target: { value: "hurtig" },
    });
    const settingError = aCellError({
      sheet: "",
      cell: "",
      messageEn: 'bike_speed must be a number, not "hurtig".',
      fixEn: "Enter km/h.",
    });
    Object.assign(engine, { script: { overview: aGroupedOverview(), errors: [settingError] } });
    fireEvent.click(screen.getByRole("button", { name: "Run simulation" }));

    await screen.findByText("The data needs fixing");
    expect(engine.requests[0].fleet).toEqual([
      { sourceId: "11", count: 3 },
      { sourceId: "14", count: 1 },
      { sourceId: "15", count: 1 },
      { sourceId: "16", count: 1 },
    ]);
    expect(engine.requests[0].parameterOverrides).toEqual({ bike_speed: "hurtig" });
    const errors = screen.getByRole("group", { name: "The data needs fixing" });
    expect(errors.textContent).toContain('bike_speed must be a number, not "hurtig".');
    // No cell to go to: plain text, no link, and nothing selected.
    expect(within(errors).queryByRole("button")).toBeNull();
    expect(host.selected).toEqual([]);
    expect(host.written).toEqual([]);
  });
});
