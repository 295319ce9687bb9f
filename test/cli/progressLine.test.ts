import { describe, expect, it } from "vitest";
import { ProgressLine } from "../../src/cli/progressLine";

/** A progress line on a fake clock, writing into `out`. */
function line(isTTY: boolean, columns?: number) {
  let now = 0;
  const out: string[] = [];
  const progress = new ProgressLine(
    { write: (t) => void out.push(t), isTTY, columns },
    { now: () => now, intervalMs: 0 },
  );
  return { progress, out, at: (ms: number) => (now = ms) };
}

describe("the CLI's progress line", () => {
  it("says nothing during a run's first two seconds", () => {
    const { progress, out, at } = line(false);
    progress.show("reading", "Reading the data…");
    at(1999);
    progress.show("simulated", "Simulating the new fleet…");
    progress.finish();
    expect(out).toEqual([]);
  });

  it("writes plain lines in a log: each new phase at once, the same phase at most every 5 s", () => {
    const { progress, out, at } = line(false);
    progress.show("simulated", "Simulating the new fleet… 10 %");
    at(2000);
    progress.tick();
    at(3000);
    progress.show("simulated", "Simulating the new fleet… 40 %");
    at(4000);
    progress.show("optimal", "Optimal allocation: best so far 1,803,115 kr/yr, no bound yet");
    at(8000);
    progress.show("optimal", "Optimal allocation: best so far 1,803,098 kr/yr, gap 7.49 %");
    at(9000);
    progress.show("optimal", "Optimal allocation: best so far 1,803,065 kr/yr, gap 7.40 %");
    progress.finish();
    expect(out).toEqual([
      "[2 s] Simulating the new fleet… 10 %\n",
      "[4 s] Optimal allocation: best so far 1,803,115 kr/yr, no bound yet\n",
      "[9 s] Optimal allocation: best so far 1,803,065 kr/yr, gap 7.40 %\n",
    ]);
  });

  it("repeats the state in a log after 30 s without a line, so a long solve shows it is alive", () => {
    const { progress, out, at } = line(false);
    progress.show("optimal", "Solving the optimal allocation…");
    at(2000);
    progress.tick();
    at(31_999);
    progress.tick();
    at(32_000);
    progress.tick();
    expect(out).toEqual([
      "[2 s] Solving the optimal allocation…\n",
      "[32 s] Solving the optimal allocation…\n",
    ]);
  });

  it("rewrites one line in place on a terminal, cut to its width, and clears it when done", () => {
    const { progress, out, at } = line(true, 40);
    at(2500);
    progress.show("optimal", "Optimal allocation: best so far 1,803,115 kr/yr, no bound yet");
    at(2600);
    progress.tick(); // within the redraw interval: nothing
    at(3500);
    progress.tick(); // the clock moved on: redrawn
    progress.finish();
    expect(out).toEqual([
      "\r[2 s] Optimal allocation: best so far…\x1b[K",
      "\r[3 s] Optimal allocation: best so far…\x1b[K",
      "\r\x1b[K",
    ]);
    expect(out.every((t) => !t.includes("\n"))).toBe(true);
  });
});
