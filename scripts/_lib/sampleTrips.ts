import type { Random } from "./random";
import type { SampleVehicle } from "./sampleVehicles";

/**
 * Eight weeks of round trips in a home-care pattern: a weekday morning peak (07:00–11:00) with
 * most cars out, a smaller afternoon round (12:00–15:30), a few evening and night visits, quiet
 * weekends, short trips with a few long ones. The real fleet is therefore over-sized most of the
 * day and tight at the morning peak, so a smaller simulated fleet saves money but leaves some
 * peak trips unallocated.
 */

export interface SampleTrip {
  tripId: string;
  /** Minutes after the period's first midnight (naive local time, whole minutes). */
  startMin: number;
  endMin: number;
  distanceKm: number;
  vehicleId: number;
  location: string;
}

export const PERIOD_DAYS = 56;
const DAY = 1440;
/** The least time between two trips of one vehicle: above the 5-minute changeover (sub_time). */
export const MIN_GAP_MIN = 6;
/** Relative demand Monday…Sunday. */
const DAY_LOAD = [1.0, 0.97, 0.95, 0.96, 0.9, 0.5, 0.45] as const;

interface Shift {
  start: number;
  end: number;
  /** Share of the location's cars out in this shift on a full-load day. */
  share: number;
  /** Cars leave within this many minutes of the shift start. */
  jitter: number;
}

interface VisitProfile {
  /** Visits per round trip, weights for 1, 2, 3… */
  visitWeights: readonly number[];
  visitMin: [number, number];
}

interface LocationProfile {
  shifts: readonly Shift[];
  weekends: boolean;
  visits: VisitProfile;
  /** Chance per weekday of one long trip (60–180 km, several hours); a second is rarer. */
  longTripChance: number;
  /** Night visits (22:00–06:00) by fossil cars. */
  nightTrips: boolean;
}

const HOME_CARE: LocationProfile = {
  shifts: [
    { start: 7 * 60, end: 11 * 60, share: 0.84, jitter: 30 },
    { start: 12 * 60, end: 15 * 60 + 30, share: 0.6, jitter: 25 },
    { start: 16 * 60, end: 21 * 60 + 30, share: 0.2, jitter: 60 },
  ],
  weekends: true,
  visits: { visitWeights: [45, 35, 20], visitMin: [10, 30] },
  longTripChance: 0.5,
  nightTrips: true,
};

/** Bikes ride only inside the default bike window (bike_slots 07:00-15:30). */
const BIKE_WINDOW = { start: 7 * 60, end: 15 * 60 + 30 };

export function buildSampleTrips(random: Random, vehicles: readonly SampleVehicle[]): SampleTrip[] {
  const trips: Omit<SampleTrip, "tripId">[] = [];
  const byLocation = new Map<string, SampleVehicle[]>();
  for (const v of vehicles) {
    if (v.candidate || v.location === null) continue;
    byLocation.set(v.location, [...(byLocation.get(v.location) ?? []), v]);
  }
  for (const [location, fleet] of byLocation) {
    trips.push(...locationTrips(random, location, fleet, HOME_CARE));
  }
  trips.sort((a, b) => a.startMin - b.startMin || a.vehicleId - b.vehicleId);
  return trips.map((t, i) => ({ tripId: `T-${String(i + 1).padStart(6, "0")}`, ...t }));
}

