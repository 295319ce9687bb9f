/** Named constants of the domain. Every threshold a user may change lives in Parameters instead. */
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
export const DAYS_PER_YEAR = 365;
/** Excel's serial day 0 is 1899-12-30; serial 25569 is 1970-01-01. */
export const EXCEL_EPOCH_OFFSET_DAYS = 25_569;
/** The lease km cap tolerates 15 % more than the contract (reference §3.4). */
export const KM_LIMIT_TOLERANCE = 1.15;
export const KG_PER_TONNE = 1000;
export const WH_PER_KWH = 1000;
/** Fossil cars have no range limit in practice (reference: 9999 km). */
export const UNLIMITED_RANGE_KM = 9999;

// Aggregation (GPS points → logs → round trips). Thresholds a user may change are Parameters.
/** Mean Earth radius for the haversine distance, as the reference uses (reference-behaviour.md §2.3). */
export const EARTH_RADIUS_KM = 6371;
export const METRES_PER_KM = 1000;
export const MINUTES_PER_HOUR = 60;
/** Valid WGS84 coordinates; anything outside is a corrupt fix. */
export const MAX_ABS_LATITUDE = 90;
export const MAX_ABS_LONGITUDE = 180;
/** Weights of the reference's best-radius score (reference-behaviour.md §2.3 step 4). */
export const RADIUS_SCORE_WEIGHTS = { complete: 0.4, utilised: 0.2, logsPerTrip: 0.4 } as const;
export const RADIANS_PER_DEGREE = Math.PI / 180;
/** Metres per degree of latitude (and of longitude at the equator), for the spot grid. */
export const METRES_PER_DEGREE = 111_320;
/**
 * GPS fixes rejected by the speed rule are trusted after all when this many distinct positions in a
 * row agree with each other over at least this long: then the fix before them was the outlier.
 */
export const GPS_TRUST_FIXES = 3;
export const GPS_TRUST_SPAN_MS = 60_000;
/** A straight line longer than the recorded distance by less than this is rounding, not a correction. */
export const STRAIGHT_LINE_TOLERANCE_KM = 0.001;
