import { formatShiftClock, shiftLength, type LocationShifts, type Shift } from "../../core/shifts/shiftTypes";
import type { SheetData } from "../sheetData";
import { SHIFTS_SHEET } from "../schema/shiftSheets";
import type { CellError } from "./cellError";
import { FieldReader } from "./fieldReaders";
import { locateTable, type LocatedCell } from "./locateTable";
import { describeCell, isEmptyCell, parseTextCell } from "./cellParsers";

const MINUTES_PER_DAY = 1440;

/** A clock time as Excel's day fraction (0.3125 = 07:30) or text "07:30"; 24:00 is allowed as an end. */
export function parseClockCell(value: LocatedCell["value"]): number | null {
  if (typeof value === "number") {
    return value >= 0 && value <= 1 ? Math.round(value * MINUTES_PER_DAY) : null;
  }
  if (typeof value !== "string") return null;
  const m = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?$/.exec(value.trim());
  if (!m || Number(m[2]) > 59) return null;
  const min = Number(m[1]) * 60 + Number(m[2]);
  return min <= MINUTES_PER_DAY ? min : null;
}

interface ShiftRow {
  shift: Shift;
  endCell: LocatedCell;
}

/**
 * Reads Vagtlag. Per location, the shifts must cover the day exactly: a gap or an overlap is an
 * error at the end time that does not meet the next shift's start.
 */
export function readShifts(sheet: SheetData | null): { shifts: LocationShifts[]; errors: CellError[] } {
  if (!sheet) return { shifts: [], errors: [] };
  const { table, errors } = locateTable(sheet, SHIFTS_SHEET);
  if (!table) return { shifts: [], errors };
  const f = new FieldReader(sheet.name);
  const byLocation = new Map<string, ShiftRow[]>();
  for (const row of table.rows) {
    const c = row.cells;
    const clock = (cell: LocatedCell | undefined, header: string, required: boolean): number | null => {
      if (!cell || isEmptyCell(cell.value)) {
        if (required) f.missing(cell, header);
        return null;
      }
      const min = parseClockCell(cell.value);
      if (min === null) {
        const d = describeCell(cell.value);
        f.add(
          cell,
          {
            message: `"${header}" must be a clock time, but the cell holds ${d.en}.`,
            fix: "Write it as 07:00.",
          },
          {
            message: `"${header}" skal være et klokkeslæt, men cellen indeholder ${d.da}.`,
            fix: "Skriv det som 07:00.",
          },
        );
      }
      return min;
    };
    const before = f.errors.length;
    const startMin = clock(c.start, "Start", true);
    const endMin = clock(c.end, "Slut", true);
    const breakMin = clock(c.break, "Pause", false);
    if (f.errors.length > before || startMin === null || endMin === null) continue;
    const shift: Shift = { startMin: startMin % MINUTES_PER_DAY, endMin: endMin % MINUTES_PER_DAY, breakMin };
    if (
      breakMin !== null &&
      (breakMin - shift.startMin + MINUTES_PER_DAY) % MINUTES_PER_DAY >= shiftLength(shift)
    ) {
      f.add(
        c.break,
        {
          message: `Pause ${formatShiftClock(breakMin)} is outside the shift ${formatShiftClock(startMin)}–${formatShiftClock(endMin)}.`,
          fix: "Move the break inside its shift, or leave it empty.",
        },
        {
          message: `Pause ${formatShiftClock(breakMin)} ligger uden for vagten ${formatShiftClock(startMin)}–${formatShiftClock(endMin)}.`,
          fix: "Læg pausen inden for vagten, eller lad feltet være tomt.",
        },
      );
      continue;
    }
    const location = parseTextCell(c.location?.value ?? null);
    byLocation.set(location, [...(byLocation.get(location) ?? []), { shift, endCell: c.end }]);
  }
  const shifts: LocationShifts[] = [];
  for (const [location, rows] of byLocation) {
    rows.sort((a, b) => a.shift.startMin - b.shift.startMin);
    const total = rows.reduce((s, r) => s + shiftLength(r.shift), 0);
    rows.forEach((r, i) => {
      const next = rows[(i + 1) % rows.length].shift;
      if (r.shift.endMin === next.startMin) return;
      const gap = (next.startMin - r.shift.endMin + MINUTES_PER_DAY) % MINUTES_PER_DAY;
      const overlap = total > MINUTES_PER_DAY || gap > MINUTES_PER_DAY / 2;
      const where = location ? ` at ${location}` : "";
      f.add(
        r.endCell,
        overlap
          ? {
              message: `The shift ending ${formatShiftClock(r.shift.endMin)}${where} overlaps the shift starting ${formatShiftClock(next.startMin)}.`,
              fix: "Let each shift end when the next one starts.",
            }
          : {
              message: `The shift ending ${formatShiftClock(r.shift.endMin)}${where} leaves ${gap} minutes uncovered before the shift starting ${formatShiftClock(next.startMin)}.`,
              fix: "The shifts must cover the whole day: let each shift end when the next one starts.",
            },
        overlap
          ? {
              message: `Vagten der slutter ${formatShiftClock(r.shift.endMin)} overlapper vagten der starter ${formatShiftClock(next.startMin)}.`,
              fix: "Lad hver vagt slutte, når den næste starter.",
            }
          : {
              message: `Vagten der slutter ${formatShiftClock(r.shift.endMin)} efterlader ${gap} minutter udækket før vagten der starter ${formatShiftClock(next.startMin)}.`,
              fix: "Vagterne skal dække hele døgnet: lad hver vagt slutte, når den næste starter.",
            },
      );
    });
    shifts.push({ location, shifts: rows.map((r) => r.shift) });
  }
  return { shifts, errors: f.errors };
}
