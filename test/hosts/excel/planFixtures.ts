import { NUMBER_FORMATS, type PlanCell, type WorkbookPlan } from "../../../src/workbook/plan/types";

/** A scenario result: title, KPIs with formulas, a vehicle table with a drop-down, a hidden store. */
export function scenarioPlan(): WorkbookPlan {
  return {
    sheets: [
      {
        name: "Resultat",
        freezeRows: 4,
        activate: true,
        ranges: [
          { row: 1, col: 1, values: [["Scenarie: elbiler 2025"]], style: "title" },
          { row: 2, col: 1, values: [["Beregnet på kørebogen for 2024"]], style: "note" },
          { row: 4, col: 1, values: [["Post", "Nu", "Scenarie"]], style: "header" },
          {
            row: 5,
            col: 1,
            values: [
              ["Omkostning", 120_000, 95_000],
              ["Besparelse", null, { formula: "=B5-C5", result: 25_000 }],
              ["Andel", null, { formula: "=C6/B5", result: 0.2083 }],
            ],
            columns: [{}, { format: NUMBER_FORMATS.dkk }, { format: NUMBER_FORMATS.dkk }],
            style: "kpi",
          },
          { row: 9, col: 1, values: [["Brændstofpris (kr./l)", 13.5]], style: "input" },
        ],
        tables: [
          {
            name: "Koeretoejer",
            row: 12,
            col: 1,
            columns: [
              { header: "Nummerplade" },
              { header: "Type", list: ["Elbil", "Benzin", "Diesel"] },
              { header: "Km", format: NUMBER_FORMATS.kmInt },
            ],
            rows: [
              ["AB12345", "Elbil", 12_000],
              ["CD67890", "Benzin", 8_000],
            ],
            validationRows: 50,
          },
        ],
      },
      {
        name: "_scenarier",
        ranges: [{ row: 1, col: 1, values: [['{"version":1}']] }],
        tables: [],
        visibility: "veryHidden",
      },
    ],
    names: [{ name: "Braendstofpris", sheetIndex: 0, ref: "$B$9" }],
  };
}

const EXCEL_SERIAL_2024_01_01 = 45292;

/**
 * One driving-book row of 12 columns, with Danish text and one formula: about the mix Microsoft's
 * 11.4 bytes per cell measurement had.
 */
export function drivingBookRow(i: number, sheetRow: number): PlanCell[] {
  const start = EXCEL_SERIAL_2024_01_01 + i / 96;
  const km = 3 + (i % 50) * 1.7;
  return [
    `AB${String(10_000 + (i % 400)).padStart(5, "0")}`,
    start,
    start + 0.03125,
    `Rådhuspladsen ${i % 90}, 1550 København V`,
    `Ørestads Boulevard ${i % 70}, 2300 København S`,
    km,
    i % 3 === 0 ? "Hjemmepleje" : "Tjenestekørsel",
    `Medarbejder ${i % 250}`,
    i % 7,
    i % 5 === 0,
    { formula: `=F${sheetRow}*3.79`, result: km * 3.79 },
    i,
  ];
}

export const DRIVING_BOOK_HEADER = [
  "Nummerplade",
  "Start",
  "Slut",
  "Fra",
  "Til",
  "Km",
  "Formål",
  "Fører",
  "Afdeling",
  "Privat",
  "Kørepenge",
  "Id",
];
