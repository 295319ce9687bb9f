// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, renderHook } from "@testing-library/react";
import { finishedOrShow, unfinishedState, useJob, type UnfinishedState } from "../../src/app/state/useJob";
import { abortError } from "../../src/worker/client";

afterEach(cleanup);

/** Work that answers only when told to, and rejects as the engine does when its signal aborts. */
function controllable<T>() {
  let answer: (value: T) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const seen: { signal: AbortSignal | null } = { signal: null };
  const work = (signal: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      seen.signal = signal;
      answer = resolve;
      fail = reject;
      signal.addEventListener("abort", () => reject(abortError()), { once: true });
    });
  return { work, seen, answer: (value: T) => answer(value), fail: (error: unknown) => fail(error) };
}

describe("useJob", () => {
  it("hands the finished work's value back", async () => {
    const { result } = renderHook(() => useJob());
    const first = controllable<string>();
    const ending = result.current.start(first.work);
    first.answer("Dashboards");
    expect(await ending).toEqual({ status: "done", value: "Dashboards" });
    expect(first.seen.signal?.aborted).toBe(false);
  });

  it("aborts the job before it when a new one starts, and the old one's ending belongs to nobody", async () => {
    const { result } = renderHook(() => useJob());
    const first = controllable<string>();
    const second = controllable<string>();
    const firstEnding = result.current.start(first.work);
    const secondEnding = result.current.start(second.work);
    expect(first.seen.signal?.aborted).toBe(true);
    expect(await firstEnding).toEqual({ status: "superseded" });
    second.answer("second");
    expect(await secondEnding).toEqual({ status: "done", value: "second" });
  });

  it("calls a job replaced while it still finished superseded, not done", async () => {
    const { result } = renderHook(() => useJob());
    // Work that ignores its signal, as a write past its point of no return does.
    let finish: (value: string) => void = () => {};
    const firstEnding = result.current.start(() => new Promise<string>((resolve) => (finish = resolve)));
    const second = controllable<string>();
    void result.current.start(second.work);
    finish("first");
    expect(await firstEnding).toEqual({ status: "superseded" });
  });

  it("aborts the running job when the panel unmounts", async () => {
    const { result, unmount } = renderHook(() => useJob());
    const job = controllable<string>();
    const ending = result.current.start(job.work);
    unmount();
    expect(job.seen.signal?.aborted).toBe(true);
    expect(await ending).toEqual({ status: "superseded" });
  });

  it("ends a cancelled job as cancelled, which the panel shows as idle, not failed", async () => {
    const { result } = renderHook(() => useJob());
    const job = controllable<string>();
    const ending = result.current.start(job.work);
    act(() => result.current.cancel());
    expect(job.seen.signal?.aborted).toBe(true);
    const ended = await ending;
    expect(ended).toEqual({ status: "cancelled" });
    if (ended.status !== "cancelled") throw new Error("not cancelled");
    expect(unfinishedState(ended)).toEqual({ kind: "idle" });
  });

  it("keeps what a cancelled job still delivered, as the search keeps its best proposals", async () => {
    const { result } = renderHook(() => useJob());
    const ending = result.current.start(async (signal) => {
      await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
      return "best so far";
    });
    act(() => result.current.cancel());
    expect(await ending).toEqual({ status: "done", value: "best so far" });
  });

  it("ends a job that failed as failed with the error's message", async () => {
    const { result } = renderHook(() => useJob());
    const job = controllable<string>();
    const ending = result.current.start(job.work);
    job.fail(new Error("The workbook is protected."));
    const ended = await ending;
    expect(ended).toMatchObject({ status: "failed" });
    if (ended.status !== "failed") throw new Error("not failed");
    expect(unfinishedState(ended)).toEqual({ kind: "failed", message: "The workbook is protected." });
  });

  it("cancels nothing, and throws nothing, when no job runs", () => {
    const { result } = renderHook(() => useJob());
    expect(() => result.current.cancel()).not.toThrow();
  });

  it("stays the same object across renders, so panels can hand its methods on", () => {
    const { result, rerender } = renderHook(() => useJob());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it("gives a finished job's value, shows a cancelled or failed job's state, and leaves a superseded job's alone", () => {
    const shown: UnfinishedState[] = [];
    const show = (state: UnfinishedState) => shown.push(state);
    expect(finishedOrShow({ status: "done", value: 0 }, show)).toEqual({ value: 0 });
    expect(finishedOrShow({ status: "superseded" }, show)).toBeNull();
    expect(shown).toEqual([]);
    expect(finishedOrShow({ status: "cancelled" }, show)).toBeNull();
    expect(
      finishedOrShow({ status: "failed", error: new Error("The workbook is protected.") }, show),
    ).toBeNull();
    expect(shown).toEqual([{ kind: "idle" }, { kind: "failed", message: "The workbook is protected." }]);
  });
});
