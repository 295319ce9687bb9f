/**
 * What every FakeExcel proxy shares: queued operations with a request-size estimate, load/sync
 * discipline (reading what was not loaded and synced throws PropertyNotLoaded, as in office.js),
 * and collections whose `items` exist only after a load.
 */
import { FakeOfficeError, type ModelSheet, type ModelWorkbook } from "./fakeExcelModel";
import type { FakeRequestContext } from "./fakeExcelContext";

/** Bytes every queued action costs on the wire besides its arguments (ids, method names, brackets). */
export const ACTION_ENVELOPE_BYTES = 64;

export interface FakeOperation {
  /** Estimated request bytes: the JSON of the action's arguments plus the envelope. */
  readonly bytes: number;
  /** Runs against the model in queue order; returns the response bytes a load produces. */
  apply(): number | void;
  /** Reveals loaded values once the whole sync has succeeded. */
  commit?(): void;
}

export interface FakeLimits {
  /** Excel on the web rejects a request over 5 MB with RequestPayloadSizeLimitExceeded. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Reads of more than 5,000,000 cells fail on every platform. */
  maxReadCells: number;
}

/** What the proxies need from FakeExcel. */
export interface FakeEngine {
  readonly model: ModelWorkbook;
  readonly limits: FakeLimits;
  readonly stats: { suspendScreenUpdating: number; suspendApiCalculation: number; calculate: number };
  sync(context: FakeRequestContext): Promise<void>;
}

/**
 * Size of a value as UTF-8 JSON, the way the request body carries it. Measured with the platform's
 * TextEncoder rather than a copy of the host's byte counter, so the fake checks the host's budget
 * independently.
 */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? "null").length;
}

export function propertyNotLoaded(typeName: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${typeName} is not available. Before reading the property's value, call the ` +
      `load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

export function parseLoadOption(option: LoadOption): string[] {
  if (option === undefined) return [];
  const raw = typeof option === "string" || Array.isArray(option) ? option : (option.select ?? []);
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Base of every proxy. `target` is found by the operation that created the proxy, in queue order,
 * so a sheet added earlier in the same batch can be used by later operations of that batch.
 */
export abstract class FakeClientObject<T> {
  protected readonly fields = new Map<string, unknown>();
  private target: T | null | undefined = undefined;
  private resolvedAndSynced = false;

  /** `creationBytes` false: a sub-object (format, font…) that needs no action of its own. */
  protected constructor(
    readonly context: FakeRequestContext,
    private readonly typeName: string,
    private readonly resolver: () => T | null,
    creationBytes: number | false,
  ) {
    if (creationBytes !== false)
      context.enqueue({
        bytes: ACTION_ENVELOPE_BYTES + creationBytes,
        apply: () => {
          this.resolveTarget();
        },
        commit: () => {
          this.resolvedAndSynced = true;
        },
      });
  }

  /** A proxy made from loaded collection items is already bound to its model object. */
  protected bindResolved(target: T): void {
    this.target = target;
    this.resolvedAndSynced = true;
  }

  /** Like office.js re-sending an object path, a proxy whose creating sync failed resolves on use. */
  resolveTarget(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }

  get isNullObject(): boolean {
    if (!this.resolvedAndSynced) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.target === null;
  }

  protected read<V>(prop: string): V {
    if (!this.fields.has(prop)) throw propertyNotLoaded(this.typeName, prop);
    return this.fields.get(prop) as V;
  }

  /** The snapshot functions of the properties `load` can fetch. */
  protected abstract loadable(): Record<string, (target: T) => unknown>;

  /** Queues an action on the target; actions on a null object do nothing, as in office.js. */
  protected act(args: unknown, run: (target: T) => void): void {
    this.context.enqueue({
      bytes: ACTION_ENVELOPE_BYTES + (args === undefined ? 0 : jsonBytes(args)),
      apply: () => {
        const target = this.resolveTarget();
        if (target !== null) run(target);
      },
    });
  }

  /** A property write: readable locally at once (as in office.js), applied on sync. */
  protected setField(prop: string, value: unknown, run: (target: T) => void): void {
    this.fields.set(prop, value);
    this.act(value, run);
  }

  load(option?: LoadOption): this {
    const table = this.loadable();
    const requested = parseLoadOption(option);
    const props = requested.length > 0 ? requested : Object.keys(table);
    for (const p of props)
      if (!(p in table))
        throw new FakeOfficeError("InvalidArgument", `${this.typeName} has no property '${p}'.`);
    let snapshot: [string, unknown][] = [];
    this.context.enqueue({
      bytes: ACTION_ENVELOPE_BYTES + jsonBytes(props),
      apply: () => {
        const target = this.resolveTarget();
        snapshot = props.map((p) => [p, target === null ? null : table[p](target)]);
        return jsonBytes(snapshot);
      },
      commit: () => {
        for (const [p, v] of snapshot) this.fields.set(p, v);
      },
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.fields);
  }
}

export function liveSheet(sheet: ModelSheet): ModelSheet {
  if (sheet.deleted) throw new FakeOfficeError("ItemNotFound", `The worksheet "${sheet.name}" was deleted.`);
  return sheet;
}

/** Collection load: "items/name,items/visibility", or plain item properties. */
export function itemProps(option: LoadOption, known: string[]): string[] {
  const props = parseLoadOption(option)
    .map((p) => (p.startsWith("items/") ? p.slice("items/".length) : p))
    .filter((p) => p !== "items");
  return props.length > 0 ? props : known;
}

export abstract class FakeCollection<T, P> {
  private loadedItems: P[] | undefined;

  protected constructor(
    readonly context: FakeRequestContext,
    private readonly typeName: string,
  ) {}

  protected abstract list(): T[];
  protected abstract itemLoadable(): Record<string, (t: T) => unknown>;
  protected abstract wrap(target: T, fields: Map<string, unknown>): P;

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  load(option?: LoadOption): this {
    const table = this.itemLoadable();
    const props = itemProps(option, Object.keys(table));
    for (const p of props)
      if (!(p in table))
        throw new FakeOfficeError("InvalidArgument", `${this.typeName} items have no '${p}'.`);
    let snapshot: { target: T; fields: Map<string, unknown> }[] = [];
    this.context.enqueue({
      bytes: ACTION_ENVELOPE_BYTES + jsonBytes(props),
      apply: () => {
        snapshot = this.list().map((target) => ({
          target,
          fields: new Map(props.map((p) => [p, table[p](target)] as [string, unknown])),
        }));
        return jsonBytes(snapshot.map((s) => Object.fromEntries(s.fields)));
      },
      commit: () => {
        this.loadedItems = snapshot.map((s) => this.wrap(s.target, s.fields));
      },
    });
    return this;
  }
}
