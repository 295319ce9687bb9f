import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { expose } from "comlink";
import { EngineClient } from "../../src/worker/client";
import { createEngineApi } from "../../src/engine/engineApi";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import type { InputSheets, Progress } from "../../src/engine/api";
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
    // One location with all its trips; the three candidates have none.
    expect(result.value.locations).toEqual([
      { name: "Hjemmeplejen Nord", vehicleCount: 40, tripCount: result.value.tripCount },
    ]);
    expect(result.value.tripCount).toBeGreaterThan(8_000);
    expect(result.value.firstDate).toBe("2025-03-03");
    expect(result.value.lastDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.value.vehicles).toHaveLength(43);
    expect(result.value.vehicles.filter((v) => v.location === "").map((v) => v.id)).toEqual([
      "1041",
      "1042",
      "1043",
    ]);
  });

  it("simulates a location, streaming its phases, and returns a summary and a plan to write", async () => {
    const client = clientOverChannel();
    const phases: string[] = [];
    // The sample's first week with a smaller fleet: its 8 EVs (1027–1034), 6 bikes (1035–1040) and
    // 4 candidate EVs (1041) instead of its 26 fossil cars.
    const fleet = [
      ...Array.from({ length: 14 }, (_, i) => ({ sourceId: String(1027 + i), count: 1 })),
      { sourceId: "1041", count: 4 },
    ];
    const result = await client.simulate(
      new AbortController().signal,
      sheets,
      inputs,
      {
        location: "Hjemmeplejen Nord",
        fromDate: "2025-03-03",
        toDate: "2025-03-09",
        currentIds: null,
        fleet,
        allocation: "simple",
        limitKm: false,
        language: "da",
      },
      (p: Progress) => phases.push(p.kind === "phase" ? p.phase : p.kind),
    );
    client.dispose();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const summary = result.value.summary;
    expect(summary.location).toBe("Hjemmeplejen Nord");
    expect([summary.fromDate, summary.toDate, summary.periodDays]).toEqual(["2025-03-03", "2025-03-09", 7]);
    // One week of the eight, not the whole sample.
    expect(summary.trips).toBeGreaterThan(500);
    expect(summary.trips).toBeLessThan(3_000);
    expect(summary.current.vehicles).toHaveLength(40);
    expect(summary.simulated.vehicles).toHaveLength(18);
    // 18 vehicles instead of 40: cheaper, but the morning peak leaves trips for employees' own cars.
    expect(summary.current.unallocatedTrips).toBe(0);
    expect(summary.simulated.unallocatedTrips).toBeGreaterThan(0);
    expect(summary.simulated.unallocatedTripIds).toHaveLength(summary.simulated.unallocatedTrips);
    expect(summary.financialSavings).toBeGreaterThan(0);
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
