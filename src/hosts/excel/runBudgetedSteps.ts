import { errorCode } from "./excelRun";

/**
 * One unit of queued work with its estimated request size. Steps are queued only when their batch is
 * flushed, so a batch Excel rejects as too large can be queued again in smaller pieces.
 */
export interface WriteStep {
  /** Estimated request bytes of what `queue` adds to the batch. */
  bytes: number;
  queue(context: Excel.RequestContext): void;
  /** The same work as two smaller steps (e.g. half the rows each); absent when it cannot be cut. */
  split?(): [WriteStep, WriteStep];
}

export interface BudgetedStepsOptions {
  /** Upper bound of one sync's estimated payload. */
  budgetBytes: number;
  /** Queues per-batch calls (suspending calculation…) before the steps of every batch. */
  beginBatch(context: Excel.RequestContext): void;
  /** Called after every successful sync with the estimated bytes it carried. */
  onSynced(bytes: number): void;
}

/**
 * Queues steps in order and syncs whenever the next step would push the batch over the budget, so
 * no request comes near Excel on the web's 5 MB limit. If Excel still rejects a batch as too large
 * (RequestPayloadSizeLimitExceeded: nothing of it was applied), the batch is halved and retried, as
 * Microsoft's guidance for large writes suggests.
 */
export async function runBudgetedSteps(
  context: Excel.RequestContext,
  steps: readonly WriteStep[],
  options: BudgetedStepsOptions,
): Promise<void> {
  let batch: WriteStep[] = [];
  let batchBytes = 0;
  for (const step of steps) {
    if (batch.length > 0 && batchBytes + step.bytes > options.budgetBytes) {
      // Syncing inside this loop is the point (rule office-addins/no-context-sync-in-loop does not
      // apply): each batch must reach Excel before the next one is queued to stay under the limit.
      await syncBatch(context, batch, options);
      batch = [];
      batchBytes = 0;
    }
    batch.push(step);
    batchBytes += step.bytes;
  }
  if (batch.length > 0) await syncBatch(context, batch, options);
}

async function syncBatch(
  context: Excel.RequestContext,
  batch: readonly WriteStep[],
  options: BudgetedStepsOptions,
): Promise<void> {
  options.beginBatch(context);
  for (const step of batch) step.queue(context);
  try {
    await context.sync();
  } catch (error) {
    const halves = errorCode(error) === "RequestPayloadSizeLimitExceeded" ? halve(batch) : null;
    if (!halves) throw error;
    for (const half of halves) await syncBatch(context, half, options);
    return;
  }
  options.onSynced(batch.reduce((sum, s) => sum + s.bytes, 0));
}

function halve(batch: readonly WriteStep[]): [WriteStep[], WriteStep[]] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const parts = batch[0]?.split?.();
  return parts ? [[parts[0]], [parts[1]]] : null;
}
