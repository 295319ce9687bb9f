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

const MINUTES_PER_DAY = 1440;

/** Length of a shift in minutes; start = end is a 24-hour shift. */
export function shiftLength(s: Pick<Shift, "startMin" | "endMin">): number {
  return (s.endMin - s.startMin + MINUTES_PER_DAY) % MINUTES_PER_DAY || MINUTES_PER_DAY;
}

/** Minutes after midnight as "07:30"; 24:00 wraps to 00:00, as a shift boundary does. */
export function formatShiftClock(min: number): string {
  const m = min % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
