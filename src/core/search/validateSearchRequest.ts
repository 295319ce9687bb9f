import { ScenarioError, type ScenarioErrorCode, type ScenarioErrorVars } from "../scenario/scenarioError";
import type { Vehicle } from "../model/types";
import { defaultLimits, type SearchLimits, type SearchRequest } from "./searchRequest";

/** Rejects goals a search cannot work with, naming the goal and the range it must be in. */
export function validateSearchRequest(request: SearchRequest): SearchLimits {
  const g = request.goals;
  const check = (ok: boolean, code: ScenarioErrorCode, vars: ScenarioErrorVars = {}) => {
    if (!ok) throw new ScenarioError(code, vars);
  };
  check(
    Number.isFinite(g.co2eReductionPct) && g.co2eReductionPct >= 0 && g.co2eReductionPct <= 100,
    "co2eReductionOutOfRange",
    { value: g.co2eReductionPct },
  );
  check(Number.isFinite(g.maxExtraCostDkk), "maxExtraCostNotANumber");
  check(Number.isFinite(g.priority) && g.priority >= 0 && g.priority <= 10, "priorityOutOfRange", {
    value: g.priority,
  });
  check(
    Number.isInteger(g.allowedUnallocatedTrips) && g.allowedUnallocatedTrips >= 0,
    "allowedUnallocatedTripsOutOfRange",
    { value: g.allowedUnallocatedTrips },
  );
  check(Number.isFinite(g.maxUnallocatedKm) && g.maxUnallocatedKm >= 0, "maxUnallocatedKmOutOfRange", {
    value: g.maxUnallocatedKm,
  });
  const limits = { ...defaultLimits(), ...request.limits };
  for (const [key, value] of Object.entries(limits))
    check(Number.isInteger(value) && value >= (key === "tenure" ? 0 : 1), "searchSettingOutOfRange", {
      key,
      value,
    });
  return limits;
}

/** Ids the request names must be vehicles; locked ones must belong to the current fleet. */
export function checkSearchIds(
  lockedIds: readonly string[],
  candidateIds: readonly string[],
  currentIds: readonly string[],
  byId: ReadonlyMap<string, Vehicle>,
): void {
  const current = new Set(currentIds);
  for (const id of lockedIds)
    if (!current.has(id)) throw new ScenarioError("lockedVehicleNotCurrent", { id });
  for (const id of candidateIds) if (!byId.has(id)) throw new ScenarioError("candidateUnknown", { id });
}
