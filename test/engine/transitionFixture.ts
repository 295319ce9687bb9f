import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeResultFile } from "../../src/hosts/file/writeWorkbookFile";
import { simulateSheets } from "../../src/engine/simulate";
import { cellResult, type PlanCell, type SheetPlan, type WorkbookPlan } from "../../src/workbook/plan/types";
import type { CellValue, SheetData } from "../../src/workbook/sheetData";
import type { InputSheets } from "../../src/engine/api";
import type { Language } from "../../src/core/language";

/** 2025-03-03 as an Excel serial: the first day of the fixture's trips. */
export const D = 45719;
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

export const VEHICLE_HEADER = [
  "Bil id",
  "Nummerplade",
  "Mærke",
  "Model",
  "Type",
  "Drivmiddel",
  "WLTP Fossil",
  "WLTP El",
  "Rækkevidde",
  "Årlig omkostning",
  "Slut leasing",
  "Lokation",
];

/**
 * Today: a Yaris whose lease ends 30 June 2027, a Fabia whose lease ends 31 March 2028, and a Zoe
 * leased to the end of 2029. The scenario: two Zoes. So the plan keeps the Zoe, replaces the Yaris
 * by a new Zoe on 30 June 2027 and lets the Fabia go on 31 March 2028.
 */
export function vehicleRows(leaseEndOfYaris: CellValue = serial(2027, 6, 30)): CellValue[][] {
  return [
    VEHICLE_HEADER,
    [
      "1",
      "AB10001",
      "Toyota",
      "Yaris",
      "fossilbil",
      "benzin",
      20,
      null,
      null,
      40_000,
      leaseEndOfYaris,
      "Loc",
    ],
    [
      "2",
      "AB10002",
      "Skoda",
      "Fabia",
      "fossilbil",
      "benzin",
      15,
      null,
      null,
      38_000,
      serial(2028, 3, 31),
      "Loc",
    ],
    ["4", "EV10004", "Renault", "Zoe", "elbil", "el", null, 165, 300, 45_000, serial(2029, 12, 31), "Loc"],
  ];
}

/** Five days; each day three trips overlap in the morning, so two vehicles leave one to employees. */
export function tripRows(): CellValue[][] {
  const rows: CellValue[][] = [["Starttid", "Sluttid", "Turlængde", "Bil id", "Lokation", "Tur id"]];
  for (let day = 0; day < 5; day++) {
    const at = (hours: number) => D + day + hours / 24;
    rows.push([at(8), at(10), 40, "1", "Loc", `T${day}a`]);
    rows.push([at(9), at(11), 30, "2", "Loc", `T${day}b`]);
    rows.push([at(9.5), at(12), 25, "4", "Loc", `T${day}c`]);
    rows.push([at(13), at(14), 20 + day, "1", "Loc", `T${day}d`]);
  }
  return rows;
}

export const INPUTS: InputSheets = { vehicles: "Køretøjer", trips: "Ture", parameters: null };

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  originRow: 1,
  originCol: 1,
  values,
});

/** The input sheets and the scenario sheet a simulation of two Zoes writes, as a host reads them. */
export function transitionWorkbook(
  options: { leaseEndOfYaris?: CellValue; language?: Language; keepToday?: boolean } = {},
): {
  sheets: SheetData[];
  scenario: SheetPlan;
} {
  const inputs = [sheet("Køretøjer", vehicleRows(options.leaseEndOfYaris)), sheet("Ture", tripRows())];
  const scenario = scenarioPlanOf(inputs, options.language ?? "en", options.keepToday ?? false);
  return { sheets: [...inputs, sheetDataOf(scenario, "Scenario")], scenario };
}

function scenarioPlanOf(inputs: SheetData[], language: Language, keepToday: boolean): SheetPlan {
  // The scenario is simulated with valid lease dates: only the plan reads them.
  const valid = [sheet("Køretøjer", vehicleRows()), inputs[1]];
  const outcome = simulateSheets(valid, INPUTS, {
    location: "Loc",
    fromDate: null,
    toDate: null,
    currentIds: null,
    fleet: keepToday ? null : [{ sourceId: "4", count: 2 }],
    allocation: "greedy",
    limitKm: false,
    language,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return (outcome.value.plan as WorkbookPlan).sheets[0];
}

/** A sheet plan as a reader that does not recalculate sees it: formulas as their results. */
export function sheetDataOf(plan: SheetPlan, name = plan.name): SheetData {
  const values: CellValue[][] = [];
  const put = (row: number, col: number, cell: PlanCell) => {
    while (values.length < row) values.push([]);
    const r = values[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = cellResult(cell);
  };
  for (const range of plan.ranges)
    range.values.forEach((cells, r) => cells.forEach((cell, c) => put(range.row + r, range.col + c, cell)));
  for (const table of plan.tables) {
    const legacy = table as unknown as { header?: string[] };
    const header = table.columns?.map((c) => c.header) ?? legacy.header ?? [];
    [header, ...table.rows].forEach((cells, r) =>
      cells.forEach((cell, c) => put(table.row + r, table.col + c, cell)),
    );
  }
  return { name, originRow: 1, originCol: 1, values };
}

const rawSheet = (name: string, values: CellValue[][]): SheetPlan => ({
  name,
  ranges: [{ row: 1, col: 1, values: values.map((r) => r.map((v) => (v instanceof Date ? null : v))) }],
  tables: [],
});

/** A workbook file as a user has it after `simulate --out`: the inputs and one scenario sheet. */
export async function bookWithScenario(dir: string, leaseEndOfYaris?: CellValue): Promise<string> {
  const { scenario } = transitionWorkbook();
  const path = join(dir, "book.xlsx");
  const bytes = await writeResultFile(null, {
    sheets: [
      rawSheet("Køretøjer", vehicleRows(leaseEndOfYaris)),
      rawSheet("Ture", tripRows()),
      { ...scenario, name: "Scenario", activate: false },
    ],
  });
  writeFileSync(path, bytes);
  return path;
}
