import type { Parameters, TimeWindow } from "../../core/model/parameters";
import {
  defaultParameters,
  findParameterDefinition,
  parseTimeWindows,
  PARAMETER_DEFINITIONS,
} from "../../core/model/parameters";
import type { SheetData } from "../sheetData";
import { PARAMETERS_SHEET } from "../schema/sheets";
import type { CellError } from "./cellError";
import { FieldReader } from "./fieldReaders";
import { locateTable } from "./locateTable";
import { isEmptyCell, parseTextCell } from "./cellParsers";

export interface ParametersRead {
  parameters: Parameters;
  errors: CellError[];
  /** Keys the sheet set explicitly (the rest are defaults), for the settings block of a result. */
  explicitKeys: string[];
}

/**
 * Reads the Parametre sheet; a missing row keeps the base value (the default), an unknown key is
 * an error.
 */
export function readParameters(
  sheet: SheetData | null,
  base: Parameters = defaultParameters(),
): ParametersRead {
  const parameters = { ...base };
  if (!sheet) return { parameters, errors: [], explicitKeys: [] };
  const { table, errors } = locateTable(sheet, PARAMETERS_SHEET);
  if (!table) return { parameters, errors, explicitKeys: [] };
  const f = new FieldReader(sheet.name);
  const explicitKeys: string[] = [];
  const rowOfKey = new Map<string, number>();
  const target = parameters as unknown as Record<string, number | string | TimeWindow[]>;
  for (const row of table.rows) {
    const key = parseTextCell(row.cells.key.value);
    if (key === "") continue;
    const def = findParameterDefinition(key);
    if (!def) {
      f.add(
        row.cells.key,
        {
          message: `"${key}" is not a known parameter.`,
          fix: `Correct the name (known: ${PARAMETER_DEFINITIONS.map((d) => d.key).join(", ")}) or delete the row.`,
        },
        {
          message: `"${key}" er ikke en kendt parameter.`,
          fix: `Ret navnet (kendte: ${PARAMETER_DEFINITIONS.map((d) => d.key).join(", ")}) eller slet rækken.`,
        },
      );
      continue;
    }
    const seen = rowOfKey.get(def.key);
    if (seen !== undefined) {
      f.add(
        row.cells.key,
        {
          message: `Parameter ${def.key} is set twice (also in row ${seen}).`,
          fix: "Keep one row per parameter.",
        },
        {
          message: `Parameteren ${def.key} er sat to gange (også i række ${seen}).`,
          fix: "Behold én række pr. parameter.",
        },
      );
      continue;
    }
    rowOfKey.set(def.key, row.row);
    const cell = row.cells.value;
    if (isEmptyCell(cell.value)) continue;
    if (def.kind === "number") {
      const n = f.number(cell, def.key, { min: def.min, max: def.max, unit: def.unit || undefined });
      if (n !== null) target[def.field] = n;
    } else if (def.kind === "slots") {
      const text = parseTextCell(cell.value);
      const windows = parseTimeWindows(text);
      if (!windows) {
        f.add(
          cell,
          {
            message: `${def.key} "${text}" is not a list of time windows, or a window ends before it starts.`,
            fix: "Write windows as 07:00-15:30, several separated by ;.",
          },
          {
            message: `${def.key} "${text}" er ikke en liste af tidsrum, eller et tidsrum slutter før det starter.`,
            fix: "Skriv tidsrum som 07:00-15:30, flere adskilt af ;.",
          },
        );
      } else target[def.field] = windows;
    } else {
      const text = parseTextCell(cell.value).toLowerCase();
      if (def.choices && !def.choices.includes(text)) {
        f.add(
          cell,
          {
            message: `${def.key} "${text}" is not one of ${def.choices.join(", ")}.`,
            fix: `Choose one of ${def.choices.join(", ")}.`,
          },
          {
            message: `${def.key} "${text}" er ikke en af ${def.choices.join(", ")}.`,
            fix: `Vælg en af ${def.choices.join(", ")}.`,
          },
        );
      } else target[def.field] = text;
    }
    explicitKeys.push(def.key);
  }
  return { parameters, errors: f.errors, explicitKeys };
}

/**
 * Applies settings changed for one run (the pane's bike settings) over the sheet's parameters,
 * validated exactly like Parametre cells. Errors carry no sheet: there is no cell to select.
 */
export function applyParameterOverrides(
  parameters: Parameters,
  overrides: Record<string, number | string> | undefined,
): { parameters: Parameters; errors: CellError[]; keys: string[] } {
  const entries = Object.entries(overrides ?? {});
  if (entries.length === 0) return { parameters, errors: [], keys: [] };
  const sheet: SheetData = {
    name: "",
    originRow: 1,
    originCol: 1,
    values: [["Parameter", "Værdi"], ...entries],
  };
  const read = readParameters(sheet, parameters);
  return {
    parameters: read.parameters,
    errors: read.errors.map((e) => ({ ...e, sheet: "", cell: "" })),
    keys: read.explicitKeys,
  };
}
