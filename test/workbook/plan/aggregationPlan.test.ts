import { describe, expect, it } from "vitest";
import { aggregationPlan } from "../../../src/workbook/plan/aggregationPlan";
import { csvImportPlan } from "../../../src/workbook/plan/csvImportPlan";
import { cellResult, isFormula } from "../../../src/workbook/plan/types";
import { readTrips } from "../../../src/workbook/read/readTrips";
import { aggregateTrips } from "../../../src/core/aggregation/aggregateTrips";
import { aggregationParams } from "../../../src/core/aggregation/aggregationParams";
import { defaultParameters } from "../../../src/core/model/parameters";
import type { SheetData } from "../../../src/workbook/sheetData";
import { AWAY, HOME, NORD, aLog, offset, t } from "../../core/aggregation/aggregationFixtures";
import { aVehicle } from "../../helpers/builders";
import type { Language } from "../../../src/core/language";

const result = aggregateTrips(
  {
    locations: [NORD],
    logs: [
      aLog(t("08:00"), t("08:30"), HOME, AWAY, 6),
      aLog(t("09:00"), t("09:30:30"), AWAY, HOME, 6.0004),
      aLog(t("10:00"), t("10:30"), AWAY, offset(7000), 2), // not from home
    ],
    fixes: [],
    vehicleHomes: new Map([["1", { location: 0, name: "Nord" }]]),
  },
  aggregationParams(),
);
const plan = (language: Language = "da") =>
  aggregationPlan(result, {
    language,
    parameters: defaultParameters(),
    parameterKeysSet: ["agg_radius_m"],
    warnings: [],
    runId: "t1",
  });

/** A plan's table as the sheet a host would write, with values as a reader sees them. */
function tableAsSheet(name: string, table: ReturnType<typeof plan>["sheets"][0]["tables"][0]): SheetData {
  return {
    name,
    originRow: table.row,
    originCol: table.col,
    values: [table.columns.map((c) => c.header), ...table.rows.map((r) => r.map(cellResult))],
  };
}

describe("aggregationPlan", () => {
  it("writes a new Ture sheet in exactly the format the simulation reads", () => {
    const [ture] = plan().sheets;
    expect(ture.name).toBe("Ture");
    const table = ture.tables[0];
    expect(table.columns.map((c) => c.header)).toEqual([
      "Starttid",
      "Sluttid",
      "Turlængde (km)",
      "Bil id",
      "Lokation",
      "Tur id",
    ]);
    expect(table.columns.map((c) => c.format ?? null)?.slice(0, 2)).toEqual([
      "yyyy-mm-dd hh:mm",
      "yyyy-mm-dd hh:mm",
    ]);
    const read = readTrips(tableAsSheet("Ture", table), [aVehicle({ id: "1", location: "Nord" })]);
    expect(read.errors).toEqual([]);
    expect(read.trips).toEqual([
      {
        id: "1",
        startMs: t("08:00"),
        endMs: t("09:30:30"),
        distanceKm: 12,
        vehicleId: "1",
        location: "Nord",
        sourceRow: 2,
      },
    ]);
  });

  it("writes the precision report per location with a live precision formula", () => {
    const report = plan("en").sheets[1];
    expect(report.name).toBe("Aggregation");
    expect(report.activate).toBe(true);
    const [perLocation] = report.tables;
    expect(perLocation.columns.map((c) => c.header).slice(0, 10)).toEqual([
      "Location",
      "Vehicles",
      "Logs",
      "Logs used",
      "Round trips",
      "Complete round trips",
      "km in complete round trips",
      "km in all round trips",
      "km of all logs",
      "Precision",
    ]);
    const row = perLocation.rows[0];
    expect(row.slice(0, 4)).toEqual(["Nord", 1, 3, 2]);
    const precision = row[9];
    expect(isFormula(precision) && precision.formula).toBe(
      `=IF(I${perLocation.row + 1}>0,G${perLocation.row + 1}/I${perLocation.row + 1},"")`,
    );
    expect(cellResult(precision)).toBeCloseTo(12 / 14, 3);
    const notFromHome = perLocation.columns.map((c) => c.header).indexOf("Dropped: not from home");
    expect(row[notFromHome]).toBe(1);
  });

  it("lists the rules used, marking the ones set on Parametre", () => {
    const rules = plan("da").sheets[1].tables[2];
    expect(rules.rows.find((r) => r[0] === "agg_radius_m")).toEqual([
      "agg_radius_m",
      100,
      "m",
      "Parametre-arket",
    ]);
    expect(rules.rows.find((r) => r[0] === "gps_max_speed_kmh")).toEqual([
      "gps_max_speed_kmh",
      200,
      "km/t",
      "standard",
    ]);
  });
});

describe("csvImportPlan", () => {
  it("writes the CSV's rows on a new sheet named after it, header styled", () => {
    const p = csvImportPlan({
      name: "GPS-punkter",
      originRow: 1,
      originCol: 1,
      values: [
        ["Bil id", "Tid"],
        [7, "x"],
      ],
    });
    expect(p.sheets[0]).toMatchObject({ name: "GPS-punkter", freezeRows: 1, tables: [] });
    const columns = [{ align: "right" }, { align: "left" }];
    expect(p.sheets[0].ranges).toEqual([
      // Each header leans like its column's values.
      { row: 1, col: 1, values: [["Bil id", "Tid"]], columns, style: "header" },
      { row: 2, col: 1, values: [[7, "x"]], columns },
    ]);
  });
});
