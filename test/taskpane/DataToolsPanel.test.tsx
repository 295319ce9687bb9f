// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { DataToolsPanel } from "../../src/app/components/DataToolsPanel";
import type { CellError } from "../../src/workbook/read/cellError";
import { FakeEngine, FakeHost } from "./fakes";
import { renderInPane } from "./render";

afterEach(cleanup);

const INPUTS = { vehicles: "Køretøjer", trips: "Ture", parameters: null };

function renderTools(engine: FakeEngine, host = new FakeHost(["Køretøjer", "Ture"])) {
  const saved: { bytes: Uint8Array; fileName: string }[] = [];
  const selected: CellError[] = [];
  let written = 0;
  renderInPane(
    <DataToolsPanel
      host={host}
      engine={engine}
      inputs={INPUTS}
      disabled={false}
      onSelectError={(e) => selected.push(e)}
      onWritten={() => written++}
      saveFile={(bytes, fileName) => saved.push({ bytes, fileName })}
    />,
  );
  return { host, saved, selected, written: () => written };
}

describe("the Data tools", () => {
  it("writes the Vehicle data check sheet from the sheets read fresh", async () => {
    const engine = new FakeEngine({});
    const { host, written } = renderTools(engine);
    fireEvent.click(screen.getByRole("button", { name: "Check vehicle data" }));
    await screen.findByText("All 2 vehicles are ready for a simulation (sheet Vehicle data check).");
    expect(host.reads).toEqual(["Køretøjer", "Ture"]);
    expect(engine.dataToolCalls).toMatchObject([{ tool: "vehicleCheck", request: { language: "en" } }]);
    expect(host.written.map((p) => p.sheets[0].name)).toEqual(["Vehicle data check"]);
    expect(written()).toBe(1);
  });

  it("writes the Locations overview sheet", async () => {
    const engine = new FakeEngine({});
    const { host } = renderTools(engine);
    fireEvent.click(screen.getByRole("button", { name: "Locations overview" }));
    await screen.findByText("0 locations compared on the sheet Locations overview.");
    expect(host.written.map((p) => p.sheets[0].name)).toEqual(["Locations overview"]);
  });

  it("offers OS2's vehicle file as a download, reading the vehicle sheet only and writing no sheet", async () => {
    const engine = new FakeEngine({});
    const { host, saved } = renderTools(engine);
    fireEvent.click(screen.getByRole("button", { name: "Export vehicles for OS2" }));
    await screen.findByText("2 vehicles exported to Oversigt_over_flåde.xlsx (see your downloads).");
    expect(saved.map((s) => s.fileName)).toEqual(["Oversigt_over_flåde.xlsx"]);
    expect([...saved[0].bytes]).toEqual([80, 75]);
    expect(host.reads).toEqual(["Køretøjer"]);
    expect(host.written).toEqual([]);
  });

  it("lists the engine's cell errors instead of writing anything", async () => {
    const error: CellError = {
      sheet: "Køretøjer",
      cell: "K4",
      messageEn: "Årlig omkostning is not a number.",
      fixEn: "Enter kr.",
      messageDa: "Årlig omkostning er ikke et tal.",
      fixDa: "Skriv kr.",
    };
    const engine = new FakeEngine({ errors: [error] });
    const { host, saved } = renderTools(engine);
    fireEvent.click(screen.getByRole("button", { name: "Export vehicles for OS2" }));
    await screen.findByText(/Køretøjer!K4: Årlig omkostning is not a number/);
    expect(saved).toEqual([]);
    expect(host.written).toEqual([]);
  });
});
