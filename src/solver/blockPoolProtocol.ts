import type { MessagePort } from "node:worker_threads";
import type { BlockRelaxation, PoolRun } from "../core/allocation/relaxBlock";

/** Slots of the shared Int32Array of a pool run. */
export const FLAG = {
  /** The next task to claim (Atomics.add). */
  next: 0,
  /** Answers posted so far (the caller waits on it). */
  done: 1,
  /** Why the threads stop solving: STOP below (0 while they may solve). */
  stop: 2,
} as const;

/** Values of FLAG.stop. */
export const STOP = {
  running: 0,
  /** Past the deadline: nothing more is claimed or solved (the caller bounds the rest itself). */
  outOfTime: 1,
  /** Cancelled, or the pass is over: nothing more is claimed. */
  cancelled: 2,
} as const;

/** The caller to a pool thread: one pass of phase 1 (see nodeBlockPool.ts). */
export interface RunMessage extends Omit<PoolRun, "running"> {
  /** Threads working through the tasks, the caller's included (for the time shares). */
  streams: number;
  flags: Int32Array;
  /** Where the thread posts its ThreadReply for each task it claimed. */
  port: MessagePort;
}

/** A pool thread's answer for one task: its relaxation, or null when the thread failed on it. */
export interface ThreadReply {
  task: number;
  relaxation: BlockRelaxation | null;
}