function locationTrips(
  random: Random,
  location: string,
  fleet: readonly SampleVehicle[],
  profile: LocationProfile,
): Omit<SampleTrip, "tripId">[] {
  const out: Omit<SampleTrip, "tripId">[] = [];
  const cars = fleet.filter((v) => v.type === "elbil" || v.type === "fossilbil");
  const bikes = fleet.filter((v) => v.type === "cykel" || v.type === "elcykel");
  // Some cars are everyone's favourite, some stand mostly parked: weights fall with a random rank.
  const ranked = random.shuffle(cars);
  const weight = new Map(ranked.map((v, rank) => [v.id, 0.1 + (1 - rank / ranked.length) ** 1.5]));
  const nightCars = cars.filter((v) => v.type === "fossilbil").slice(0, 3);
  const freeAt = new Map<number, number>(fleet.map((v) => [v.id, 0]));
  const periodEnd = PERIOD_DAYS * DAY;

  const push = (v: SampleVehicle, startMin: number, durationMin: number, distanceKm: number) => {
    const endMin = startMin + durationMin;
    out.push({ startMin, endMin, distanceKm, vehicleId: v.id, location });
    freeAt.set(v.id, endMin + gap(random));
    return endMin;
  };

  for (let day = 0; day < PERIOD_DAYS; day++) {
    const weekday = day % 7; // the period starts on a Monday
    if (weekday >= 5 && !profile.weekends) continue;
    const load = DAY_LOAD[weekday] * random.uniform(0.94, 1.04);
    const dayStart = day * DAY;

    const longTrippers = new Set<number>();
    if (weekday < 5 && random.chance(profile.longTripChance)) {
      const count = random.chance(0.3) ? 2 : 1;
      for (const v of weightedSample(random, cars, weight, count)) {
        const start = Math.max(dayStart + 7 * 60 + random.int(30, 180), freeAt.get(v.id) ?? 0);
        const { durationMin, distanceKm } = longTrip(random);
        push(v, start, durationMin, distanceKm);
        longTrippers.add(v.id);
      }
    }

    for (const shift of profile.shifts) {
      const active = Math.min(cars.length, Math.round(cars.length * shift.share * load));
      // Cars on a long trip are away; the others fill the shift.
      const available = cars.filter((v) => !longTrippers.has(v.id) || shift.start >= 15 * 60);
      for (const v of weightedSample(random, available, weight, active)) {
        let t = Math.max(dayStart + shift.start + random.int(0, shift.jitter), freeAt.get(v.id) ?? 0);
        for (;;) {
          const { durationMin, distanceKm } = shortTrip(
            random,
            profile.visits,
            random.uniform(25, 45),
            6,
            60,
          );
          // Finish the round the car is on, but do not start one that runs far past the shift.
          if (t + durationMin > dayStart + shift.end + 30 || t >= dayStart + shift.end - 10) break;
          t = push(v, t, durationMin, distanceKm);
          t = freeAt.get(v.id) ?? t;
        }
      }
    }

    if (profile.nightTrips) {
      for (const v of nightCars) {
        if (!random.chance(0.5)) continue;
        let t = Math.max(dayStart + 22 * 60 + random.int(15, 60), freeAt.get(v.id) ?? 0);
        for (let k = random.int(1, 2); k > 0; k--) {
          const durationMin = random.int(20, 60);
          if (t + durationMin > Math.min(dayStart + DAY + 6 * 60, periodEnd)) break;
          t = push(v, t, durationMin, roundKm(clamp(random.logNormal(4, 0.5), 0.5, 20)));
          t = (freeAt.get(v.id) ?? t) + random.int(30, 180);
        }
      }
    }

    for (const v of bikes) {
      if (!random.chance(weekday < 5 ? 0.85 : 0.25)) continue;
      const electric = v.type === "elcykel";
      const dailyKm = electric ? 40 : 18;
      let km = 0;
      let t = Math.max(dayStart + BIKE_WINDOW.start + random.int(0, 45), freeAt.get(v.id) ?? 0);
      for (;;) {
        const trip = shortTrip(
          random,
          { visitWeights: [70, 30], visitMin: [10, 25] },
          random.uniform(12, 15),
          electric ? 4 : 2.5,
          electric ? 12 : 6,
        );
        if (t + trip.durationMin > dayStart + BIKE_WINDOW.end || km + trip.distanceKm > dailyKm) break;
        km += trip.distanceKm;
        push(v, t, trip.durationMin, trip.distanceKm);
        t = freeAt.get(v.id) ?? t;
      }
    }
  }
  return out;
}

/** A round trip of one to a few visits: log-normal distance, driving at `speedKmh` plus visit time. */
function shortTrip(
  random: Random,
  visits: VisitProfile,
  speedKmh: number,
  medianKm: number,
  maxKm: number,
): { durationMin: number; distanceKm: number } {
  const distanceKm = roundKm(clamp(random.logNormal(medianKm, 0.7), 0.5, maxKm));
  const visitCount = random.weightedIndex(visits.visitWeights) + 1;
  let visitMin = 0;
  for (let i = 0; i < visitCount; i++) visitMin += random.uniform(visits.visitMin[0], visits.visitMin[1]);
  return { distanceKm, durationMin: Math.max(5, Math.ceil((distanceKm / speedKmh) * 60 + visitMin)) };
}

/** A hospital run or a meeting across the municipality: 60–180 km, a stay of half an hour to three. */
function longTrip(random: Random): { durationMin: number; distanceKm: number } {
  const distanceKm = roundKm(random.uniform(60, 180));
  const driveMin = (distanceKm / random.uniform(55, 75)) * 60;
  return { distanceKm, durationMin: Math.ceil(driveMin + random.uniform(30, 180)) };
}

/** The pause before a vehicle's next trip: usually short, sometimes a break at the base. */
function gap(random: Random): number {
  return random.chance(0.15) ? random.int(30, 90) : random.int(MIN_GAP_MIN, 25);
}

/** `count` distinct vehicles, each drawn with probability proportional to its weight. */
function weightedSample(
  random: Random,
  vehicles: readonly SampleVehicle[],
  weight: ReadonlyMap<number, number>,
  count: number,
): SampleVehicle[] {
  const pool = [...vehicles];
  const chosen: SampleVehicle[] = [];
  while (chosen.length < count && pool.length > 0) {
    const i = random.weightedIndex(pool.map((v) => weight.get(v.id) ?? 1));
    chosen.push(pool[i]);
    pool.splice(i, 1);
  }
  return chosen;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Two decimals, like a fleet system's export, and never below the 0.5 km minimum. */
function roundKm(km: number): number {
  return Math.max(0.5, Math.round(km * 100) / 100);
}
