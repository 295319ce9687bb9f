import type { ScenarioError, ScenarioErrorCode, ScenarioErrorVars } from "../core/scenario/scenarioError";
import type { Language } from "../core/language";

type Text = (v: ScenarioErrorVars) => string;

/** Core's request faults in words: one entry per code, English and Danish side by side. */
const MESSAGES: Record<ScenarioErrorCode, Record<Language, Text>> = {
  savedAllocationStale: {
    en: (v) =>
      `The saved allocation has ${v.saved} trips but the scenario has ${v.trips}: the data changed; run the simulation again.`,
    da: (v) =>
      `Den gemte tildeling har ${v.saved} ture, men scenariet har ${v.trips}: data er ændret; kør simuleringen igen.`,
  },
  solverMissing: {
    en: () => "The optimal allocation needs the HiGHS solver, which did not load.",
    da: () => "Den optimale tildeling kræver HiGHS-løseren, som ikke blev indlæst.",
  },
  currentVehicleUnknown: {
    en: (v) => `Vehicle ${v.id} of the current fleet is not in the vehicle sheet.`,
    da: (v) => `Køretøj ${v.id} i den nuværende flåde findes ikke på køretøjsarket.`,
  },
  locationWithoutVehicles: {
    en: (v) => `Location "${v.location}" has no vehicles to form the current fleet.`,
    da: (v) => `Lokationen "${v.location}" har ingen køretøjer til den nuværende flåde.`,
  },
  currentFleetWithoutTrips: {
    en: (v) => `The current fleet at "${v.location}" has no trips, so there is no period to simulate.`,
    da: (v) => `Den nuværende flåde på "${v.location}" har ingen ture, så der er ingen periode at simulere.`,
  },
  periodEndsBeforeStart: {
    en: (v) => `The period ends (${v.to}) before it starts (${v.from}).`,
    da: (v) => `Perioden slutter (${v.to}) før den starter (${v.from}).`,
  },
  simulatedVehicleUnknown: {
    en: (v) => `Vehicle ${v.id} of the simulated fleet is not in the vehicle sheet.`,
    da: (v) => `Køretøj ${v.id} i den simulerede flåde findes ikke på køretøjsarket.`,
  },
  countNotWhole: {
    en: (v) => `The count for vehicle ${v.id} must be a whole number of 0 or more.`,
    da: (v) => `Antallet for køretøj ${v.id} skal være et helt tal på 0 eller mere.`,
  },
  locationAmbiguous: {
    en: (v) => `The data has ${v.count} locations (${v.locations}); choose one.`,
    da: (v) => `Data har ${v.count} lokationer (${v.locations}); vælg én.`,
  },
  locationUnknown: {
    en: (v) => `There is no location "${v.wanted}" (known: ${v.locations}).`,
    da: (v) => `Der er ingen lokation "${v.wanted}" (kendte: ${v.locations}).`,
  },
  dateInvalid: {
    en: (v) => `The ${v.which} date "${v.text}" is not a date like 2025-03-31.`,
    da: (v) => `Datoen "${v.text}" er ikke en dato som 2025-03-31.`,
  },
  co2eReductionOutOfRange: {
    en: (v) => `The CO2e reduction must be a percentage from 0 to 100, not ${v.value}.`,
    da: (v) => `CO2e-reduktionen skal være en procent fra 0 til 100, ikke ${v.value}.`,
  },
  maxExtraCostNotANumber: {
    en: () => "The maximum extra yearly cost must be a number of kroner.",
    da: () => "Den maksimale ekstra årlige omkostning skal være et tal i kroner.",
  },
  priorityOutOfRange: {
    en: (v) => `The priority must be from 0 (cost) to 10 (CO2e), not ${v.value}.`,
    da: (v) => `Prioriteten skal være fra 0 (omkostning) til 10 (CO2e), ikke ${v.value}.`,
  },
  allowedUnallocatedTripsOutOfRange: {
    en: (v) => `The allowed unallocated trips must be a whole number of 0 or more, not ${v.value}.`,
    da: (v) =>
      `Antallet af tilladte ikke-allokerede ture skal være et helt tal på 0 eller mere, ikke ${v.value}.`,
  },
  maxUnallocatedKmOutOfRange: {
    en: (v) => `The longest allowed unallocated trip must be 0 km or more, not ${v.value}.`,
    da: (v) => `Den længste tilladte ikke-allokerede tur skal være 0 km eller mere, ikke ${v.value}.`,
  },
  searchSettingOutOfRange: {
    en: (v) => `The search setting ${v.key} must be a positive whole number, not ${v.value}.`,
    da: (v) => `Søgeindstillingen ${v.key} skal være et positivt helt tal, ikke ${v.value}.`,
  },
  lockedVehicleNotCurrent: {
    en: (v) =>
      `Locked vehicle ${v.id} is not in the current fleet; only vehicles the location has can be kept.`,
    da: (v) =>
      `Det låste køretøj ${v.id} er ikke i den nuværende flåde; kun lokationens køretøjer kan beholdes.`,
  },
  candidateUnknown: {
    en: (v) => `Candidate ${v.id} is not in the vehicle sheet or the candidate sheet.`,
    da: (v) => `Kandidat ${v.id} findes hverken på køretøjsarket eller kandidatarket.`,
  },
};

export function scenarioErrorText(error: ScenarioError, language: Language): string {
  return MESSAGES[error.code][language](error.vars);
}
