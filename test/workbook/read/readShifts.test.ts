import { describe, expect, it } from "vitest";
import { readShifts } from "../../../src/workbook/read/readShifts";
import { readInputs } from "../../../src/workbook/read/readInputs";
import { formatCellError } from "../../../src/workbook/read/cellError";
import type { CellValue, SheetData } from "../../../src/workbook/sheetData";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  originRow: 1,
  originCol: 1,
  values,
});
const shifts = (...rows: CellValue[][]) =>
  sheet("Vagtlag", [["Lokation", "Start", "Slut", "Pause"], ...rows]);
const messages = (s: SheetData) => readShifts(s).errors.map((e) => formatCellError(e));

describe("readShifts", () => {
  it("reads shifts as text or Excel times, with breaks, per location", () => {
    const r = readShifts(
      shifts(
        ["Nord", "07:00", 0.625, "12:00"],
        ["Nord", "15:00", "23:00", null],
        ["Nord", "23:00", "07:00", null],
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.shifts).toEqual([
      {
        location: "Nord",
        shifts: [
          { startMin: 420, endMin: 900, breakMin: 720 },
          { startMin: 900, endMin: 1380, breakMin: null },
          { startMin: 1380, endMin: 420, breakMin: null },
        ],
      },
    ]);
  });

  it("refuses a shift table with a gap, naming the end that leaves it", () => {
    expect(messages(shifts([null, "07:00", "15:00"], [null, "15:30", "07:00"]))).toEqual([
      "Vagtlag!C2: The shift ending 15:00 leaves 30 minutes uncovered before the shift starting 15:30. Fix: The shifts must cover the whole day: let each shift end when the next one starts.",
    ]);
  });

  it("refuses overlapping shifts", () => {
    expect(messages(shifts([null, "07:00", "16:00"], [null, "15:00", "07:00"]))[0]).toMatch(
      /^Vagtlag!C2: The shift ending 16:00 overlaps the shift starting 15:00\./,
    );
  });

  it("refuses a break outside its shift and text that is not a time", () => {
    expect(messages(shifts([null, "07:00", "19:00", "20:00"], [null, "19:00", "07:00"]))[0]).toMatch(
      /^Vagtlag!D2: Pause 20:00 is outside the shift 07:00–19:00/,
    );
    expect(messages(shifts([null, "morgen", "19:00"]))[0]).toMatch(
      /^Vagtlag!B2: "Start" must be a clock time/,
    );
  });
});

describe("readInputs with Vagtlag and Kandidater", () => {
  const vehicles = sheet("Køretøjer", [
    ["Bil id", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"],
    [1, "fossilbil", "benzin", 20, 40000, "Nord"],
  ]);
  const trips = sheet("Ture", [
    ["Starttid", "Sluttid", "Turlængde", "Bil id"],
    [45719 + 8 / 24, 45719 + 9 / 24, 5, 1],
  ]);
  const candidates = (id: number) =>
    sheet("Kandidater", [
      ["Bil id", "Type", "Drivmiddel", "WLTP El", "Rækkevidde", "Årlig omkostning", "Lokation"],
      [id, "elbil", "el", 165, 390, 45000, "Nord"],
    ]);

  it("finds the sheets by name and treats candidates as vehicles without a location", () => {
    const r = readInputs([vehicles, trips, candidates(9), shifts([null, "00:00", "00:00"])], {
      vehicles: "Køretøjer",
      trips: "Ture",
      parameters: null,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.vehicles.map((v) => [v.id, v.location])).toEqual([
      ["1", "Nord"],
      ["9", ""],
    ]);
    expect(r.value.shifts).toHaveLength(1);
    expect(r.value.sheetsUsed).toEqual({ shifts: "Vagtlag", candidates: "Kandidater" });
  });

  it("refuses a candidate that reuses a Bil id of the vehicle sheet", () => {
    const r = readInputs([vehicles, trips, candidates(1)], {
      vehicles: "Køretøjer",
      trips: "Ture",
      parameters: null,
    });
    expect(!r.ok && r.errors.map((e) => formatCellError(e))).toEqual([
      "Kandidater!A2: Bil id 1 is used both here and in the vehicle sheet. Fix: Give the candidate its own Bil id.",
    ]);
  });
});

describe("the template's empty optional tables", () => {
  it("read as no shifts and no candidates, so a fresh template simulates like before", () => {
    const vehicles = sheet("Køretøjer", [
      ["Bil id", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"],
      [1, "fossilbil", "benzin", 20, 40000, "Nord"],
    ]);
    const trips = sheet("Ture", [
      ["Starttid", "Sluttid", "Turlængde", "Bil id"],
      [45719 + 8 / 24, 45719 + 9 / 24, 5, 1],
    ]);
    const emptyShifts = sheet("Vagtlag", [["Lokation", "Start (tt:mm)", "Slut (tt:mm)", "Pause (tt:mm)"]]);
    const emptyCandidates = sheet("Kandidater", [["Bil id", "Type", "Drivmiddel", "Lokation"]]);
    const r = readInputs([vehicles, trips, emptyShifts, emptyCandidates], {
      vehicles: "Køretøjer",
      trips: "Ture",
      parameters: null,
    });
    expect(r.ok && [r.value.shifts, r.value.vehicles.length]).toEqual([[], 1]);
  });
});
