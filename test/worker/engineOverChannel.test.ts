import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { expose } from "comlink";
import { EngineClient } from "../../src/worker/client";
import { createEngineApi } from "../../src/worker/engineApi";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import type { InputSheets, Progress } from "../../src/worker/api";
import type { SheetData } from "../../src/workbook/sheetData";

/**
 * The real engine behind the real client, over a MessageChannel instead of a worker (Comlink's
 * same-realm pattern): structured cloning of sheets, plans and errors, and proxied progress, exactly
 * as the pane will see them.
 */

const inputs: InputSheets = { vehicles: "Køretøjer", trips: "Ture", parameters: "Parametre" };
let sheets: SheetData[];

function clientOverChannel(): EngineClient {
  return new EngineClient(() => {
    const { port1, port2 } = new MessageChannel();
    expose(createEngineApi(), port2);
    return { endpoint: port1, terminate: () => (port1.close(), port2.close()) };
  });
}

beforeAll(async () => {
  sheets = (await readXlsx(readFileSync("assets/sample/fleetoptimiser-sample.xlsx"))).map(
    ({ name, originRow, originCol, values }) => ({ name, originRow, originCol, values }),
  );
});

describe("the engine behind EngineClient", () => {
  it("describes the sample workbook's locations and dates", async () => {
    const client = clientOverChannel();
    const result = await client.overview(new AbortController().signal, sheets, inputs);
    client.dispose();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.locations.map((l) => l.name)).toEqual(["Hjemmeplejen Nord", "Rengøring Syd"]);
    expect(result.value.firstDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.value.vehicles.length).toBeGreaterThan(0);
  });

  it("simulates a location, streaming its phases, and returns a summary and a plan to write", async () => {
    const client = clientOverChannel();
    const phases: string[] = [];
    const result = await client.simulate(
      new AbortController().signal,
      sheets,
      inputs,
      {
        location: "Rengøring Syd",
        fromDate: null,
        toDate: null,
        currentIds: null,
        fleet: null,
        allocation: "simple",
        limitKm: false,
        language: "da",
      },
      (p: Progress) => phases.push(p.phase),
    );
    client.dispose();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.summary.location).toBe("Rengøring Syd");
    expect(result.value.summary.trips).toBeGreaterThan(0);
    expect(result.value.plan.sheets.length).toBeGreaterThan(0);
    // Progress arrives over its own proxied port; give the last messages a turn to land.
    await new Promise((r) => setTimeout(r, 10));
    expect(phases[0]).toBe("reading");
    expect(phases).toContain("done");
  });

  it("answers text in a number cell with a cell-addressed error, not an exception", async () => {
    const vehicles = sheets.find((s) => s.name === "Køretøjer")!;
    const broken = vehicles.values.map((row) => [...row]);
    broken[1][6] = "fast"; // G2: WLTP Fossil (km/l) of the first vehicle
    const client = clientOverChannel();
    const result = await client.overview(
      new AbortController().signal,
      sheets.map((s) => (s === vehicles ? { ...s, values: broken } : s)),
      inputs,
    );
    client.dispose();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ sheet: "Køretøjer", cell: "G2" }));
  });
});
