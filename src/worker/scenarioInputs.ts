import type { SheetData } from "../workbook/sheetData";
import type { CellError } from "../workbook/read/cellError";
import { readInputs, type FleetInputs } from "../workbook/read/readInputs";
import { applyParameterOverrides } from "../workbook/read/readParameters";
import type { ScenarioData } from "../core/scenario/runScenario";
import type { ScenarioError } from "../core/scenario/scenarioError";
import type { EngineResult, InputSheets } from "./api";

/** The checked inputs of a run: what the sheets hold, and the engine's data with this run's overrides. */
export interface ScenarioInputs {
  inputs: FleetInputs;
  data: ScenarioData;
  /** Parameter keys this run overrides (the pane's bike settings). */
  overrideKeys: string[];
}

/**
 * Reads the input sheets and applies the run's parameter overrides: what simulate, dashboards and
 * search all start from. Every call validates again, as the user may have edited the workbook.
 */
export function readScenarioInputs(
  sheets: SheetData[],
  inputs: InputSheets,
  overrides: Record<string, number | string> | undefined,
): EngineResult<ScenarioInputs> {
  const read = readInputs(sheets, inputs);
  if (!read.ok) return { ok: false, errors: read.errors };
  const overridden = applyParameterOverrides(read.inputs.parameters, overrides);
  if (overridden.errors.length) return { ok: false, errors: overridden.errors };
  const { vehicles, trips, shifts } = read.inputs;
  return {
    ok: true,
    value: {
      inputs: read.inputs,
      data: { vehicles, trips, params: overridden.parameters, shifts },
      overrideKeys: overridden.keys,
    },
  };
}

/** A request error has no cell: sheet and cell stay empty, and hosts show the message alone. */
export function requestError(e: ScenarioError): CellError {
  return { sheet: "", cell: "", messageEn: e.messageEn, fixEn: "", messageDa: e.messageDa, fixDa: "" };
}
