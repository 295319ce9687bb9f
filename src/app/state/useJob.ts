import { useEffect, useMemo, useRef } from "react";
import { isAbortError } from "../../worker/client";
import { errorMessage } from "../actions/errorMessage";

/** How a job ended, as far as the panel that started it is concerned. */
export type JobResult<T> =
  /** The work finished and no newer job replaced it (after a cancel too, when the work kept something, as the search does). */
  | { status: "done"; value: T }
  /** The work threw after a cancel (or with an AbortError): the panel returns to idle, not to failed. */
  | { status: "cancelled" }
  | { status: "failed"; error: unknown }
  /** A newer job took over, or the panel is gone: the result belongs to nobody, so no state may change. */
  | { status: "superseded" };

export interface Job {
  /**
   * Runs `work` with a fresh signal, aborting the job before it: one job at a time per panel, and a
   * second click cancels the first. Never rejects: every ending is in the result.
   */
  start<T>(work: (signal: AbortSignal) => Promise<T>): Promise<JobResult<T>>;
  /** Aborts the running job, if any; its `start` then resolves as the work answers the abort. */
  cancel(): void;
}

/**
 * One cancellable job for a panel of the pane. Unmounting aborts the job, so a panel that
 * disappears (the data was reset, the pane closed) leaves no worker running and nothing writing.
 */
export function useJob(): Job {
  const current = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      current.current?.abort();
      current.current = null;
    },
    [],
  );

  return useMemo<Job>(
    () => ({
      async start<T>(work: (signal: AbortSignal) => Promise<T>): Promise<JobResult<T>> {
        current.current?.abort();
        const controller = new AbortController();
        current.current = controller;
        try {
          const value = await work(controller.signal);
          return current.current === controller ? { status: "done", value } : { status: "superseded" };
        } catch (error) {
          if (current.current !== controller) return { status: "superseded" };
          return controller.signal.aborted || isAbortError(error)
            ? { status: "cancelled" }
            : { status: "failed", error };
        }
      },
      cancel() {
        current.current?.abort();
      },
    }),
    [],
  );
}

/** What a panel shows after a job that did not finish: idle after a cancel, the reason after a failure. */
export type UnfinishedState = { kind: "idle" } | { kind: "failed"; message: string };

export function unfinishedState(
  result: Extract<JobResult<unknown>, { status: "cancelled" | "failed" }>,
): UnfinishedState {
  return result.status === "cancelled"
    ? { kind: "idle" }
    : { kind: "failed", message: errorMessage(result.error) };
}

/**
 * A finished job's value. A job that did not finish gives null and, unless a newer job took over
 * (whose state is not this job's to change), shows its unfinished state.
 */
export function finishedOrShow<T>(
  result: JobResult<T>,
  show: (state: UnfinishedState) => void,
): { value: T } | null {
  if (result.status === "done") return { value: result.value };
  if (result.status !== "superseded") show(unfinishedState(result));
  return null;
}
