/**
 * Excel serial dates. office.js `range.values` gives a date cell as its serial number (days since
 * 1899-12-30, the fraction being the time of day), so the file host must give the same numbers.
 */

const MS_PER_DAY = 86_400_000;
/** Days from Excel's epoch (1899-12-30) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The serial of a Date that ExcelTS built from a serial: it reads the serial as UTC wall-clock
 * time, so the UTC fields are the local time the cell shows. Adding the epoch in milliseconds
 * before dividing keeps the result bit-identical to the serial Excel stored for whole seconds
 * (45719 + 1/86400 is 45719.00001157408, not …407 as `ms / MS_PER_DAY + 25569` gives).
 */
export function dateToSerial(date: Date): number {
  return (date.getTime() + UNIX_EPOCH_SERIAL * MS_PER_DAY) / MS_PER_DAY;
}

/** The UTC Date ExcelTS uses for a serial (whole milliseconds). */
export function serialToDate(serial: number): Date {
  return new Date(Math.round(serial * MS_PER_DAY - UNIX_EPOCH_SERIAL * MS_PER_DAY));
}
