import { VEHICLES_SHEET, type SheetSpec } from "./sheets";

/**
 * Vagtlag [Shifts]: the shifts of a location (reference §3.3). Trips of one vehicle inside one
 * shift are merged, so the vehicle is held for the whole shift. The shifts of a location must
 * cover the 24 hours without gaps or overlaps. An empty Lokation applies to every location that
 * has no shifts of its own.
 */
export const SHIFTS_SHEET: SheetSpec = {
  key: "shifts",
  da: "Vagtlag",
  en: "Shifts",
  columns: [
    { field: "location", da: "Lokation", en: "Location", kind: "text", required: false, widthChars: 20 },
    {
      field: "start",
      da: "Start",
      en: "Start",
      aliases: ["vagtstart", "shift start"],
      unit: "tt:mm",
      kind: "text",
      required: true,
      widthChars: 10,
    },
    {
      field: "end",
      da: "Slut",
      en: "End",
      aliases: ["vagtslut", "shift end"],
      unit: "tt:mm",
      kind: "text",
      required: true,
      widthChars: 10,
    },
    {
      field: "break",
      da: "Pause",
      en: "Break",
      unit: "tt:mm",
      kind: "text",
      required: false,
      widthChars: 10,
    },
  ],
};

/** Kandidater [Candidates]: vehicle models not owned today, in the Køretøjer columns; Lokation is ignored. */
export const CANDIDATES_SHEET: SheetSpec = {
  ...VEHICLES_SHEET,
  key: "candidates",
  da: "Kandidater",
  en: "Candidates",
};
