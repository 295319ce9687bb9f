import type { Vehicle } from "../../core/model/types";
import type { SheetData } from "../sheetData";
import { VEHICLES_SHEET, type SheetSpec } from "../schema/sheets";
import type { CellError } from "./cellError";
import { cellError } from "./errorFactory";
import { FieldReader } from "./fieldReaders";
import { locateTable, noRowsError, type ColumnMapping, type LocatedRow } from "./locateTable";
import { isEmptyCell, parseIdCell, parseTextCell } from "./cellParsers";
import { fuelAllowedForType, parseFuel, parseVehicleType } from "./vehicleCodes";

export interface VehiclesRead {
  vehicles: Vehicle[];
  errors: CellError[];
  /**
   * Problems that only matter when the vehicle takes part in a simulation (no yearly cost, no
   * WLTP): a coordinator's export often has incomplete vehicles at other locations, which must
   * not block a simulation that does not use them.
   */
  usageIssues: Map<string, CellError[]>;
  /**
   * Bil ids of rows refused with an error: their trips are not reported again as trips of an
   * unknown vehicle (one cause, one message).
   */
  rejectedIds: Set<string>;
  /** Field → 1-based sheet column of the table read (empty when no table was found). */
  columns: Record<string, number>;
}

/** Reads and validates the Køretøjer sheet (product.md §5). */
export function readVehicles(
  sheet: SheetData,
  spec: SheetSpec = VEHICLES_SHEET,
  optional = false,
  mapping: ColumnMapping = {},
): VehiclesRead {
  const { table, errors } = locateTable(sheet, spec, mapping);
  const usageIssues = new Map<string, CellError[]>();
  const rejectedIds = new Set<string>();
  if (!table) return { vehicles: [], errors, usageIssues, rejectedIds, columns: {} };
  const columns = table.columns;
  // An optional table (Kandidater) may be empty: the template writes it with headers only.
  if (table.rows.length === 0)
    return {
      vehicles: [],
      errors: optional ? [] : [noRowsError(table, spec)],
      usageIssues,
      rejectedIds,
      columns,
    };

  const f = new FieldReader(sheet.name);
  const vehicles: Vehicle[] = [];
  const firstRowOfId = new Map<string, LocatedRow>();
  for (const row of table.rows) {
    const c = row.cells;
    const id = parseIdCell(c.id.value);
    if (id === null) {
      f.missing(c.id, "Bil id");
      continue;
    }
    const seen = firstRowOfId.get(id);
    const errorsAtRow = f.errors.length;
    const reject = () => {
      // A duplicate row's trips belong to the first row's vehicle, which is read.
      if (!seen && f.errors.length > errorsAtRow) rejectedIds.add(id);
    };
    if (seen) {
      f.add(
        c.id,
        {
          message: `Bil id ${id} appears twice (also in row ${seen.row}).`,
          fix: "Give every vehicle its own Bil id, or delete the duplicate row.",
        },
        {
          message: `Bil id ${id} findes to gange (også i række ${seen.row}).`,
          fix: "Giv hvert køretøj sit eget Bil id, eller slet den dobbelte række.",
        },
      );
      continue;
    }
    firstRowOfId.set(id, row);

    const typeText = parseTextCell(c.type.value);
    const type = parseVehicleType(typeText);
    if (!type) {
      f.add(
        c.type,
        {
          message: `Type "${typeText}" is not a vehicle type.`,
          fix: "Use cykel, elcykel, elbil or fossilbil (or 1–4).",
        },
        {
          message: `Type "${typeText}" er ikke en køretøjstype.`,
          fix: "Brug cykel, elcykel, elbil eller fossilbil (eller 1–4).",
        },
      );
      reject();
      continue;
    }
    const fuelText = parseTextCell(c.fuel?.value ?? null).toLowerCase();
    // Bikes and EVs have exactly one possible fuel, so an empty cell is not a guess.
    const fuel = fuelText === "" ? defaultFuel(type) : parseFuel(fuelText);
    if (fuel === null) {
      f.add(
        c.fuel,
        {
          message: `Drivmiddel "${fuelText}" is not a known fuel.`,
          fix: "Use benzin, diesel, el, hybrid, plugin hybrid benzin, plugin hybrid diesel, hvo or bike.",
        },
        {
          message: `Drivmiddel "${fuelText}" er ikke et kendt drivmiddel.`,
          fix: "Brug benzin, diesel, el, hybrid, plugin hybrid benzin, plugin hybrid diesel, hvo eller bike.",
        },
      );
      reject();
      continue;
    }
    if (!fuelAllowedForType(type, fuel)) {
      f.add(
        c.fuel,
        {
          message: `Drivmiddel "${fuelText}" does not fit Type "${typeText}".`,
          fix: "Bikes use bike, elbil uses el, fossilbil uses benzin, diesel, hybrid or hvo.",
        },
        {
          message: `Drivmiddel "${fuelText}" passer ikke til Type "${typeText}".`,
          fix: "Cykler bruger bike, elbil bruger el, fossilbil bruger benzin, diesel, hybrid eller hvo.",
        },
      );
      reject();
      continue;
    }
    const errorsBefore = f.errors.length;
    const kmPerLitre = f.number(c.kmPerLitre, "WLTP Fossil", { min: 0, unit: "km/l" });
    const whPerKm = f.number(c.whPerKm, "WLTP El", { min: 0, unit: "Wh/km" });
    const capacityDecreasePct = f.number(c.capacityDecreasePct, "Kapacitetsnedskrivning", {
      min: 0,
      max: 100,
      unit: "%",
    });
    const co2GramPerKm = f.number(c.co2GramPerKm, "Co2 pr km", { min: 0, unit: "g" });
    const rangeKm = f.number(c.rangeKm, "Rækkevidde", { min: 0, unit: "km" });
    const yearlyCostDkk = f.number(c.yearlyCostDkk, "Årlig omkostning", { min: 0, unit: "kr" });
    const leaseStartMs = f.dateTime(c.leaseStart, "Start leasing", false);
    const leaseEndMs = f.dateTime(c.leaseEnd, "Slut leasing", false);
    const kmPerYear = f.number(c.kmPerYear, "Km pr år", { min: 0 });
    const restHours = f.number(c.restHours, "Hviletid", { min: 0, max: 24, unit: "h" });
    // No location marks a candidate ("test") vehicle: usable in a simulated fleet, never part of
    // a location's current fleet (as the reference's test vehicles).
    const location = parseTextCell(c.location?.value ?? null);
    if (f.errors.length > errorsBefore) {
      reject();
      continue;
    }

    const issues: CellError[] = [];
    const needs = (cell: typeof c.id | undefined, header: string, why: { en: string; da: string }) =>
      issues.push(
        cellError(
          sheet.name,
          cell?.address ?? `A${row.row}`,
          {
            message: `Vehicle ${id} has no "${header}", ${why.en}.`,
            fix: `Fill in "${header}" for vehicle ${id}, or leave it out of the simulation.`,
          },
          {
            message: `Køretøj ${id} mangler "${header}", ${why.da}.`,
            fix: `Udfyld "${header}" for køretøj ${id}, eller lad det være ude af simuleringen.`,
          },
        ),
      );
    if (yearlyCostDkk === null)
      needs(c.yearlyCostDkk, "Årlig omkostning", {
        en: "which the yearly cost needs",
        da: "som den årlige omkostning kræver",
      });
    if (type === "fossil" && !(kmPerLitre && kmPerLitre > 0))
      needs(c.kmPerLitre, "WLTP Fossil", {
        en: "which a fossil car's fuel use needs",
        da: "som en fossilbils brændstofforbrug kræver",
      });
    if (type === "ev" && !(whPerKm && whPerKm > 0))
      needs(c.whPerKm, "WLTP El", {
        en: "which an EV's energy use needs",
        da: "som en elbils energiforbrug kræver",
      });
    if (type === "ev" && !(rangeKm && rangeKm > 0))
      needs(c.rangeKm, "Rækkevidde", {
        en: "which an EV's battery rule needs",
        da: "som elbilens batteriregel kræver",
      });
    if (issues.length) usageIssues.set(id, issues);

    vehicles.push({
      id,
      plate: parseTextCell(c.plate?.value ?? null),
      make: parseTextCell(c.make?.value ?? null),
      model: parseTextCell(c.model?.value ?? null),
      type,
      fuelLabel: fuelText === "" ? (type === "ev" ? "el" : "bike") : fuelText,
      fuel,
      kmPerLitre,
      whPerKm,
      capacityDecreasePct,
      co2GramPerKm,
      rangeKm,
      yearlyCostDkk,
      leaseStartMs,
      leaseEndMs,
      leasingType: isEmptyCell(c.leasingType?.value ?? null) ? null : parseTextCell(c.leasingType.value),
      kmPerYear,
      restHours,
      location,
      ...optionalText("department", c.department),
      ...optionalText("forvaltning", c.forvaltning),
      sourceRow: row.row,
    });
  }
  return { vehicles, errors: f.errors, usageIssues, rejectedIds, columns };
}

/** Afdeling and Forvaltning only when the sheet has them, so older results stay as they were. */
function optionalText<K extends "department" | "forvaltning">(
  key: K,
  cell: LocatedRow["cells"][string] | undefined,
): Partial<Record<K, string>> {
  const text = parseTextCell(cell?.value ?? null);
  return text === "" ? {} : ({ [key]: text } as Partial<Record<K, string>>);
}

function defaultFuel(type: Vehicle["type"]) {
  if (type === "bike" || type === "ebike") return "none" as const;
  if (type === "ev") return "electric" as const;
  return null;
}
