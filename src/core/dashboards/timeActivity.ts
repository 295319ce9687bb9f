import { MS_PER_DAY, MS_PER_MINUTE } from "../model/constants";
import { shiftLength, type Shift } from "../shifts/shiftTypes";
import { busyIntervals, overlapMs, type Interval } from "./busyIntervals";
import type { DashboardInput } from "./dashboardInput";

/** A window of each day in which vehicles are expected to be available: a shift, or the whole day. */
export interface ActivityWindow {
  /** The shift, or null for the whole day. */
  shift: Shift | null;
  startMin: number;
  lengthMin: number;
}

export interface TimeActivity {
  windows: ActivityWindow[];
  /** Share (0–1) of each day's windows each vehicle was out: perDay[vehicle][day]. */
  perDay: number[][];
  /** Share (0–1) of each window over the whole period each vehicle was out: perWindow[vehicle][window]. */
  perWindow: number[][];
  /** Share (0–1) over every window of the period; parked at home is 1 − this. */
  overall: number[];
}

/** The day's windows: the location's shifts when it has any (Vagtlag), otherwise 00:00–24:00. */
export function activityWindows(shifts: readonly Shift[] | null): ActivityWindow[] {
  if (!shifts || shifts.length === 0) return [{ shift: null, startMin: 0, lengthMin: 24 * 60 }];
  return shifts.map((s) => ({ shift: s, startMin: s.startMin, lengthMin: shiftLength(s) }));
}

/**
 * Time activity (reference §7, "Tidsaktivitet"): per vehicle, time out on trips inside the
 * windows divided by the windows' length, per day and per window. An overnight shift belongs to
 * the day it starts and runs into the next; time out is clipped to the windows, so a trip outside
 * every shift counts nowhere.
 */
export function timeActivity(input: DashboardInput): TimeActivity {
  const windows = activityWindows(input.shifts);
  const busy = busyIntervals(input);
  const dayWindowMs = windows.reduce((s, w) => s + w.lengthMin, 0) * MS_PER_MINUTE;
  const perDay: number[][] = [];
  const perWindow: number[][] = [];
  const overall: number[] = [];
  for (const intervals of busy) {
    const days: number[] = [];
    const outPerWindow = windows.map(() => 0);
    for (let day = 0; day < input.periodDays; day++) {
      const dayMs = input.fromMs + day * MS_PER_DAY;
      let out = 0;
      windows.forEach((w, i) => {
        const ms = windowOverlap(intervals, dayMs, w);
        out += ms;
        outPerWindow[i] += ms;
      });
      days.push(dayWindowMs > 0 ? out / dayWindowMs : 0);
    }
    perDay.push(days);
    perWindow.push(
      outPerWindow.map(
        (ms, i) => ms / (windows[i].lengthMin * MS_PER_MINUTE * Math.max(1, input.periodDays)),
      ),
    );
    const total = outPerWindow.reduce((a, b) => a + b, 0);
    overall.push(total / (dayWindowMs * Math.max(1, input.periodDays)));
  }
  return { windows, perDay, perWindow, overall };
}

function windowOverlap(intervals: readonly Interval[], dayMs: number, w: ActivityWindow): number {
  const from = dayMs + w.startMin * MS_PER_MINUTE;
  return overlapMs(intervals, from, from + w.lengthMin * MS_PER_MINUTE);
}
