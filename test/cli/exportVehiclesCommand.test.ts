import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { readVehicles } from "../../src/workbook/read/readVehicles";
import { OS2_VEHICLE_HEADER } from "../../src/workbook/schema/os2VehicleExport";
import type { PlanCell } from "../../src/workbook/plan/types";
import { writeWorkbook } from "../helpers/workbookFile";
import { h, run } from "./cliTestKit";

/** Our template's Køretøjer: the same three vehicles as OS2_VEHICLES below. */
const OUR_VEHICLES: PlanCell[][] = [
  [
    "Bil id",
    "Nummerplade",
    "Mærke",
    "Model",
    "Type",
    "Drivmiddel",
    "WLTP Fossil (km/l)",
    "WLTP El (Wh/km)",
    "Kapacitetsnedskrivning (%)",
    "Rækkevidde (km)",
    "Årlig omkostning (kr)",
    "Start leasing",
    "Slut leasing",
    "Leasingtype",
    "Km pr år",
    "Hviletid (h)",
    "Lokation",
    "Afdeling",
    "Forvaltning",
  ],
  [
    101,
    "AB11111",
    "Toyota",
    "Yaris",
    "fossilbil",
    "benzin",
    20,
    null,
    null,
    null,
    40000,
    44958,
    46053,
    "operationel",
    15000,
    null,
    "Rådhuset",
    "Hjemmeplejen",
    "Social og Sundhed",
  ],
  [
    102,
    "AB22222",
    "Skoda",
    "Fabia",
    "fossilbil",
    "diesel",
    16,
    null,
    null,
    null,
    38000,
    44958,
    46418,
    "finansiel",
    20000,
    null,
    "Rådhuset",
    "Hjemmeplejen",
    "Social og Sundhed",
  ],
  [
    103,
    "EL33333",
    "Renault",
    "Zoe",
    "elbil",
    "el",
    null,
    165,
    20,
    390,
    45000,
    45292,
    46753,
    "operationel",
    20000,
    7,
    "Rådhuset",
    "Rengøring",
    "Teknik og Miljø",
  ],
];

/** The same vehicles as OS2's configuration page exports them: Sheet1, its headers, DD-MM-YYYY text. */
const OS2_VEHICLES: PlanCell[][] = [
  [...OS2_VEHICLE_HEADER],
  [
    101,
    "AB11111",
    "Toyota",
    "Yaris",
    "fossilbil",
    "benzin",
    20,
    null,
    null,
    null,
    40000,
    "Rådhuset",
    "Hjemmeplejen",
    "Social og Sundhed",
    "01-02-2023",
    "31-01-2026",
    "operationel",
    15000,
    null,
  ],
  [
    102,
    "AB22222",
    "Skoda",
    "Fabia",
    "fossilbil",
    "diesel",
    16,
    null,
    null,
    null,
    38000,
    "Rådhuset",
    "Hjemmeplejen",
    "Social og Sundhed",
    "01-02-2023",
    "31-01-2027",
    "finansiel",
    20000,
    null,
  ],
  [
    103,
    "EL33333",
    "Renault",
    "Zoe",
    "elbil",
    "el",
    null,
    165,
    20,
    390,
    45000,
    "Rådhuset",
    "Rengøring",
    "Teknik og Miljø",
    "01-01-2024",
    "01-01-2028",
    "operationel",
    20000,
    7,
  ],
];

/** Day d (0 = 2025-03-03) at hour hh as OS2's API writes a time (ISO text, seconds). */
const iso = (d: number, hh: number) => `2025-03-0${3 + d}T${String(hh).padStart(2, "0")}:00:00`;
const DRIVES: [number, number, number, number, number][] = [
  // day, start hour, end hour, km, Bil id
  [0, 8, 10, 20, 101],
  [0, 9, 11, 30, 102],
  [0, 12, 13, 8, 103],
  [1, 8, 9, 10, 101],
  [1, 10, 14, 55, 102],
  [2, 7, 8, 12, 103],
];
const OUR_TRIPS: PlanCell[][] = [
  ["Starttid", "Sluttid", "Turlængde (km)", "Bil id", "Lokation"],
  ...DRIVES.map(([d, s, e, km, id]) => [h(s, d), h(e, d), km, id, "Rådhuset"]),
];
/** OS2's "Download dataperiode": a Ture sheet with Starttid, Sluttid, Turlængde, Bil id, Lokation. */
const OS2_TRIPS: PlanCell[][] = [
  ["Starttid", "Sluttid", "Turlængde", "Bil id", "Lokation"],
  ...DRIVES.map(([d, s, e, km, id]) => [iso(d, s), iso(d, e), km, id, "Rådhuset"]),
];

describe("OS2's own files", () => {
  it("simulate with the same costs as the same data on our template", async () => {
    const os2 = await writeWorkbook({ Sheet1: OS2_VEHICLES, Ture: OS2_TRIPS });
    const ours = await writeWorkbook({ Køretøjer: OUR_VEHICLES, Ture: OUR_TRIPS });
    const args = ["--fleet", "101:1,103:1", "--json"];
    const a = await run(["simulate", os2, ...args]);
    const b = await run(["simulate", ours, ...args]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code).toBe(0);
    const [x, y] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    expect(x.trips).toBe(6);
    expect(x.current.yearlyCost).toBeGreaterThan(0);
    for (const fleet of ["current", "simulated"] as const) {
      expect(x[fleet].yearlyCost).toBeCloseTo(y[fleet].yearlyCost, 6);
      expect(x[fleet].yearlyCo2eTonnes).toBeCloseTo(y[fleet].yearlyCo2eTonnes, 9);
      expect(x[fleet].unallocatedTrips).toBe(y[fleet].unallocatedTrips);
    }
  });

  it("export-vehicles writes Sheet1 in OS2's format, which reads back as the same vehicles", async () => {
    const book = await writeWorkbook({ Køretøjer: OUR_VEHICLES, Ture: OUR_TRIPS });
    const out = join(dirname(book), "Oversigt_over_flåde.xlsx");
    const { code, stderr } = await run(["export-vehicles", book, "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toContain("3 vehicles");
    const sheets = await readXlsx(readFileSync(out));
    expect(sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    const [sheet] = sheets;
    expect(sheet.values[0]).toEqual([...OS2_VEHICLE_HEADER]);
    // Dates as OS2 writes them; types and fuels as names.
    expect(sheet.values[1].slice(4, 6)).toEqual(["fossilbil", "benzin"]);
    expect(sheet.values[1][14]).toBe("01-02-2023");
    expect(sheet.values[3][15]).toBe("01-01-2028");

    const original = await readXlsx(readFileSync(book));
    const strip = (sheetData: (typeof sheets)[number]) =>
      readVehicles(sheetData).vehicles.map(({ sourceRow: _row, ...v }) => v);
    expect(strip(sheet)).toEqual(strip(original[0]));
    expect(strip(sheet)).toHaveLength(3);
  });

  it("export-vehicles refuses to overwrite a file, and needs --out", async () => {
    const book = await writeWorkbook({ Køretøjer: OUR_VEHICLES });
    const missing = await run(["export-vehicles", book]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("export-vehicles needs --out FILE.xlsx");
    const out = join(dirname(book), "os2.xlsx");
    expect((await run(["export-vehicles", book, "--out", out])).code).toBe(0);
    const again = await run(["export-vehicles", book, "--out", out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
  });
});
