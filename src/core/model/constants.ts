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
