import type { AggregationResult, LocationReport, VehicleReport } from "../../core/aggregation/types";
import { DISCARD_REASONS, FIX_DROP_REASONS } from "../../core/aggregation/types";
import { PARAMETER_DEFINITIONS, type Parameters } from "../../core/model/parameters";
import { msToExcelSerial } from "../../core/time/naiveTime";
import { cellAddress } from "../sheetData";
import { TRIPS_SHEET, templateHeader } from "../schema/sheets";
import { formatCellError, type CellError } from "../read/cellError";
import {
  NUMBER_FORMATS as F,
  type PlanCell,
  type PlanColumn,
  type PlanRange,
  type PlanTable,
  type SheetPlan,
  type WorkbookPlan,
} from "./types";
import { AGGREGATION_LABELS } from "./aggregationLabels";
import type { Language } from "../../core/language";

export interface AggregationPlanOptions {
  language: Language;
  parameters: Parameters;
  parameterKeysSet: readonly string[];
  /** Problems that did not stop the run (a vehicle without location), listed on the report. */
  warnings: readonly CellError[];
  /** Suffix that keeps table names unique in the workbook; defaults to a time stamp. */
  runId?: string;
}

/** Distances on the Ture sheet are rounded to the metre: finer is GPS noise. */
const KM_DECIMALS = 1000;

/**
 * The aggregation's output as two NEW sheets: "Ture", exactly the round-trip table the simulation
 * reads (Starttid, Sluttid, Turlængde (km), Bil id, Lokation, Tur id; times as Excel dates), and
 * the precision report per location and per vehicle with every discarded log counted by reason.
 * Hosts give the sheets unique names ("Ture (2)") and never write over the user's sheets.
 */
export function aggregationPlan(result: AggregationResult, options: AggregationPlanOptions): WorkbookPlan {
  const L = AGGREGATION_LABELS[options.language];
  const runId = options.runId ?? Date.now().toString(36);
  return { sheets: [tripsSheet(result, L.tripsSheet, runId), reportSheet(result, options, runId)] };
}

function tripsSheet(result: AggregationResult, name: string, runId: string): SheetPlan {
  const rows: PlanCell[][] = result.roundTrips.map((t, i) => [
    msToExcelSerial(t.startMs),
    msToExcelSerial(t.endMs),
    Math.round(t.distanceKm * KM_DECIMALS) / KM_DECIMALS,
    t.vehicleId,
    t.location,
    i + 1,
  ]);
  const formats: Record<string, string> = { start: F.dateTime, end: F.dateTime, distanceKm: F.decimal2 };
  return {
    name,
    freezeRows: 1,
    ranges: [],
    tables: [
      {
        name: `Ture_${runId}`,
        row: 1,
        col: 1,
        // Bil id and Tur id are ids even when they are numbers: left.
        columns: TRIPS_SHEET.columns.map((c) => ({
          header: templateHeader(c, "da"),
          ...(formats[c.field] ? { format: formats[c.field] } : { align: "left" as const }),
        })),
        rows,
      },
    ],
  };
}

type Labels = (typeof AGGREGATION_LABELS)["en"];

