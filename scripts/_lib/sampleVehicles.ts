import type { Random } from "./random";

/**
 * The sample's vehicles: one home-care location ("Hjemmeplejen Nord", 40 vehicles) and 3 candidate
 * models with no trips for the simulated fleet. One location, so `fleetopt simulate` runs on the
 * sample without --location.
 */

export const MAIN_LOCATION = "Hjemmeplejen Nord";

export type SampleVehicleType = "cykel" | "elcykel" | "elbil" | "fossilbil";

/** One Køretøjer row; the keys are the `field` names of VEHICLES_SHEET. */
export interface SampleVehicle {
  id: number;
  plate: string | null;
  make: string;
  model: string;
  type: SampleVehicleType;
  fuel: "benzin" | "diesel" | "el" | "bike";
  kmPerLitre: number | null;
  whPerKm: number | null;
  capacityDecreasePct: number | null;
  co2GramPerKm: number | null;
  rangeKm: number | null;
  yearlyCostDkk: number;
  /** Excel serial dates. */
  leaseStart: number | null;
  leaseEnd: number | null;
  leasingType: "operationel" | "finansiel" | "ejet" | null;
  kmPerYear: number | null;
  restHours: number | null;
  /** Lokation; null (an empty cell) for a candidate, which the readers take as "no location yet". */
  location: string | null;
  /**
   * A model offered for the simulated fleet: not owned today, so it has no plate, no location and
   * no trips, and is never part of a location's current fleet.
   */
  candidate: boolean;
}

interface FossilModel {
  make: string;
  model: string;
  kmPerLitre: [number, number];
}

const PETROL_MODELS: readonly FossilModel[] = [
  { make: "Toyota", model: "Yaris", kmPerLitre: [20, 24] },
  { make: "Skoda", model: "Fabia", kmPerLitre: [18, 21] },
  { make: "Peugeot", model: "208", kmPerLitre: [18, 21] },
  { make: "VW", model: "Polo", kmPerLitre: [17, 20] },
  { make: "Toyota", model: "Aygo X", kmPerLitre: [21, 24] },
  { make: "Suzuki", model: "Swift", kmPerLitre: [19, 23] },
];

const DIESEL_MODELS: readonly FossilModel[] = [
  { make: "Citroën", model: "Berlingo", kmPerLitre: [16, 19] },
  { make: "Peugeot", model: "Partner", kmPerLitre: [15, 18] },
  { make: "VW", model: "Caddy", kmPerLitre: [15, 18] },
];

interface EvModel {
  make: string;
  model: string;
  whPerKm: number;
  rangeKm: number;
}

const EV_MODELS: readonly EvModel[] = [
  { make: "Renault", model: "Zoe", whPerKm: 165, rangeKm: 390 },
  { make: "Peugeot", model: "e-208", whPerKm: 155, rangeKm: 340 },
  { make: "VW", model: "ID.3", whPerKm: 160, rangeKm: 420 },
  { make: "Kia", model: "e-Niro", whPerKm: 160, rangeKm: 455 },
];

/** kg CO2e per litre (product.md §4.3), for the Co2 pr km column of fossil cars. */
const CO2_KG_PER_LITRE = { benzin: 2.52, diesel: 2.98 } as const;

const PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ";

/** Excel serial of a calendar date (days since 1899-12-30). */
export function dateSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
}

