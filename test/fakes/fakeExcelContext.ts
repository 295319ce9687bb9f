/**
 * The fake `Excel.RequestContext`: it holds the queue of operations that the next `sync()` sends to
 * FakeExcel, and the root proxies (workbook, application, runtime).
 */
import type { ModelWorkbook } from "./fakeExcelModel";
import type { FakeEngine, FakeOperation } from "./fakeExcelProxyBase";
import { FakeApplication, FakeRuntime, FakeWorkbook } from "./fakeExcelWorkbook";

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  /** office.js API; the fake keeps no tracking state, so these do nothing. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: FakeOperation[] = [];

  constructor(readonly engine: FakeEngine) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
    this.runtime = new FakeRuntime(this);
  }

  sync(): Promise<void> {
    return this.engine.sync(this);
  }

  enqueue(op: FakeOperation): void {
    this.queue.push(op);
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  takeQueue(): FakeOperation[] {
    const ops = this.queue;
    this.queue = [];
    return ops;
  }

  get model(): ModelWorkbook {
    return this.engine.model;
  }
}
