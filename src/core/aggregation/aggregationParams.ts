import type { Parameters } from "../model/parameters";
import { defaultParameters } from "../model/parameters";

/**
 * Every threshold of the aggregation, with units in the names. Built from the Parametre sheet
 * (keys agg_* and gps_*); the defaults are the seed's rules (product.md §4.1).
 */
export interface AggregationParams {
  /** Radii tried per vehicle; one entry unless the best-radius option is on. */
  radiiM: number[];
  minRoundTripKm: number;
  maxLogHours: number;
  splitAfterHours: number;
  splitStopMin: number;
  useStraightLine: boolean;
  closeOnHomeStart: boolean;
  recoverOrphans: boolean;
  locationChange: boolean;
  locationChangeDays: number;
  inferHome: boolean;
  gpsStopMin: number;
  gpsStopRadiusM: number;
  gpsMaxSpeedKmh: number;
}

/** The radii of agg_radius_candidates_m ("300;200;100;50"); null when the text is not such a list. */
export function parseRadiusList(text: string): number[] | null {
  const parts = text
    .split(/[;\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return null;
  const radii = parts.map((p) => Number(p.replace(",", ".")));
  return radii.every((r) => Number.isFinite(r) && r > 0) ? radii : null;
}

/**
 * The aggregation's parameters from the Parametre values. Throws when agg_radius_candidates_m is
 * not a list of metres and the best-radius option needs it (the caller reports it to the user).
 * @example aggregationParams(defaultParameters()).radiiM //=> [100]
 */
export function aggregationParams(p: Parameters = defaultParameters()): AggregationParams {
  let radiiM = [p.aggRadiusM];
  if (p.aggBestRadius !== 0) {
    const list = parseRadiusList(p.aggRadiusCandidatesM);
    if (!list) throw new RangeError(`agg_radius_candidates_m "${p.aggRadiusCandidatesM}"`);
    radiiM = list;
  }
  return {
    radiiM,
    minRoundTripKm: p.aggMinKm,
    maxLogHours: p.aggMaxLogHours,
    splitAfterHours: p.aggSplitHours,
    splitStopMin: p.aggSplitStopMin,
    useStraightLine: p.aggStraightLine !== 0,
    closeOnHomeStart: p.aggCloseOnHomeStart !== 0,
    recoverOrphans: p.aggRecoverOrphans !== 0,
    locationChange: p.aggLocationChange !== 0,
    locationChangeDays: p.aggLocationChangeDays,
    inferHome: p.aggInferHome !== 0,
    gpsStopMin: p.gpsStopMin,
    gpsStopRadiusM: p.gpsStopRadiusM,
    gpsMaxSpeedKmh: p.gpsMaxSpeedKmh,
  };
}
