/**
 * The one door to office.js: `Excel.run`, and the requirement-set check. Everything else in this
 * folder receives these as parameters, so tests can hand in FakeExcel without globals.
 */

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRun = <T>(batch: ExcelBatch<T>) => Promise<T>;

/** Reads the `Excel` global at call time: it only exists once office.js has loaded. */
export const runWithOfficeJs: ExcelRun = (batch) => Excel.run(batch);

/** Whether the host supports ExcelApi `version` (e.g. "1.9"). */
export type ExcelApiSupport = (version: string) => boolean;

/**
 * Asks Office.context.requirements. Without Office (or without requirements, as when office.js runs
 * outside Office) optional calls are skipped rather than risked.
 */
export const officeExcelApiSupport: ExcelApiSupport = (version) => {
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  return (
    typeof requirements?.isSetSupported === "function" && requirements.isSetSupported("ExcelApi", version)
  );
};

/** office.js errors carry a string `code` (Excel.ErrorCodes); anything else has none. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
