// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { AggregatePanel } from "../../src/app/components/AggregatePanel";
import { App } from "../../src/app/App";
import type { WorkbookPlan } from "../../src/workbook/plan/types";
import {
  aggregateReducer,
  initialAggregateState,
  selectionProblem,
} from "../../src/app/state/aggregateReducer";
import { abortError } from "../../src/worker/client";
import type { AggregationRequest } from "../../src/engine/aggregate";
import type { Progress } from "../../src/engine/api";
import type { SheetData, CellValue } from "../../src/workbook/sheetData";
import { FakeEngine, FakeHost } from "./fakes";
import { renderInPane } from "./render";
import { HOME, offset } from "../core/aggregation/aggregationFixtures";

afterEach(cleanup);

const D = 45719; // 2025-03-03
const LOCATIONS: CellValue[][] = [
  ["Lokation", "Breddegrad", "Længdegrad"],
  ["Nord", HOME.lat, HOME.lon],
];
const AWAY = offset(6000);
const LOGS: CellValue[][] = [
  [
    "Bil id",
    "Starttid",
    "Sluttid",
    "Start breddegrad",
    "Start længdegrad",
    "Slut breddegrad",
    "Slut længdegrad",
    "Distance",
  ],
  [1, D + 0.3, D + 0.35, HOME.lat, HOME.lon, AWAY.lat, AWAY.lon, 6],
  [1, D + 0.4, D + 0.45, AWAY.lat, AWAY.lon, HOME.lat, HOME.lon, 6],
];

/** A FakeHost whose sheets hold data. */
class DataHost extends FakeHost {
  constructor(private readonly data: Record<string, CellValue[][]>) {
    super(Object.keys(data));
  }
  async readSheet(name: string): Promise<SheetData> {
    this.reads.push(name);
    return { name, originRow: 1, originCol: 1, values: this.data[name] ?? [] };
  }
}

/** A DataHost that, like Excel, gives a new sheet a free name ("Ture (2)" beside "Ture"). */
class RenamingHost extends DataHost {
  async writePlan(plan: WorkbookPlan): Promise<string[]> {
    this.written.push(plan);
    const names = plan.sheets.map((s) => (this.sheets.includes(s.name) ? `${s.name} (2)` : s.name));
    this.sheets.push(...names);
    return names;
  }
}

/** An engine whose aggregation never answers until aborted, like a million GPS points. */
class HangingEngine extends FakeEngine {
  aggregate(
    signal: AbortSignal,
    _sheets: SheetData[],
    _request: AggregationRequest,
    onProgress?: (p: Progress) => void,
  ) {
    onProgress?.({ kind: "phase", phase: "gpsPoints", fraction: 0.4 });
    return new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(abortError())));
  }
}

