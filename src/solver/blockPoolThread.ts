/**
 * A thread of the Node block pool (nodeBlockPool.ts): its own HiGHS, and for each run the same
 * setting as the caller's (the allocation structure is rebuilt from trips, fleet and context, as
 * it is deterministic), then tasks claimed from the shared counter until none is left.
 */
import { parentPort } from "node:worker_threads";
import { allocationCosts } from "../core/allocation/allocationCosts";
import { allocationStructure } from "../core/allocation/allocationStructure";
import { relaxBlock, taskTimeShare } from "../core/allocation/relaxBlock";
import { FLAG, STOP, type RunMessage, type ThreadReply } from "./blockPoolProtocol";
import { loadHighsSolver } from "./highsSolver";

const solver = loadHighsSolver();
// The pool waits for this before its first run, so that run is already parallel.
void solver.then(() => parentPort?.postMessage("ready"));

parentPort?.on("message", (message: RunMessage) => {
  void solver.then((highs) => work(message, highs));
});

function work(run: RunMessage, highs: Awaited<typeof solver>): void {
  const { trips, fleet, ctx, tasks, flags, port } = run;
  const running = () => Atomics.load(flags, FLAG.stop) === STOP.running && Date.now() < run.deadlineMs;
  if (!running() || Atomics.load(flags, FLAG.next) >= tasks.length) return;
  const structure = allocationStructure(trips, fleet, ctx, allocationCosts(fleet, ctx).memberPerKm);
  const setting = { trips, fleet, ctx, structure };
  // Claimed only while the run may still solve it: one claimed is one answered. A block left
  // unclaimed costs nothing, the caller gives it the bound it has without a model.
  while (running()) {
    const k = Atomics.add(flags, FLAG.next, 1);
    if (k >= tasks.length) break;
    const share = taskTimeShare(run.deadlineMs, tasks, k, run.streams);
    let reply: ThreadReply;
    try {
      reply = { task: k, relaxation: relaxBlock(setting, tasks[k], run.start, highs, share, running) };
    } catch {
      reply = { task: k, relaxation: null };
    }
    port.postMessage(reply);
    Atomics.add(flags, FLAG.done, 1);
    Atomics.notify(flags, FLAG.done);
  }
}
