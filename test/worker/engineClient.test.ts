import { describe, expect, it } from "vitest";
import { expose } from "comlink";
import { EngineClient, isAbortError, type EngineConnection } from "../../src/worker/client";
import type { EngineApi, InputOverview, InputSheets, Progress } from "../../src/engine/api";
import { defaultScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import type { SheetData } from "../../src/workbook/sheetData";
import type { ScenarioSummary } from "../../src/core/scenario/scenarioSummary";

/**
 * Comlink's same-realm pattern (style-examples point 9): the API is exposed on one end of a
 * MessageChannel and the client wraps the other, so the real wire protocol runs without a worker.
 */

const inputs: InputSheets = { vehicles: "Køretøjer", trips: "Ture", parameters: null };
const sheets: SheetData[] = [{ name: "Køretøjer", originRow: 1, originCol: 1, values: [["Bil id"]] }];

function emptySummary(): ScenarioSummary {
  const fleet = {
    yearlyCost: 0,
    yearlyCo2eTonnes: 0,
    unallocatedTrips: 0,
    allowance: 0,
    vehicles: [],
    unallocatedTripIds: [],
  };
  return {
    location: "Rådhuset",
    fromDate: "2024-01-01",
    toDate: "2024-01-31",
    periodDays: 31,
    trips: 0,
    allocation: "simple",
    current: fleet,
    simulated: fleet,
    financialSavings: 0,
    co2eSavingsTonnes: 0,
    unallocatedReasons: {},
  };
}

/** The fake overview's fields besides its locations (which echo the first sheet's name). */
const OVERVIEW_REST = {
  vehicles: [],
  bikeSettings: {
    bike_max_km_per_trip: 15,
    bike_percent_of_trips: 100,
    bike_slots: "07:00-15:30",
    bike_speed: 20,
    electrical_bike_speed: 30,
  },
  shiftLocations: [],
  firstDate: null,
  lastDate: null,
  tripCount: 0,
} satisfies Omit<InputOverview, "locations">;

/** A fake engine whose simulate either answers after streaming progress or hangs like a long solve. */
function fakeEngine(options: { hang?: boolean } = {}): EngineApi {
  return {
    async overview(received) {
      return {
        ok: true,
        value: {
          locations: [{ name: received[0].name, vehicleCount: 1, tripCount: 0 }],
          ...OVERVIEW_REST,
        },
      };
    },
    async simulate(_sheets, _inputs, _request, onProgress) {
      if (options.hang) return new Promise(() => {});
      await onProgress?.({ kind: "phase", phase: "simulated", fraction: 0.5 });
      await onProgress?.({ kind: "phase", phase: "consequences", fraction: 1 });
      return { ok: true, value: { summary: emptySummary(), plan: { sheets: [] } } };
    },
    async businessCasePlan() {
      return { ok: false, errors: [] };
    },
    async search() {
      return { ok: false, errors: [] };
    },
    async searchResultPlan() {
      return { ok: false, errors: [] };
    },
    async dashboards() {
      return { ok: false, errors: [] };
    },
    async transitionPlan() {
      return { ok: false, errors: [] };
    },
    async vehicleCheck() {
      return { ok: false, errors: [] };
    },
    async locationsOverview() {
      return { ok: false, errors: [] };
    },
    async exportVehicles(received) {
      // The bytes name the sheet they came from, so the test sees them cross the channel intact.
      const bytes = new TextEncoder().encode(received[0].name);
      return { ok: true, value: { bytes, fileName: "Oversigt_over_flåde.xlsx", vehicles: 1 } };
    },
    async aggregate(_sheets, _request, onProgress) {
      if (options.hang) return new Promise(() => {});
      await onProgress?.({ kind: "phase", phase: "roundTrips", fraction: 1 });
      return { ok: false, errors: [] };
    },
    async templatePlan(language) {
      if (language !== "da" && language !== "en") throw new Error(`unknown language ${String(language)}`);
      return { sheets: [{ name: language === "da" ? "Køretøjer" : "Vehicles", ranges: [], tables: [] }] };
    },
  };
}

/** Connects each new "worker" to a fresh engine made by `make`, and records the terminations. */
function channelFactory(make: (generation: number) => EngineApi) {
  const log = { created: 0, terminated: 0 };
  const factory = (): EngineConnection => {
    const generation = log.created++;
    const { port1, port2 } = new MessageChannel();
    expose(make(generation), port2);
    return {
      endpoint: port1,
      terminate: () => {
        log.terminated++;
        port1.close();
        port2.close();
      },
    };
  };
  return { factory, log };
}

describe("EngineClient", () => {
  it("starts no worker until the first call", () => {
    const { factory, log } = channelFactory(() => fakeEngine());
    new EngineClient(factory);
    expect(log.created).toBe(0);
  });

  it("returns the engine's result across the channel", async () => {
    const { factory } = channelFactory(() => fakeEngine());
    const client = new EngineClient(factory);
    const result = await client.overview(new AbortController().signal, sheets, inputs);
    expect(result).toEqual({
      ok: true,
      value: {
        locations: [{ name: "Køretøjer", vehicleCount: 1, tripCount: 0 }],
        ...OVERVIEW_REST,
      },
    });
    client.dispose();
  });

  it("returns the OS2 export's file bytes across the channel", async () => {
    const { factory } = channelFactory(() => fakeEngine());
    const client = new EngineClient(factory);
    const result = await client.exportVehicles(new AbortController().signal, sheets, inputs);
    if (!result.ok) throw new Error("export refused");
    expect(new TextDecoder().decode(result.value.bytes)).toBe("Køretøjer");
    expect(result.value.fileName).toBe("Oversigt_over_flåde.xlsx");
    client.dispose();
  });

  it("streams progress through a proxied callback before the result arrives", async () => {
    const { factory } = channelFactory(() => fakeEngine());
    const client = new EngineClient(factory);
    const seen: Progress[] = [];
    const result = await client.simulate(
      new AbortController().signal,
      sheets,
      inputs,
      defaultScenarioRequest(),
      (p) => {
        seen.push(p);
      },
    );
    expect(result.ok).toBe(true);
    expect(seen).toEqual([
      { kind: "phase", phase: "simulated", fraction: 0.5 },
      { kind: "phase", phase: "consequences", fraction: 1 },
    ]);
    client.dispose();
  });

  it("rejects with the engine's error message when the engine throws", async () => {
    const { factory } = channelFactory(() => fakeEngine());
    const client = new EngineClient(factory);
    await expect(client.templatePlan(new AbortController().signal, "de" as "en")).rejects.toThrow(
      "unknown language de",
    );
    // A thrown error is an answer, not a dead worker: the same worker keeps serving.
    await expect(client.templatePlan(new AbortController().signal, "da")).resolves.toMatchObject({
      sheets: [{ name: "Køretøjer" }],
    });
    client.dispose();
  });

  it("rejects a hanging call promptly with an AbortError and terminates the worker", async () => {
    const { factory, log } = channelFactory((generation) => fakeEngine({ hang: generation === 0 }));
    const client = new EngineClient(factory);
    const controller = new AbortController();
    const running = client.simulate(controller.signal, sheets, inputs, defaultScenarioRequest());
    const started = Date.now();
    setTimeout(() => controller.abort(), 10);
    const error = await running.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(log.terminated).toBe(1);
  });

  it("starts a fresh worker for the next call after an abort", async () => {
    const { factory, log } = channelFactory((generation) => fakeEngine({ hang: generation === 0 }));
    const client = new EngineClient(factory);
    const controller = new AbortController();
    const running = client.simulate(controller.signal, sheets, inputs, defaultScenarioRequest());
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: "AbortError" });

    const next = await client.simulate(
      new AbortController().signal,
      sheets,
      inputs,
      defaultScenarioRequest(),
    );
    expect(next.ok).toBe(true);
    expect(log.created).toBe(2);
    client.dispose();
  });

  it("rejects at once, without starting a worker, when the signal is already aborted", async () => {
    const { factory, log } = channelFactory(() => fakeEngine());
    const client = new EngineClient(factory);
    const controller = new AbortController();
    controller.abort();
    await expect(client.overview(controller.signal, sheets, inputs)).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(log.created).toBe(0);
  });

  it("rejects the other calls in flight when an abort terminates their shared worker", async () => {
    const { factory } = channelFactory(() => fakeEngine({ hang: true }));
    const client = new EngineClient(factory);
    const first = new AbortController();
    const a = client.simulate(first.signal, sheets, inputs, defaultScenarioRequest());
    const b = client.simulate(new AbortController().signal, sheets, inputs, defaultScenarioRequest());
    first.abort();
    await expect(a).rejects.toMatchObject({ name: "AbortError" });
    await expect(b).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects the calls in flight when the worker crashes, and recovers on the next call", async () => {
    let crash: ((error: Error) => void) | null = null;
    let created = 0;
    const client = new EngineClient(() => {
      const { port1, port2 } = new MessageChannel();
      expose(fakeEngine({ hang: created++ === 0 }), port2);
      return {
        endpoint: port1,
        terminate: () => port1.close(),
        onFailure: (listener) => {
          crash = listener;
        },
      };
    });
    const running = client.simulate(new AbortController().signal, sheets, inputs, defaultScenarioRequest());
    crash!(new Error("engine.worker.js failed to load"));
    await expect(running).rejects.toThrow("engine.worker.js failed to load");
    await expect(client.overview(new AbortController().signal, sheets, inputs)).resolves.toMatchObject({
      ok: true,
    });
    client.dispose();
  });
});
