const SUFFIX = "-fleetoptimiser";

/**
 * The download name for a workbook opened as `original`: the same name with "-fleetoptimiser",
 * so the user's own file is never silently replaced in their Downloads folder.
 * @example savedFileName("Flåde 2025.xlsx") //=> "Flåde 2025-fleetoptimiser.xlsx"
 */
export function savedFileName(original: string): string {
  const base = original.replace(/\.xlsx$/i, "").trim() || "workbook";
  // Saving a file that was saved here before must not grow "-fleetoptimiser-fleetoptimiser".
  return base.toLowerCase().endsWith(SUFFIX) ? `${base}.xlsx` : `${base}${SUFFIX}.xlsx`;
}