export function buildSampleVehicles(random: Random): SampleVehicle[] {
  const plates = new Set<string>();
  const plate = (): string => {
    for (;;) {
      const p = `${random.pick([...PLATE_LETTERS])}${random.pick([...PLATE_LETTERS])}${random.int(10000, 99999)}`;
      if (!plates.has(p)) {
        plates.add(p);
        return p;
      }
    }
  };
  const vehicles: SampleVehicle[] = [];
  let nextId = 1001;
  const add = (v: Omit<SampleVehicle, "id" | "candidate">, candidate = false) =>
    vehicles.push({ id: nextId++, ...v, candidate });

  const leased = () => lease(random);
  for (let i = 0; i < 20; i++)
    add({ ...fossil(random, PETROL_MODELS, "benzin"), plate: plate(), ...leased(), location: MAIN_LOCATION });
  for (let i = 0; i < 6; i++)
    add({ ...fossil(random, DIESEL_MODELS, "diesel"), plate: plate(), ...leased(), location: MAIN_LOCATION });
  for (let i = 0; i < 8; i++)
    add({
      ...ev(random, EV_MODELS[i % EV_MODELS.length]),
      plate: plate(),
      ...leased(),
      location: MAIN_LOCATION,
    });
  for (let i = 0; i < 4; i++) add({ ...bike(random, "cykel"), location: MAIN_LOCATION });
  for (let i = 0; i < 2; i++) add({ ...bike(random, "elcykel"), location: MAIN_LOCATION });

  // Candidates: models the user may add to the simulated fleet; no lease yet, so no dates.
  const noLease = { plate: null, leaseStart: null, leaseEnd: null, leasingType: "operationel" as const };
  add({ ...ev(random, EV_MODELS[0]), ...noLease, kmPerYear: 20_000, location: null }, true);
  add({ ...ev(random, EV_MODELS[2]), ...noLease, kmPerYear: 20_000, location: null }, true);
  add({ ...bike(random, "elcykel"), location: null }, true);

  // The sample once had a second, small location: four cars drawn here, after the candidates. They
  // are gone, but their draws are still made and discarded, so the seed keeps giving Hjemmeplejen
  // Nord exactly the trips it had (the trips are drawn from the same stream, after the vehicles).
  for (const models of [PETROL_MODELS.slice(0, 1), PETROL_MODELS.slice(3, 4)]) {
    fossil(random, models, "benzin");
    plate();
    leased();
  }
  fossil(random, DIESEL_MODELS.slice(0, 1), "diesel");
  plate();
  leased();
  ev(random, EV_MODELS[0]);
  plate();
  leased();
  return vehicles;
}

type ModelFields = Omit<
  SampleVehicle,
  "id" | "candidate" | "plate" | "location" | "leaseStart" | "leaseEnd" | "leasingType" | "kmPerYear"
>;
type LeaseFields = Pick<SampleVehicle, "leaseStart" | "leaseEnd" | "leasingType" | "kmPerYear">;

function fossil(random: Random, models: readonly FossilModel[], fuel: "benzin" | "diesel"): ModelFields {
  const m = random.pick(models);
  const kmPerLitre = Math.round(random.uniform(m.kmPerLitre[0], m.kmPerLitre[1]) * 10) / 10;
  return {
    make: m.make,
    model: m.model,
    type: "fossilbil",
    fuel,
    kmPerLitre,
    whPerKm: null,
    capacityDecreasePct: null,
    co2GramPerKm: Math.round((CO2_KG_PER_LITRE[fuel] * 1000) / kmPerLitre),
    rangeKm: null,
    yearlyCostDkk: roundTo(random.uniform(38_000, 52_000), 100),
    restHours: null,
  };
}

function ev(random: Random, m: EvModel): ModelFields {
  return {
    make: m.make,
    model: m.model,
    type: "elbil",
    fuel: "el",
    kmPerLitre: null,
    whPerKm: m.whPerKm,
    capacityDecreasePct: random.int(10, 20),
    co2GramPerKm: null,
    rangeKm: m.rangeKm,
    yearlyCostDkk: roundTo(random.uniform(42_000, 55_000), 100),
    restHours: 7,
  };
}

function bike(
  random: Random,
  type: "cykel" | "elcykel",
): Omit<SampleVehicle, "id" | "candidate" | "location"> {
  const electric = type === "elcykel";
  return {
    plate: null,
    make: electric ? "Winther" : "Christiania",
    model: electric ? "Wave E" : "Classic",
    type,
    fuel: "bike",
    kmPerLitre: null,
    whPerKm: null,
    capacityDecreasePct: null,
    co2GramPerKm: null,
    rangeKm: null,
    yearlyCostDkk: electric
      ? roundTo(random.uniform(4_200, 4_800), 50)
      : roundTo(random.uniform(1_800, 2_200), 50),
    leaseStart: null,
    leaseEnd: null,
    leasingType: "ejet",
    kmPerYear: null,
    restHours: null,
  };
}

/**
 * An operational lease of 3 or 4 years that started between 2022 and late 2024, so every lease
 * runs through the sample period and some end within a year of it (the search locks the others).
 */
function lease(random: Random): LeaseFields {
  const year = random.int(2022, 2024);
  const month = year === 2024 ? random.int(1, 10) : random.int(1, 12);
  const years = year === 2022 ? 4 : random.pick([3, 4]);
  return {
    leaseStart: dateSerial(year, month, 1),
    // The day before the anniversary, as lease contracts state it.
    leaseEnd: dateSerial(year + years, month, 1) - 1,
    leasingType: "operationel",
    kmPerYear: random.int(15, 25) * 1000,
  };
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
