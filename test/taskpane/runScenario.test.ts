import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/app/actions/runScenario";
import { loadOverview } from "../../src/app/actions/loadOverview";
import type { RunAction } from "../../src/app/state/runReducer";
import type { LoadAction } from "../../src/app/state/loadReducer";
import { defaultScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import { FakeEngine, FakeHost } from "./fakes";
import { aCellError, anOverview, aSummary } from "./builders";

const inputs = { vehicles: "Køretøjer", trips: "Ture", parameters: "Parametre" };

function recorder<A>() {
  const actions: A[] = [];
  return { actions, dispatch: (a: A) => void actions.push(a) };
}

/** runScenario with the mapped sheets and the default request, as the pane starts it. */
function run(
  host: FakeHost,
  engine: FakeEngine,
  runId: number,
  options: {
    inputs?: Parameters<typeof runScenario>[2];
    signal?: AbortSignal;
    dispatch?: (a: RunAction) => void;
  } = {},
) {
  return runScenario(
    {
      host,
      engine,
      signal: options.signal ?? new AbortController().signal,
      dispatch: options.dispatch ?? recorder<RunAction>().dispatch,
    },
    runId,
    options.inputs ?? inputs,
    defaultScenarioRequest(),
  );
}

describe("runScenario", () => {
  it("reads the mapped sheets fresh, simulates, writes the plan and ends done", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Parametre"]);
    const engine = new FakeEngine({ summary: aSummary() });
    const { actions, dispatch } = recorder<RunAction>();
    const final = await run(host, engine, 3, { dispatch });
    expect(host.reads).toEqual(["Køretøjer", "Ture", "Parametre"]);
    expect(engine.simulatedWith?.map((s) => s.name)).toEqual(["Køretøjer", "Ture", "Parametre"]);
    expect(host.written).toHaveLength(1);
    expect(final).toEqual({ type: "succeeded", runId: 3, summary: aSummary(), sheetNames: ["Scenarie 1"] });
    expect(actions.map((a) => a.type)).toEqual([
      "started",
      "simulating",
      "progress",
      "writing",
      "writing",
      "succeeded",
    ]);
  });

  it("still succeeds when the comparison cannot be updated, and says why", async () => {
    // A protected workbook: the scenario sheet is written, the registry and comparison are refused.
    class ProtectedHost extends FakeHost {
      async listAllSheets() {
        return this.sheets.map((name) => ({ name, visibility: "visible" as const }));
      }
      async replaceSheets(): Promise<string[]> {
        throw new Error("The workbook is protected.");
      }
    }
    const host = new ProtectedHost(["Køretøjer", "Ture", "Parametre"]);
    const final = await run(host, new FakeEngine({ summary: aSummary() }), 4);
    expect(final).toMatchObject({ type: "succeeded", sheetNames: ["Scenarie 1"] });
    expect(final.type === "succeeded" && final.comparisonError).toMatch(/protected/);
  });

  it("ends invalid, writing nothing, when the engine rejects the data", async () => {
    const host = new FakeHost(["Køretøjer", "Ture"]);
    const errors = [aCellError()];
    const engine = new FakeEngine({ errors });
    const final = await run(host, engine, 1, { inputs: { ...inputs, parameters: null } });
    expect(final).toEqual({ type: "rejected", runId: 1, errors });
    expect(host.written).toEqual([]);
  });

  it("ends cancelled, writing nothing, when aborted during the simulation", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Parametre"]);
    const engine = new FakeEngine({ hang: true });
    const controller = new AbortController();
    const running = run(host, engine, 1, { signal: controller.signal });
    await engine.simulateStarted;
    controller.abort();
    expect(await running).toEqual({ type: "cancelled", runId: 1 });
    expect(host.written).toEqual([]);
  });

  it("ends failed with the host's message when writing fails", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Parametre"]);
    host.writeError = new Error("RequestPayloadSizeLimitExceeded");
    const final = await run(host, new FakeEngine({ summary: aSummary() }), 1);
    expect(final).toEqual({ type: "failed", runId: 1, message: "RequestPayloadSizeLimitExceeded" });
  });
});

describe("loadOverview", () => {
  it("ends loaded with the engine's overview", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Parametre"]);
    const { actions, dispatch } = recorder<LoadAction>();
    const final = await loadOverview(
      {
        host,
        engine: new FakeEngine({ overview: anOverview() }),
        signal: new AbortController().signal,
        dispatch,
      },
      inputs,
    );
    expect(final).toEqual({ type: "loaded", inputs, overview: anOverview() });
    expect(actions.map((a) => a.type)).toEqual(["loadStarted", "loaded"]);
  });

  it("ends failed when the host cannot read a sheet", async () => {
    const host = new FakeHost(["Køretøjer"]);
    const { dispatch } = recorder<LoadAction>();
    const final = await loadOverview(
      { host, engine: new FakeEngine({}), signal: new AbortController().signal, dispatch },
      inputs,
    );
    expect(final).toEqual({ type: "failed", message: "No sheet named Ture" });
  });
});

describe("runScenario while reading", () => {
  it("ends cancelled at once when aborted during a slow read, without waiting for it", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Parametre"]);
    host.readSheet = () => new Promise(() => {}); // a read that never finishes
    const engine = new FakeEngine({ summary: aSummary() });
    const controller = new AbortController();
    const running = run(host, engine, 1, { signal: controller.signal });
    controller.abort();
    expect(await running).toEqual({ type: "cancelled", runId: 1 });
    expect(engine.requests).toEqual([]);
  });
});
