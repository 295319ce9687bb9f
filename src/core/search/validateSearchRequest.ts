import { ScenarioError } from "../scenario/scenarioError";
import type { Vehicle } from "../model/types";
import { defaultLimits, type SearchLimits, type SearchRequest } from "./searchRequest";

/** Rejects goals a search cannot work with, naming the goal and the range it must be in. */
export function validateSearchRequest(request: SearchRequest): SearchLimits {
  const g = request.goals;
  const check = (ok: boolean, en: string, da: string) => {
    if (!ok) throw new ScenarioError(en, da);
  };
  check(
    Number.isFinite(g.co2eReductionPct) && g.co2eReductionPct >= 0 && g.co2eReductionPct <= 100,
    `The CO2e reduction must be a percentage from 0 to 100, not ${g.co2eReductionPct}.`,
    `CO2e-reduktionen skal være en procent fra 0 til 100, ikke ${g.co2eReductionPct}.`,
  );
  check(
    Number.isFinite(g.maxExtraCostDkk),
    "The maximum extra yearly cost must be a number of kroner.",
    "Den maksimale ekstra årlige omkostning skal være et tal i kroner.",
  );
  check(
    Number.isFinite(g.priority) && g.priority >= 0 && g.priority <= 10,
    `The priority must be from 0 (cost) to 10 (CO2e), not ${g.priority}.`,
    `Prioriteten skal være fra 0 (omkostning) til 10 (CO2e), ikke ${g.priority}.`,
  );
  check(
    Number.isInteger(g.allowedUnallocatedTrips) && g.allowedUnallocatedTrips >= 0,
    `The allowed unallocated trips must be a whole number of 0 or more, not ${g.allowedUnallocatedTrips}.`,
    `Antallet af tilladte ikke-allokerede ture skal være et helt tal på 0 eller mere, ikke ${g.allowedUnallocatedTrips}.`,
  );
  check(
    Number.isFinite(g.maxUnallocatedKm) && g.maxUnallocatedKm >= 0,
    `The longest allowed unallocated trip must be 0 km or more, not ${g.maxUnallocatedKm}.`,
    `Den længste tilladte ikke-allokerede tur skal være 0 km eller mere, ikke ${g.maxUnallocatedKm}.`,
  );
  const limits = { ...defaultLimits(), ...request.limits };
  for (const [key, value] of Object.entries(limits))
    check(
      Number.isInteger(value) && value >= (key === "tenure" ? 0 : 1),
      `The search setting ${key} must be a positive whole number, not ${value}.`,
      `Søgeindstillingen ${key} skal være et positivt helt tal, ikke ${value}.`,
    );
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
    if (!current.has(id))
      throw new ScenarioError(
        `Locked vehicle ${id} is not in the current fleet; only vehicles the location has can be kept.`,
        `Det låste køretøj ${id} er ikke i den nuværende flåde; kun lokationens køretøjer kan beholdes.`,
      );
  for (const id of candidateIds)
    if (!byId.has(id))
      throw new ScenarioError(
        `Candidate ${id} is not in the vehicle sheet or the candidate sheet.`,
        `Kandidat ${id} findes hverken på køretøjsarket eller kandidatarket.`,
      );
}