describe("AggregatePanel", () => {
  it("marks the required Locations field red only once the user has been in it", async () => {
    renderInPane(
      <AggregatePanel host={new DataHost({ Logninger: LOGS })} engine={new FakeEngine({})} />,
      "en",
    );
    const locations = await screen.findByRole("combobox", { name: /^Locations/ });
    // Fluent marks the control of a Field in error aria-invalid (and draws the red border).
    expect(locations.getAttribute("aria-invalid")).not.toBe("true");
    fireEvent.focus(locations);
    fireEvent.blur(locations);
    await waitFor(() => expect(locations.getAttribute("aria-invalid")).toBe("true"));
  });

  it("proposes the sheets by name, aggregates, writes the new sheets and shows the precision", async () => {
    const host = new DataHost({ Lokationer: LOCATIONS, Logninger: LOGS });
    const engine = new FakeEngine({});
    renderInPane(<AggregatePanel host={host} engine={engine} />);
    const locations = (await screen.findByRole("combobox", {
      name: /Locations \(Lokationer\)/,
    })) as HTMLSelectElement;
    await waitFor(() => expect(locations.value).toBe("Lokationer"));
    fireEvent.click(screen.getByRole("button", { name: "Aggregate" }));
    await screen.findByText(/1 round trips \(1 complete\) from 2 of 2 logs, written to Ture, Aggregation\./);
    expect(engine.aggregateRequests[0]).toMatchObject({
      locations: "Lokationer",
      logs: ["Logninger"],
      gpsPoints: [],
    });
    expect(host.written[0].sheets.map((s) => s.name)).toEqual(["Ture", "Aggregation"]);
    expect(screen.getByText("Nord: 1 round trips, precision 100%")).toBeTruthy();
  });

  it("switches the pane's Trips input to the sheet the aggregation just wrote", async () => {
    const host = new RenamingHost({ Ture: [], Lokationer: LOCATIONS, Logninger: LOGS });
    renderInPane(<App host={host} engine={new FakeEngine({})} language="en" />);
    const trips = (await screen.findByRole("combobox", { name: /Trips \(Ture\)/ })) as HTMLSelectElement;
    await waitFor(() => expect(trips.value).toBe("Ture"));
    fireEvent.click(screen.getByRole("tab", { name: "Aggregate" }));
    const run = (await screen.findByRole("button", { name: "Aggregate" })) as HTMLButtonElement;
    await waitFor(() => expect(run.disabled).toBe(false));
    fireEvent.click(run);
    await screen.findByText(/written to Ture \(2\), Aggregation.*uses the new trips sheet/);
    await waitFor(() => expect(trips.value).toBe("Ture (2)"));
    // The pane goes back to the Data tab, where the new trips are to be loaded.
    expect(screen.getByRole("tab", { name: "Data" }).getAttribute("aria-selected")).toBe("true");
  });

  it("lists the cell errors in Danish when the data is bad, and selects the first cell", async () => {
    const bad = LOGS.map((r) => [...r]);
    bad[1][7] = "seks";
    const host = new DataHost({ Lokationer: LOCATIONS, Logninger: bad });
    renderInPane(<AggregatePanel host={host} engine={new FakeEngine({})} />, "da");
    const run = await screen.findByRole("button", { name: "Aggregér" });
    await waitFor(() => expect((run as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(run);
    await screen.findByText(/Logninger!H2: "Distance" skal være et tal \(km\)/);
    await waitFor(() => expect(host.selected).toEqual([{ sheet: "Logninger", cell: "H2" }]));
    expect(host.written).toEqual([]);
  });

  it("cancels a running aggregation and writes nothing", async () => {
    const host = new DataHost({ Lokationer: LOCATIONS, Logninger: LOGS });
    renderInPane(<AggregatePanel host={host} engine={new HangingEngine({})} />);
    const run = await screen.findByRole("button", { name: "Aggregate" });
    await waitFor(() => expect((run as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(run);
    await screen.findByText("Turning GPS points into logs…");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await screen.findByText("The aggregation was cancelled. Nothing was written.");
    expect(host.written).toEqual([]);
  });

  it("imports a CSV file as a new sheet and chooses it for what its header says", async () => {
    const host = new DataHost({ Lokationer: LOCATIONS });
    renderInPane(<AggregatePanel host={host} engine={new FakeEngine({})} />);
    const input = (await screen.findByLabelText("Import CSV…")) as HTMLInputElement;
    const file = new File(["Bil id;Tid;Breddegrad;Længdegrad\n7;2025-03-03 08:00;55,6;12,5\n"], "flåde.csv", {
      type: "text/csv",
    });
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText("Imported flåde.csv as the new sheet flåde.");
    expect(host.written[0].sheets[0].ranges[1].values).toEqual([[7, "2025-03-03 08:00", 55.6, 12.5]]);
    const points = screen.getByRole("combobox", { name: /GPS points/ }) as HTMLSelectElement;
    await waitFor(() => expect(points.value).toBe("flåde"));
  });
});

describe("aggregateReducer", () => {
  it("ignores events of a run that is no longer the current one", () => {
    const running = aggregateReducer(initialAggregateState, { type: "started", runId: 2 });
    expect(aggregateReducer(running, { type: "cancelled", runId: 1 })).toBe(running);
    expect(aggregateReducer(running, { type: "cancelled", runId: 2 })).toEqual({
      kind: "idle",
      notice: "cancelled",
    });
  });

  it("needs the locations and logs or GPS points, each on its own sheet", () => {
    const none = { locations: null, logs: null, gpsPoints: null, vehicles: null, parameters: null };
    expect(selectionProblem({ ...none, locations: "L" })).toBe("missing");
    expect(selectionProblem({ ...none, locations: "L", gpsPoints: "L" })).toBe("duplicate");
    expect(selectionProblem({ ...none, locations: "L", logs: "X" })).toBeNull();
  });
});