function reportSheet(result: AggregationResult, options: AggregationPlanOptions, runId: string): SheetPlan {
  const L = AGGREGATION_LABELS[options.language];
  const ranges: PlanRange[] = [];
  const tables: PlanTable[] = [];
  const logs = result.vehicles.reduce((s, v) => s + v.logs, 0);
  const complete = result.roundTrips.filter((t) => t.kind === "complete").length;
  ranges.push({ row: 1, col: 1, values: [[L.title]], style: "title" });
  ranges.push({
    row: 2,
    col: 1,
    values: [[L.subtitle(result.roundTrips.length, complete, logs)], [L.precisionNote]],
    style: "note",
  });
  let row = 5;

  ranges.push({ row, col: 1, values: [[L.locationsTitle]], style: "subtitle" });
  row++;
  const locRows = result.locations.map((r, i) => [
    r.location || L.noLocation,
    r.vehicles,
    ...commonCells(r, row + 1 + i, 2),
    ...discardCells(r),
  ]);
  tables.push({
    name: `Precision_${runId}`,
    row,
    col: 1,
    columns: [
      { header: L.location },
      { header: L.vehicles, format: F.integer },
      ...commonColumns(L),
      ...discardColumns(L),
    ],
    rows: locRows,
  });
  row += locRows.length + 3;

  ranges.push({ row, col: 1, values: [[L.vehiclesTitle]], style: "subtitle" });
  row++;
  const vehicleRows = result.vehicles.map((v, i) => [
    v.vehicleId,
    v.location || L.noLocation,
    L.homeSources[v.homeSource],
    v.radiusM,
    ...commonCells(v, row + 1 + i, 4),
    v.distanceCorrected,
    v.locationChanges,
    ...discardCells(v),
    v.fixes,
  ]);
  tables.push({
    name: `PrecisionVehicles_${runId}`,
    row,
    col: 1,
    columns: [
      { header: L.vehicleId, align: "left" },
      { header: L.location },
      { header: L.homeFrom },
      { header: L.radius, format: F.integer },
      ...commonColumns(L),
      { header: L.corrected, format: F.integer },
      { header: L.locationChanges, format: F.integer },
      ...discardColumns(L),
      { header: L.fixes, format: F.integer },
    ],
    rows: vehicleRows,
  });
  row += vehicleRows.length + 3;

  if (options.warnings.length) {
    ranges.push({ row, col: 1, values: [[L.warningsTitle]], style: "subtitle" });
    const lines = options.warnings.map((w) => [formatCellError(w, options.language)]);
    ranges.push({ row: row + 1, col: 1, values: lines, style: "warning" });
    row += lines.length + 3;
  }

  ranges.push({ row, col: 1, values: [[L.settingsTitle]], style: "subtitle" });
  tables.push({
    name: `AggregationRules_${runId}`,
    row: row + 1,
    col: 1,
    // Values are numbers and texts: left, like the texts.
    columns: L.settingsHeader.map((header) => ({ header, align: "left" as const })),
    rows: ruleRows(options, L),
  });
  return {
    name: L.reportSheet,
    print: { orientation: "landscape" },
    ranges,
    tables,
    activate: true,
  };
}

function commonColumns(L: Labels): PlanColumn[] {
  const c = L.common;
  return [
    { header: c.logs, format: F.integer },
    { header: c.logsUsed, format: F.integer },
    { header: c.roundTrips, format: F.integer },
    { header: c.complete, format: F.integer },
    { header: c.kmComplete, format: F.km },
    { header: c.kmInTrips, format: F.km },
    { header: c.kmAll, format: F.km },
    { header: c.precision, format: F.percent },
  ];
}

/**
 * logs … km of all logs, then precision as a live formula (km complete ÷ km all) so a coordinator
 * can see how it is computed. `firstCol`: how many columns of the table come before these.
 */
function commonCells(r: LocationReport | VehicleReport, sheetRow: number, firstCol: number): PlanCell[] {
  const kmCompleteCell = cellAddress(sheetRow, firstCol + 5);
  const kmAllCell = cellAddress(sheetRow, firstCol + 7);
  const precision = r.kmAll > 0 ? r.kmComplete / r.kmAll : "";
  return [
    r.logs,
    r.logsUsed,
    r.roundTrips,
    r.completeRoundTrips,
    r.kmComplete,
    r.kmInTrips,
    r.kmAll,
    { formula: `=IF(${kmAllCell}>0,${kmCompleteCell}/${kmAllCell},"")`, result: precision },
  ];
}

function discardColumns(L: Labels): PlanColumn[] {
  return [
    ...DISCARD_REASONS.map((d) => L.discarded[d]),
    ...FIX_DROP_REASONS.map((d) => L.fixesDropped[d]),
  ].map((header) => ({ header, format: F.integer }));
}

function discardCells(r: LocationReport | VehicleReport): number[] {
  return [...DISCARD_REASONS.map((d) => r.discarded[d]), ...FIX_DROP_REASONS.map((d) => r.fixesDropped[d])];
}

/** The agg_* and gps_* parameters with their values, marked as set on Parametre or default. */
function ruleRows(options: AggregationPlanOptions, L: Labels): PlanCell[][] {
  const values = options.parameters as unknown as Record<string, number | string>;
  return PARAMETER_DEFINITIONS.filter((d) => d.key.startsWith("agg_") || d.key.startsWith("gps_")).map(
    (d) => [
      d.key,
      values[d.field],
      d.unit || null,
      options.parameterKeysSet.includes(d.key) ? L.fromSheet : L.byDefault,
    ],
  );
}
