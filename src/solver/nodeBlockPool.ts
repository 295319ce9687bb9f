import { availableParallelism } from "node:os";
import { join } from "node:path";
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import type { BlockPool, BlockRelaxation, PoolRun, RelaxTask } from "../core/allocation/relaxBlock";
import { taskTimeShare } from "../core/allocation/relaxBlock";
import { FLAG, STOP, type RunMessage, type ThreadReply } from "./blockPoolProtocol";

/** How long past the deadline the caller waits for a thread that has stopped answering. */
const GRACE_MS = 2000;

/**
 * The exact allocation's block pool in Node (the CLI and `npm run bench`): worker threads, each
 * with its own HiGHS, relax blocks while the calling thread relaxes others. The allocation stays
 * synchronous: the caller waits with Atomics.wait and takes the threads' answers with
 * receiveMessageOnPort, so no part of the engine needs to become async. Threads claim tasks from
 * a shared counter (largest block first), so a slow block never holds up the rest.
 *
 * The browser's engine worker has no pool: SharedArrayBuffer needs a cross-origin-isolated page,
 * which the Office task pane is not.
 *
 * With no worker thread (one core) the pool still serves: the calling thread relaxes every block,
 * and stops claiming them at the deadline like the threads do, so a Node run keeps its time limit
 * on any machine.
 *
 * @param threads worker threads (default: the cores but one, at most 3; 0: the calling thread only)
 */
export function createNodeBlockPool(
  threads = defaultThreads(),
): BlockPool & { ready: Promise<void>; close(): void } {
  const workers = Array.from({ length: Math.max(0, threads) }, () => {
    const worker = startThread();
    // An idle pool never keeps the process alive.
    worker.unref();
    return worker;
  });
  const ready = Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker.once("message", () => resolve());
          // A thread that cannot start leaves its share to the others (its tasks are never claimed).
          worker.once("error", () => resolve());
        }),
    ),
  ).then(() => undefined);
  return {
    threads,
    ready,
    relaxAll(run, relaxHere, onRelaxed) {
      relaxAll(workers, run, relaxHere, onRelaxed);
    },
    close() {
      for (const w of workers) void w.terminate();
    },
  };
}

/**
 * In the CLI bundle (scripts/build-cli.mjs) this module is part of dist-cli/main.cjs and the
 * thread's entry is bundled beside it; from the sources (vitest, bench) the thread runs the
 * TypeScript through tsx.
 */
function startThread(): Worker {
  if (!__filename.endsWith(".ts")) return new Worker(join(__dirname, "blockPoolThread.cjs"));
  const entry = JSON.stringify(join(__dirname, "blockPoolThread.ts"));
  return new Worker(`require("tsx/cjs"); require(${entry});`, { eval: true });
}

function defaultThreads(): number {
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

function relaxAll(
  workers: readonly Worker[],
  run: PoolRun,
  relaxHere: (task: RelaxTask, share: () => number, running: () => boolean) => BlockRelaxation,
  onRelaxed: (task: RelaxTask, relaxation: BlockRelaxation) => void,
): void {
  const { tasks } = run;
  const flags = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const streams = workers.length + 1;
  const ports: MessagePort[] = workers.map((worker) => {
    const { port1, port2 } = new MessageChannel();
    // The running predicate stays on this thread (functions do not cross to a worker).
    const { running: _, ...data } = run;
    const message: RunMessage = {
      ...data,
      streams,
      flags,
      port: port2,
    };
    worker.postMessage(message, [port2]);
    return port1;
  });
  // The caller's own checks of `running` also stop the threads: out of time, or cancelled.
  const running = () => {
    if (Atomics.load(flags, FLAG.stop) === STOP.running && run.running()) return true;
    const why = Date.now() >= run.deadlineMs ? STOP.outOfTime : STOP.cancelled;
    Atomics.compareExchange(flags, FLAG.stop, STOP.running, why);
    return false;
  };
  let answered = 0;
  const here = (k: number) => {
    const share = taskTimeShare(run.deadlineMs, tasks, k, streams);
    onRelaxed(tasks[k], relaxHere(tasks[k], share, running));
    answered++;
  };
  const drain = () => {
    for (const port of ports)
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const reply = m.message as ThreadReply;
        // A thread that failed on a task leaves it to the caller.
        if (reply.relaxation) {
          onRelaxed(tasks[reply.task], reply.relaxation);
          answered++;
        } else here(reply.task);
      }
  };
  // Tasks handed out. None is claimed past the deadline or after a cancel: the blocks left get
  // the bound they have without a model from the caller, so no remaining block's model is built.
  const claimed = () => Math.min(tasks.length, Atomics.load(flags, FLAG.next));
  try {
    while (running()) {
      const k = Atomics.add(flags, FLAG.next, 1);
      if (k >= tasks.length) break;
      here(k);
      drain();
    }
    while (answered < claimed()) {
      drain();
      if (answered >= claimed() || Date.now() > run.deadlineMs + GRACE_MS) break;
      running();
      const seen = Atomics.load(flags, FLAG.done);
      // Woken by a thread's answer; the timeout keeps the cancel flag polled.
      Atomics.wait(flags, FLAG.done, seen, 20);
    }
  } finally {
    Atomics.store(flags, FLAG.stop, STOP.cancelled);
    for (const port of ports) port.close();
  }
}
