import { PARAMETER_DESCRIPTIONS } from "../../../src/workbook/schema/parameterDescriptions";
import { describe, expect, it } from "vitest";
import { PARAMETER_DEFINITIONS } from "../../../src/core/model/parameters";
import { TEMPLATE_VALIDATION_ROWS, templatePlan } from "../../../src/workbook/plan/templatePlan";
import { NUMBER_FORMATS, type PlanTable } from "../../../src/workbook/plan/types";
import { sheetLayout } from "../../../src/workbook/plan/sheetLayout";
import {
  FUEL_NAMES,
  INPUT_SHEETS,
  LEASING_TYPES,
  PARAMETERS_SHEET,
  TRIPS_SHEET,
  VEHICLE_TYPES_DA,
  VEHICLES_SHEET,
  templateHeader,
  type SheetSpec,
} from "../../../src/workbook/schema/sheets";
import type { Language } from "../../../src/core/language";

/** Excel's rule for table names (letters, digits, _ and ., a letter or _ first, not a cell address). */
const EXCEL_TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function tableOf(lang: Language, spec: SheetSpec): PlanTable {
  const sheet = templatePlan(lang).sheets.find((s) => s.name === spec[lang]);
  if (!sheet) throw new Error(`no sheet ${spec[lang]}`);
  expect(sheet.tables).toHaveLength(1);
  return sheet.tables[0];
}

function column(table: PlanTable, spec: SheetSpec, field: string, lang: Language = "da"): number {
  const col = spec.columns.find((c) => c.field === field);
  if (!col) throw new Error(`no column ${field}`);
  return table.columns.map((c) => c.header).indexOf(templateHeader(col, lang));
}

