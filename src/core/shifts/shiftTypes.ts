/** One shift of a location's day, in minutes after midnight; an overnight shift ends before it starts. */
export interface Shift {
  startMin: number;
  endMin: number;
  /** Middle of the break; a trip ending within 30 min of it closes the shift's merged trip. */
  breakMin: number | null;
}

export interface LocationShifts {
  /** "" for the shifts that apply to every location without shifts of its own. */
  location: string;
  shifts: Shift[];
}

/** Half-width of the break window around Pause (reference §3.3). */
export const BREAK_WINDOW_MIN = 30;
