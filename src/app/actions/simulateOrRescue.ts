import { isAbortError, type AbortableEngine } from "../../worker/client";
import type { EngineResult, InputSheets, Progress, SimulationOutcome } from "../../engine/api";
import type { ScenarioRequest } from "../../core/scenario/scenarioRequest";
import type { SheetData } from "../../workbook/sheetData";
import { AllocationRescue, eitherSignal } from "./allocationRescue";

/**
 * engine.simulate, except that an optimal allocation stopped by the user's cancel or by the
 * watchdog returns its best allocation so far instead of nothing: the worker is terminated (the
 * only way to stop HiGHS) and a fresh one replays the streamed incumbent. Without an incumbent a
 * cancel is a cancel (AbortError), as for every other run.
 */
export async function simulateOrRescue(
  engine: AbortableEngine,
  signal: AbortSignal,
  sheets: SheetData[],
  inputs: InputSheets,
  request: ScenarioRequest,
  onProgress: (p: Progress) => void,
  graceSec?: number,
): Promise<EngineResult<SimulationOutcome>> {
  if (request.allocation !== "optimal") return engine.simulate(signal, sheets, inputs, request, onProgress);
  const watchdog = new AbortController();
  const rescue = new AllocationRescue(() => watchdog.abort(), graceSec);
  try {
    return await engine.simulate(eitherSignal(signal, watchdog.signal), sheets, inputs, request, (p) => {
      rescue.observe(p);
      onProgress(p);
    });
  } catch (error) {
    const again = isAbortError(error) ? rescue.rescueRequest(request) : null;
    if (!again) throw error;
    onProgress({ kind: "phase", phase: rescue.watchdogFired ? "watchdog" : "rescuing", fraction: 1 });
    // The replay is fast and must not be cancelled by the same click: a fresh signal.
    return await engine.simulate(new AbortController().signal, sheets, inputs, again);
  } finally {
    rescue.dispose();
  }
}