describe("templatePlan", () => {
  it.each(["da", "en"] as const)("names the sheets in the chosen language (%s)", (lang) => {
    const names = templatePlan(lang).sheets.map((s) => s.name);
    expect(names).toEqual(
      lang === "da"
        ? [
            "Køretøjer",
            "Ture",
            "Parametre",
            "Vagtlag",
            "Kandidater",
            "Lokationer",
            "Logninger",
            "GPS-punkter",
          ]
        : ["Vehicles", "Trips", "Parameters", "Shifts", "Candidates", "Locations", "Logs", "GPS points"],
    );
  });

  it.each(["da", "en"] as const)(
    "has every column of the format, with its unit in the header (%s)",
    (lang) => {
      for (const spec of INPUT_SHEETS) {
        const table = tableOf(lang, spec);
        expect(table.columns.map((c) => c.header)).toEqual(spec.columns.map((c) => templateHeader(c, lang)));
        for (const col of spec.columns.filter((c) => c.unit)) {
          expect(table.columns.map((c) => c.header)).toContain(
            `${lang === "da" ? col.da : col.en} (${col.unit})`,
          );
        }
      }
      expect(tableOf("da", TRIPS_SHEET).columns.map((c) => c.header)).toContain("Turlængde (km)");
    },
  );

  it("uses valid, distinct Excel table names per language", () => {
    const names = (["da", "en"] as const).flatMap((lang) =>
      templatePlan(lang).sheets.flatMap((s) => s.tables.map((t) => t.name)),
    );
    expect(names).toEqual([
      "tblKoeretoejer",
      "tblTure",
      "tblParametre",
      "tblVagtlag",
      "tblKandidater",
      "tblLokationer",
      "tblLogninger",
      "tblGpsPunkter",
      "tblVehicles",
      "tblTrips",
      "tblParameters",
      "tblShifts",
      "tblCandidates",
      "tblLocations",
      "tblLogs",
      "tblGpsPoints",
    ]);
    for (const name of names) {
      expect(name).toMatch(EXCEL_TABLE_NAME);
      expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
    }
  });

  it("leaves the vehicle and trip tables empty and freezes the header row", () => {
    for (const sheet of templatePlan("da").sheets) {
      expect(sheet.freezeRows).toBe(1);
      expect(sheet.tables[0]).toMatchObject({ row: 1, col: 1 });
    }
    expect(tableOf("da", VEHICLES_SHEET).rows).toEqual([]);
    expect(tableOf("da", TRIPS_SHEET).rows).toEqual([]);
    expect(templatePlan("da").sheets[0].activate).toBe(true);
  });

  it("offers drop-downs for type, fuel and leasing type over the template rows", () => {
    const table = tableOf("da", VEHICLES_SHEET);
    const lists = table.columns.map((c) => c.list ?? null) ?? [];
    expect(lists[column(table, VEHICLES_SHEET, "type")]).toEqual([...VEHICLE_TYPES_DA]);
    expect(lists[column(table, VEHICLES_SHEET, "fuel")]).toEqual([...FUEL_NAMES]);
    expect(lists[column(table, VEHICLES_SHEET, "leasingType")]).toEqual([...LEASING_TYPES]);
    expect(lists.filter((l) => l !== null)).toHaveLength(3);
    expect(table.validationRows).toBe(TEMPLATE_VALIDATION_ROWS);
    expect(TEMPLATE_VALIDATION_ROWS).toBeGreaterThanOrEqual(500);
    // Excel's inline list holds at most 255 characters.
    for (const list of lists) if (list) expect(list.join(",").length).toBeLessThanOrEqual(255);
  });

  it("formats trip times as date and time and leasing dates as dates", () => {
    const trips = tableOf("da", TRIPS_SHEET);
    expect(trips.columns?.[column(trips, TRIPS_SHEET, "start")]?.format).toBe(NUMBER_FORMATS.dateTime);
    expect(trips.columns?.[column(trips, TRIPS_SHEET, "end")]?.format).toBe(NUMBER_FORMATS.dateTime);
    const vehicles = tableOf("da", VEHICLES_SHEET);
    expect(vehicles.columns?.[column(vehicles, VEHICLES_SHEET, "leaseStart")]?.format).toBe(
      NUMBER_FORMATS.date,
    );
    expect(vehicles.columns?.[column(vehicles, VEHICLES_SHEET, "leaseEnd")]?.format).toBe(
      NUMBER_FORMATS.date,
    );
  });

  it("sets column widths at least as wide as the spec asks", () => {
    for (const spec of INPUT_SHEETS) {
      const sheet = templatePlan("da").sheets.find((s) => s.name === spec.da);
      const widths = sheet ? sheetLayout(sheet).columnWidths : [];
      expect(widths).toHaveLength(spec.columns.length);
      spec.columns.forEach((c, i) => expect(widths[i]).toBeGreaterThanOrEqual(c.widthChars ?? 0));
    }
  });

  it.each(["da", "en"] as const)(
    "pre-fills every parameter with its default, unit and description (%s)",
    (lang) => {
      const table = tableOf(lang, PARAMETERS_SHEET);
      expect(table.columns.map((c) => c.header)).toEqual(
        lang === "da"
          ? ["Parameter", "Værdi", "Enhed", "Beskrivelse"]
          : ["Parameter", "Value", "Unit", "Description"],
      );
      expect(table.rows).toHaveLength(PARAMETER_DEFINITIONS.length);
      PARAMETER_DEFINITIONS.forEach((def, i) => {
        const [key, value, unit, description] = table.rows[i];
        expect(key).toBe(def.key);
        // Numbers as numbers, so Excel does not flag "number stored as text"; slots and choices as text.
        expect(value).toBe(def.kind === "number" ? Number(def.defaultText) : def.defaultText);
        expect(unit).toBe(def.unit || null);
        expect(description).toBe(PARAMETER_DESCRIPTIONS[def.key][lang]);
        expect(description).toMatch(/\w{3}/);
      });
      expect(Object.keys(PARAMETER_DESCRIPTIONS).sort()).toEqual(
        PARAMETER_DEFINITIONS.map((d) => d.key).sort(),
      );
      const byKey = new Map(table.rows.map((r) => [r[0], r[1]]));
      expect(byKey.get("pris_benzin")).toBe(12.33);
      expect(byKey.get("bike_slots")).toBe("07:00-15:30");
      expect(byKey.get("undriven_type")).toBe("benzin");
    },
  );
});
