// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/app/App";
import { FileWorkbookHost } from "../../src/hosts/file/fileWorkbookHost";
import { createEngineApi } from "../../src/engine/engineApi";
import { readRememberedMapping } from "../../src/app/actions/columnMapping";
import type { EngineResult, InputOverview, InputSheets } from "../../src/engine/api";
import type { SheetData } from "../../src/workbook/sheetData";
import { FakeEngine } from "./fakes";
import { renderInPane } from "./render";

afterEach(cleanup);

/** The fake engine, but with the real overview: the refusal and the mapped read are the engine's own. */
class RealOverviewEngine extends FakeEngine {
  readonly engine = createEngineApi();
  overviewInputs: InputSheets[] = [];
  constructor() {
    super({});
  }
  override async overview(
    _signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
  ): Promise<EngineResult<InputOverview>> {
    this.overviewInputs.push(inputs);
    return this.engine.overview(sheets, inputs);
  }
}

/** Our vehicle sheet, and an FMS trip export whose headers are its own (Enhed, Afgang, Ankomst, Km kørt). */
async function fmsWorkbook(): Promise<FileWorkbookHost> {
  const host = FileWorkbookHost.empty();
  const vehicles = [
    ["Bil id", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"],
    [101, "fossilbil", "benzin", 20, 30000, "Rådhuset"],
    [102, "fossilbil", "benzin", 22, 32000, "Rådhuset"],
  ];
  const trips = [
    ["Enhed", "Afgang", "Ankomst", "Km kørt", "Lokation"],
    [101, "2025-03-03 08:00", "2025-03-03 09:00", 12.5, "Rådhuset"],
    [102, "2025-03-03 10:00", "2025-03-03 11:30", 30, "Rådhuset"],
    [101, "2025-03-04 08:00", "2025-03-04 08:45", 7, "Rådhuset"],
  ];
  await host.writePlan({
    sheets: [
      { name: "Køretøjer", ranges: [{ row: 1, col: 1, values: vehicles }], tables: [] },
      { name: "Ture", ranges: [{ row: 1, col: 1, values: trips }], tables: [] },
    ],
  });
  return host;
}

async function clickLoad() {
  const load = await screen.findByRole("button", { name: "Load data" });
  await waitFor(() => expect((load as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(load);
}

function choose(label: RegExp, header: string) {
  const select = screen.getByRole("combobox", { name: label }) as HTMLSelectElement;
  fireEvent.change(select, { target: { value: header } });
}

describe("the column mapping step", () => {
  it("asks for the trip columns it cannot find, previews them, remembers them in the workbook and loads", async () => {
    const host = await fmsWorkbook();
    const engine = new RealOverviewEngine();
    renderInPane(<App host={host} engine={engine} language="en" />);
    await clickLoad();

    const step = await screen.findByRole("region", { name: "Match your columns" });
    // Lokation is found by its own name; the four required trip fields are not (Bil id neither: "Enhed").
    expect(within(step).getByText(/The sheet Ture does not have every column/)).toBeTruthy();
    expect((within(step).getByRole("button", { name: "Save and load" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    choose(/Starttid/, "Afgang");
    choose(/Sluttid/, "Ankomst");
    choose(/Turlængde/, "Km kørt");
    choose(/Bil id/, "Enhed");
    // The preview reads the first rows through the choices.
    const preview = within(step).getByRole("table", { name: /Ture/ });
    expect(within(preview).getByText("12.5")).toBeTruthy();
    expect(within(preview).getByText("2025-03-03 10:00")).toBeTruthy();

    fireEvent.click(within(step).getByRole("button", { name: "Save and load" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Match your columns" })).toBeNull());
    await screen.findByRole("button", { name: "Check vehicle data", hidden: true });

    // Remembered as the CLI's --map would: in a very hidden sheet of the workbook.
    const all = await host.listAllSheets();
    expect(all.find((s) => s.name.startsWith("_fleetopt_columns"))?.visibility).toBe("veryHidden");
    expect(await readRememberedMapping(host)).toEqual({
      trips: { start: "Afgang", end: "Ankomst", distanceKm: "Km kørt", vehicleId: "Enhed" },
    });
    expect(engine.overviewInputs.at(-1)?.columnMapping?.trips?.distanceKm).toBe("Km kørt");
  });

  it("uses the remembered mapping next time without asking again", async () => {
    const host = await fmsWorkbook();
    await host.writePlan({
      sheets: [
        {
          name: "_fleetopt_columns",
          visibility: "veryHidden",
          ranges: [
            { row: 1, col: 1, values: [["FleetOptimiser column mapping", 1]] },
            {
              row: 3,
              col: 1,
              values: [
                ["sheet", "field", "header"],
                ["trips", "start", "Afgang"],
                ["trips", "end", "Ankomst"],
                ["trips", "distanceKm", "Km kørt"],
                ["trips", "vehicleId", "Enhed"],
              ],
            },
          ],
          tables: [],
        },
      ],
    });
    const engine = new RealOverviewEngine();
    renderInPane(<App host={host} engine={engine} language="en" />);
    await clickLoad();
    await screen.findByRole("button", { name: "Check vehicle data", hidden: true });
    expect(screen.queryByRole("region", { name: "Match your columns" })).toBeNull();
    expect(engine.overviewInputs).toHaveLength(1);
  });

  it("refuses one header for two fields", async () => {
    const host = await fmsWorkbook();
    renderInPane(<App host={host} engine={new RealOverviewEngine()} language="en" />);
    await clickLoad();
    const step = await screen.findByRole("region", { name: "Match your columns" });
    choose(/Starttid/, "Afgang");
    choose(/Sluttid/, "Afgang");
    choose(/Turlængde/, "Km kørt");
    choose(/Bil id/, "Enhed");
    expect(within(step).getByText("The header Afgang is chosen for more than one field.")).toBeTruthy();
    expect((within(step).getByRole("button", { name: "Save and load" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
