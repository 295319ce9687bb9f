// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/app/App";
import { DashboardsPanel } from "../../src/app/components/DashboardsPanel";
import type { InputSheets } from "../../src/engine/api";
import { defaultScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import { abortError } from "../../src/worker/client";
import { FakeEngine, FakeHost } from "./fakes";
import { anOverview } from "./builders";
import { renderInPane } from "./render";

afterEach(cleanup);

describe("the Dashboards action", () => {
  it("writes the engine's dashboard sheet for the form's location, in Danish", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Parametre"]);
    const engine = new FakeEngine({ overview: anOverview() });
    renderInPane(<App host={host} engine={engine} language="da" />, "da");
    const load = await screen.findByRole("button", { name: "Indlæs data" });
    await waitFor(() => expect((load as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(load);
    const write = await screen.findByRole("button", { name: "Skriv dashboards" });
    await waitFor(() => expect((write as HTMLButtonElement).disabled).toBe(false));

    fireEvent.click(write);
    await screen.findByText("Dashboards skrevet til arket Dashboards.");
    expect(engine.dashboardRequests).toHaveLength(1);
    expect(engine.dashboardRequests[0]).toMatchObject({ location: "Rådhuset", language: "da" });
    expect(host.written.map((p) => p.sheets[0].name)).toEqual(["Dashboards"]);
  });

  it("aborts the engine's work when the panel goes away, and writes nothing", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Parametre"]);
    const engine = new HangingEngine({});
    const inputs: InputSheets = { vehicles: "Køretøjer", trips: "Ture", parameters: "Parametre" };
    const request = { ...defaultScenarioRequest(), location: "Rådhuset" };
    const { unmount } = renderInPane(
      <DashboardsPanel
        host={host}
        engine={engine}
        inputs={inputs}
        request={() => request}
        disabled={false}
        onSelectError={() => {}}
        onWritten={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Write dashboards" }));
    await waitFor(() => expect(engine.signals).toHaveLength(1));
    // The data was loaded again or the pane closed: the panel unmounts mid-job.
    unmount();
    expect(engine.signals[0].aborted).toBe(true);
    await expect(engine.answered).rejects.toMatchObject({ name: "AbortError" });
    // The panel is gone: nothing written, and React reports no update on an unmounted panel.
    expect(host.written).toEqual([]);
  });
});

/** An engine whose dashboards answer only when aborted, like a large fleet's. */
class HangingEngine extends FakeEngine {
  signals: AbortSignal[] = [];
  answered: Promise<never> | null = null;

  dashboards(signal: AbortSignal) {
    this.signals.push(signal);
    this.answered = new Promise<never>((_, reject) =>
      signal.addEventListener("abort", () => reject(abortError()), { once: true }),
    );
    return this.answered;
  }
}
