import { describe, expect, it } from "vitest";
import { runBudgetedSteps, type WriteStep } from "../../../src/hosts/excel/runBudgetedSteps";

/** A context that records which steps each sync carried, and can reject syncs over a size. */
function recordingContext(rejectOver = Infinity) {
  const queued: string[] = [];
  const syncs: string[][] = [];
  const context = {
    async sync() {
      const batch = queued.splice(0);
      const size = batch.reduce((sum, s) => sum + Number(s.split(":")[1]), 0);
      if (size > rejectOver)
        throw Object.assign(new Error("too large"), { code: "RequestPayloadSizeLimitExceeded" });
      syncs.push(batch);
    },
  } as unknown as Excel.RequestContext;
  const step = (name: string, bytes: number, splittable = false): WriteStep => ({
    bytes,
    queue: () => void queued.push(`${name}:${bytes}`),
    split: splittable ? () => [step(`${name}a`, bytes / 2), step(`${name}b`, bytes / 2)] : undefined,
  });
  return { context, syncs, step };
}

const noop = { beginBatch: () => undefined, onSynced: () => undefined };

describe("runBudgetedSteps", () => {
  it("syncs whenever the next step would take the batch over the budget", async () => {
    const { context, syncs, step } = recordingContext();
    await runBudgetedSteps(context, [step("a", 40), step("b", 50), step("c", 30), step("d", 90)], {
      ...noop,
      budgetBytes: 100,
    });
    expect(syncs).toEqual([["a:40", "b:50"], ["c:30"], ["d:90"]]);
  });

  it("halves a batch Excel rejects as too large and sends the halves", async () => {
    const { context, syncs, step } = recordingContext(60);
    await runBudgetedSteps(context, [step("a", 40), step("b", 50)], { ...noop, budgetBytes: 100 });
    expect(syncs).toEqual([["a:40"], ["b:50"]]);
  });

  it("splits a single step that is still too large, when it can be split", async () => {
    const { context, syncs, step } = recordingContext(60);
    await runBudgetedSteps(context, [step("rows", 100, true)], { ...noop, budgetBytes: 100 });
    expect(syncs).toEqual([["rowsa:50"], ["rowsb:50"]]);
  });

  it("gives up with Excel's error when a step that cannot be split is too large", async () => {
    const { context, step } = recordingContext(60);
    await expect(
      runBudgetedSteps(context, [step("name", 100)], { ...noop, budgetBytes: 100 }),
    ).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
  });

  it("reports the bytes of every successful sync", async () => {
    const { context, step } = recordingContext();
    const synced: number[] = [];
    await runBudgetedSteps(context, [step("a", 60), step("b", 60)], {
      budgetBytes: 100,
      beginBatch: () => undefined,
      onSynced: (b) => synced.push(b),
    });
    expect(synced).toEqual([60, 60]);
  });
});
