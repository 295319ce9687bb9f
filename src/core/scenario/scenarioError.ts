/**
 * Why the data cannot answer a request (unknown location, vehicle or date, a search goal out of
 * range). Core names the fault and its figures only; the words, in English and Danish, are the
 * engine's message table (src/engine/scenarioErrorMessages.ts), so core holds no user text.
 */
export type ScenarioErrorCode =
  | "savedAllocationStale"
  | "solverMissing"
  | "currentVehicleUnknown"
  | "locationWithoutVehicles"
  | "currentFleetWithoutTrips"
  | "periodEndsBeforeStart"
  | "simulatedVehicleUnknown"
  | "countNotWhole"
  | "locationAmbiguous"
  | "locationUnknown"
  | "dateInvalid"
  | "co2eReductionOutOfRange"
  | "maxExtraCostNotANumber"
  | "priorityOutOfRange"
  | "allowedUnallocatedTripsOutOfRange"
  | "maxUnallocatedKmOutOfRange"
  | "searchSettingOutOfRange"
  | "lockedVehicleNotCurrent"
  | "candidateUnknown";

export type ScenarioErrorVars = Readonly<Record<string, string | number>>;

export class ScenarioError extends Error {
  constructor(
    readonly code: ScenarioErrorCode,
    readonly vars: ScenarioErrorVars = {},
  ) {
    super(`${code} ${JSON.stringify(vars)}`);
    this.name = "ScenarioError";
  }
}
