import { describe, expect, it } from "vitest";
import { expose } from "comlink";
import { EngineClient } from "../../src/worker/client";
import { createEngineApi } from "../../src/engine/engineApi";
import type { Progress } from "../../src/engine/api";
import type { AggregationRequest } from "../../src/engine/aggregate";
import { formatCellError } from "../../src/workbook/read/cellError";
import type { CellValue, SheetData } from "../../src/workbook/sheetData";
import { HOME, offset } from "../core/aggregation/aggregationFixtures";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  originRow: 1,
  originCol: 1,
  values,
});
const D = 45719; // 2025-03-03
const minute = 1 / 1440;

/** Vehicle 1 drives 2 km north and back from 08:00, one fix a minute; vehicle 9 only far away. */
function gpsSheet(): SheetData {
  const rows: CellValue[][] = [["Bil id", "Tid", "Breddegrad", "Længdegrad"]];
  for (let i = 0; i <= 20; i++) {
    const p = offset((i <= 10 ? i : 20 - i) * 200);
    rows.push([1, D + 8 / 24 + i * minute, p.lat, p.lon]);
  }
  for (let i = 0; i <= 10; i++) {
    const p = offset(50_000 + i * 200);
    rows.push([9, D + 8 / 24 + i * minute, p.lat, p.lon]);
  }
  return sheet("GPS-punkter", rows);
}
const SHEETS = [
  sheet("Lokationer", [
    ["Lokation", "Breddegrad", "Længdegrad"],
    ["Nord", HOME.lat, HOME.lon],
  ]),
  gpsSheet(),
  sheet("Køretøjer", [
    ["Bil id", "Lokation"],
    [1, "Nord"],
  ]),
];
const REQUEST: AggregationRequest = {
  locations: "Lokationer",
  logs: [],
  gpsPoints: ["GPS-punkter"],
  vehicles: "Køretøjer",
  parameters: null,
  language: "en",
};

function clientOverChannel(): EngineClient {
  return new EngineClient(() => {
    const { port1, port2 } = new MessageChannel();
    expose(createEngineApi(), port2);
    return { endpoint: port1, terminate: () => (port1.close(), port2.close()) };
  });
}

describe("aggregate behind EngineClient", () => {
  it("turns GPS points into a Ture plan and a report, streaming its phases", async () => {
    const client = clientOverChannel();
    const phases: string[] = [];
    const r = await client.aggregate(new AbortController().signal, SHEETS, REQUEST, (p: Progress) =>
      phases.push(p.kind === "phase" ? p.phase : p.kind),
    );
    client.dispose();
    if (!r.ok) throw new Error(r.errors.map((e) => formatCellError(e)).join("\n"));
    expect(r.value.plan.sheets.map((s) => s.name)).toEqual(["Ture", "Aggregation"]);
    expect(r.value.plan.sheets[0].tables[0].rows).toHaveLength(1);
    expect(r.value.summary).toMatchObject({ roundTrips: 1, completeRoundTrips: 1, logs: 2, logsUsed: 1 });
    expect(phases).toEqual(expect.arrayContaining(["reading", "gpsPoints", "roundTrips", "writing", "done"]));
  });

  it("reports a vehicle with no location at its first row, as a warning that does not stop the run", async () => {
    const client = clientOverChannel();
    const r = await client.aggregate(new AbortController().signal, SHEETS, REQUEST);
    client.dispose();
    if (!r.ok) throw new Error("rejected");
    expect(r.value.warnings.map((w) => formatCellError(w))).toEqual([
      "'GPS-punkter'!A23: Vehicle 9 has no location: no Lokation on Køretøjer and none of its logs starts within 100 m of a location. Its 1 logs were not used. Fix: Give the vehicle a Lokation on Køretøjer, or add its home with its parking spots to Lokationer.",
    ]);
    expect(r.value.summary.locations.map((l) => [l.location, l.precision])).toEqual([
      ["Nord", 1],
      ["", 0],
    ]);
  });

  it("returns cell errors and no plan for unreadable cells", async () => {
    const bad = gpsSheet();
    bad.values[3][1] = "i morgen";
    const r = await createEngineApi().aggregate([SHEETS[0], bad], { ...REQUEST, vehicles: null });
    expect(r.ok ? [] : r.errors.map((e) => formatCellError(e))).toEqual([
      `'GPS-punkter'!B4: "Tid" must be a date and time, but the cell holds the text "i morgen". Fix: Enter it as an Excel date or as text like 2025-03-03 08:15.`,
    ]);
  });

  it("rejects at once when cancelled, like every engine call", async () => {
    const client = clientOverChannel();
    const controller = new AbortController();
    const call = client.aggregate(controller.signal, SHEETS, REQUEST);
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    client.dispose();
  });
});
