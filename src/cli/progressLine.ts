import type { CliIo } from "./cliIo";

/** Where progress goes: stderr, so stdout (and --json) stays the result alone. */
export interface ProgressOutput {
  write(text: string): void;
  /** A terminal: one line rewritten in place. Otherwise (a file, a pipe, CI) plain lines. */
  isTTY: boolean;
  /** The terminal's width; longer lines are cut so the line never wraps. */
  columns?: number;
}

export interface ProgressLineOptions {
  /** Nothing is shown before this many ms: a quick run prints no progress at all. */
  quietMs?: number;
  /** Least ms between two redraws of the terminal line. */
  redrawMs?: number;
  /** Least ms between two plain lines of one phase (a new phase is written at once). */
  plainEveryMs?: number;
  /** A plain line repeats the state after this many ms without one, so a log shows the run is alive. */
  heartbeatMs?: number;
  /** ms between redraws while the event loop is free (0: none; ticks then come from tick()). */
  intervalMs?: number;
  now?: () => number;
}

const DEFAULTS: Required<Omit<ProgressLineOptions, "now">> = {
  quietMs: 2000,
  redrawMs: 250,
  plainEveryMs: 5000,
  heartbeatMs: 30_000,
  intervalMs: 1000,
};

/**
 * The progress of one long CLI run: silent for its first two seconds, then the phase and its
 * figures with the time since the start — one line rewritten in place on a terminal, plain lines
 * in a log. The engine's solves are synchronous, so no timer can fire during them: tick() is
 * called from the solver's own checkpoints, and every show() redraws when one is due.
 */
export class ProgressLine {
  private readonly options: Required<Omit<ProgressLineOptions, "now">>;
  private readonly now: () => number;
  private readonly startedAt: number;
  private phase = "";
  private text = "";
  /** The phase of the last plain line, and when any line was last drawn. */
  private drawnPhase = "";
  private drawnText = "";
  private drawnAt = -Infinity;
  /** A terminal line is on screen (to clear before the result is printed). */
  private onScreen = false;
  private readonly timer: ReturnType<typeof setInterval> | null;

  constructor(
    private readonly out: ProgressOutput,
    options: ProgressLineOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.timer = this.options.intervalMs > 0 ? setInterval(() => this.tick(), this.options.intervalMs) : null;
    // The redraw timer never keeps the process alive.
    if (this.timer && typeof this.timer === "object" && "unref" in this.timer) this.timer.unref();
  }

  /** The run is now in `phase` (a key: a new key is a new plain line), described by `text`. */
  show(phase: string, text: string): void {
    this.phase = phase;
    this.text = text;
    this.tick();
  }

  /** Draws the current state if a draw is due. Cheap: callers may call it very often. */
  tick(): void {
    if (this.text === "") return;
    const now = this.now();
    const elapsed = now - this.startedAt;
    if (elapsed < this.options.quietMs) return;
    const since = now - this.drawnAt;
    if (this.out.isTTY) {
      if (since >= this.options.redrawMs) this.drawTerminal(now);
      return;
    }
    const due =
      this.phase !== this.drawnPhase ||
      (this.text !== this.drawnText && since >= this.options.plainEveryMs) ||
      since >= this.options.heartbeatMs;
    if (due) this.drawPlain(now);
  }

  /** Ends the progress: the terminal line is cleared, so the result starts on a clean line. */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.onScreen) this.out.write("\r\x1b[K");
    this.onScreen = false;
    this.text = "";
  }

  private line(now: number): string {
    return `[${Math.floor((now - this.startedAt) / 1000)} s] ${this.text}`;
  }

  private drawTerminal(now: number): void {
    const width = Math.max(20, (this.out.columns ?? 80) - 1);
    const line = this.line(now);
    this.out.write(`\r${line.length > width ? `${line.slice(0, width - 1).trimEnd()}…` : line}\x1b[K`);
    this.onScreen = true;
    this.drawnAt = now;
  }

  private drawPlain(now: number): void {
    this.out.write(`${this.line(now)}\n`);
    this.drawnPhase = this.phase;
    this.drawnText = this.text;
    this.drawnAt = now;
  }
}

/** The progress line of a command on its stderr. */
export function progressLineFor(io: CliIo, options: ProgressLineOptions = {}): ProgressLine {
  return new ProgressLine(
    { write: (t) => io.stderr(t), isTTY: io.stderrIsTTY === true, columns: io.stderrColumns },
    { ...(io.now ? { now: io.now } : {}), ...options },
  );
}
