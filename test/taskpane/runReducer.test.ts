import { describe, expect, it } from "vitest";
import {
  canCancel,
  canEditInputs,
  canStartRun,
  initialRunState,
  runErrors,
  runReducer,
  type RunAction,
  type RunState,
} from "../../src/app/state/runReducer";
import { aCellError, aRunningState, aSummary } from "./builders";

function reduce(state: RunState, ...actions: RunAction[]): RunState {
  return actions.reduce(runReducer, state);
}

describe("runReducer", () => {
  it("starts a run in the reading stage with no progress yet", () => {
    expect(reduce(initialRunState, { type: "started", runId: 7 })).toEqual({
      kind: "running",
      runId: 7,
      stage: "reading",
      progress: null,
      fraction: null,
    });
  });

  it("follows the engine's progress while simulating", () => {
    const progress = { kind: "phase", phase: "simulated", fraction: 0.4 } as const;
    const state = reduce(
      initialRunState,
      { type: "started", runId: 1 },
      { type: "simulating", runId: 1 },
      { type: "progress", runId: 1, progress },
    );
    expect(state).toMatchObject({ kind: "running", stage: "simulating", progress, fraction: 0.4 });
    const optimal = { kind: "optimal", fraction: 0.2, timeLimitSec: 60, best: null } as const;
    expect(reduce(state, { type: "progress", runId: 1, progress: optimal })).toMatchObject({
      progress: optimal,
      fraction: 0.2,
    });
  });

  it("clamps a fraction outside 0–1 and treats NaN as unknown", () => {
    const over = reduce(aRunningState(), {
      type: "progress",
      runId: 1,
      progress: { kind: "phase", phase: "consequences", fraction: 1.7 },
    });
    expect(over).toMatchObject({ fraction: 1 });
    const nan = reduce(aRunningState(), {
      type: "progress",
      runId: 1,
      progress: { kind: "phase", phase: "consequences", fraction: Number.NaN },
    });
    expect(nan).toMatchObject({ fraction: null });
  });

  it("moves to the writing stage and reports the write's own progress", () => {
    const state = reduce(aRunningState(), { type: "writing", runId: 1, fraction: 0.25 });
    expect(state).toMatchObject({ kind: "running", stage: "writing", progress: null, fraction: 0.25 });
  });

  it("ends done with the summary and the sheet names the host used", () => {
    const summary = aSummary();
    const state = reduce(aRunningState(), {
      type: "succeeded",
      runId: 1,
      summary,
      sheetNames: ["Scenarie (2)"],
    });
    expect(state).toEqual({ kind: "done", runId: 1, summary, sheetNames: ["Scenarie (2)"] });
  });

  it("ends invalid with the cell errors when the engine rejects the data", () => {
    const errors = [aCellError()];
    expect(reduce(aRunningState(), { type: "rejected", runId: 1, errors })).toEqual({
      kind: "invalid",
      runId: 1,
      errors,
    });
  });

  it("returns to idle with a notice when cancelled", () => {
    expect(reduce(aRunningState(), { type: "cancelled", runId: 1 })).toEqual({
      kind: "idle",
      notice: "cancelled",
    });
  });

  it("can start a new run after a cancel", () => {
    const state = reduce(aRunningState(), { type: "cancelled", runId: 1 }, { type: "started", runId: 2 });
    expect(state).toMatchObject({ kind: "running", runId: 2 });
  });

  describe("edge cases", () => {
    it("ignores progress and results from a cancelled run once a new run has started", () => {
      const state = reduce(
        aRunningState({ runId: 1 }),
        { type: "cancelled", runId: 1 },
        { type: "started", runId: 2 },
        { type: "progress", runId: 1, progress: { kind: "phase", phase: "done", fraction: 0.9 } },
        { type: "succeeded", runId: 1, summary: aSummary(), sheetNames: ["stale"] },
      );
      expect(state).toEqual({ kind: "running", runId: 2, stage: "reading", progress: null, fraction: null });
    });

    it("ignores events that arrive after the run ended", () => {
      const cancelled = reduce(aRunningState(), { type: "cancelled", runId: 1 });
      expect(
        reduce(cancelled, {
          type: "progress",
          runId: 1,
          progress: { kind: "phase", phase: "done", fraction: 1 },
        }),
      ).toBe(cancelled);
    });

    it("does not start a second run while one is running", () => {
      const running = aRunningState({ runId: 1 });
      expect(reduce(running, { type: "started", runId: 2 })).toBe(running);
    });

    it("ignores engine progress after writing has begun", () => {
      const writing = reduce(aRunningState(), { type: "writing", runId: 1, fraction: 0.5 });
      expect(
        reduce(writing, {
          type: "progress",
          runId: 1,
          progress: { kind: "phase", phase: "done", fraction: 0.1 },
        }),
      ).toBe(writing);
    });

    it("keeps a running run when the inputs are reset, and clears a finished one", () => {
      const running = aRunningState();
      expect(reduce(running, { type: "reset" })).toBe(running);
      const done = reduce(running, { type: "succeeded", runId: 1, summary: aSummary(), sheetNames: [] });
      expect(reduce(done, { type: "reset" })).toEqual(initialRunState);
    });
  });
});

describe("run selectors", () => {
  it("offer Run only when nothing runs and the form is ready", () => {
    expect(canStartRun(initialRunState, true)).toBe(true);
    expect(canStartRun(initialRunState, false)).toBe(false);
    expect(canStartRun(aRunningState(), true)).toBe(false);
    expect(canStartRun({ kind: "failed", runId: 1, message: "x" }, true)).toBe(true);
  });

  it("offer Cancel while reading and simulating, but not once the result is being written", () => {
    expect(canCancel(initialRunState)).toBe(false);
    expect(canCancel(aRunningState({ stage: "reading" }))).toBe(true);
    expect(canCancel(aRunningState({ stage: "simulating" }))).toBe(true);
    expect(canCancel(aRunningState({ stage: "writing" }))).toBe(false);
  });

  it("lock the inputs only while a run is in progress", () => {
    expect(canEditInputs(aRunningState())).toBe(false);
    expect(canEditInputs({ kind: "idle", notice: "cancelled" })).toBe(true);
  });

  it("list the cell errors only when the run stopped on them", () => {
    const errors = [aCellError()];
    expect(runErrors({ kind: "invalid", runId: 1, errors })).toBe(errors);
    expect(runErrors(aRunningState())).toEqual([]);
  });
});
