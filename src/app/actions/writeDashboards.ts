import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { InputSheets } from "../../engine/api";
import type { ScenarioRequest } from "../../core/scenario/scenarioRequest";
import type { CellError } from "../../workbook/read/cellError";
import { readInputSheets } from "./readInputSheets";
import { abortable } from "./abortable";

export type DashboardsOutcome =
  { kind: "written"; sheetNames: string[] } | { kind: "rejected"; errors: CellError[] };

/**
 * The Dashboards action: read the input sheets, let the engine build the dashboard sheet for the
 * form's location and period, and write it as a new sheet (all-or-nothing, like every plan).
 */
export async function writeDashboards(
  host: WorkbookHost,
  engine: AbortableEngine,
  signal: AbortSignal,
  inputs: InputSheets,
  request: ScenarioRequest,
): Promise<DashboardsOutcome> {
  const sheets = await abortable(signal, readInputSheets(host, inputs));
  const result = await engine.dashboards(signal, sheets, inputs, request);
  if (!result.ok) return { kind: "rejected", errors: result.errors };
  return { kind: "written", sheetNames: await host.writePlan(result.value) };
}
