// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/app/App";
import { locationGroups, poolOverview, poolRequest } from "../../src/app/state/pooledLocations";
import { initialForm, toScenarioRequest } from "../../src/app/state/simulationForm";
import type { InputOverview } from "../../src/engine/api";
import { FakeEngine, FakeHost } from "./fakes";
import { anOverview, aSummary } from "./builders";
import { renderInPane } from "./render";

afterEach(cleanup);

/** Rådhuset and Vandværket under one Forvaltning and Afdeling, as OS2's vehicle file carries them. */
function labelledOverview(): InputOverview {
  const overview = anOverview();
  return {
    ...overview,
    vehicles: overview.vehicles.map((v) => ({ ...v, forvaltning: "Teknik og Miljø", department: "Drift" })),
  };
}

describe("pooled locations", () => {
  it("make the chosen locations one location for the form, and name them for the engine", () => {
    const pooled = poolOverview(anOverview(), ["Rådhuset", "Vandværket"]);
    expect(pooled.locations).toEqual([{ name: "Rådhuset + Vandværket", vehicleCount: 4, tripCount: 52 }]);
    expect(new Set(pooled.vehicles.map((v) => v.location))).toEqual(new Set(["Rådhuset + Vandværket"]));
    const form = initialForm(pooled, "Rådhuset + Vandværket");
    const request = poolRequest(toScenarioRequest(form, pooled, "en"), ["Rådhuset", "Vandværket"]);
    expect(request).toMatchObject({ location: null, locations: ["Rådhuset", "Vandværket"] });
    expect(request.currentIds).toEqual(pooled.vehicles.map((v) => v.id));
    // One location is no pool: the overview and the request stay as they are.
    expect(poolOverview(anOverview(), ["Rådhuset"])).toEqual(anOverview());
  });

  it("are grouped by Forvaltning and Afdeling when the vehicles carry them", () => {
    expect(locationGroups(labelledOverview())).toEqual([
      { label: "Teknik og Miljø · Drift", locations: ["Rådhuset", "Vandværket"] },
    ]);
    expect(locationGroups(anOverview())).toEqual([{ label: null, locations: ["Rådhuset", "Vandværket"] }]);
  });

  it("tick two locations in the pane and the run pools them, as --location A --location B", async () => {
    const host = new FakeHost(["Køretøjer", "Ture"]);
    const engine = new FakeEngine({ overview: labelledOverview(), summary: aSummary() });
    renderInPane(<App host={host} engine={engine} language="en" />);
    const load = await screen.findByRole("button", { name: "Load data" });
    await waitFor(() => expect((load as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(load);

    const group = await screen.findByRole("group", { name: "Teknik og Miljø · Drift" }, { timeout: 10_000 });
    fireEvent.click(within(group).getByRole("checkbox", { name: /^Rådhuset \(2 vehicles/ }));
    expect(screen.getByText(/Tick at least one more location/)).toBeTruthy();
    fireEvent.click(within(group).getByRole("checkbox", { name: /^Vandværket/ }));
    expect((screen.getByRole("combobox", { name: "Location" }) as HTMLSelectElement).value).toBe(
      "Rådhuset + Vandværket",
    );

    fireEvent.click(screen.getByRole("button", { name: "Run simulation" }));
    await screen.findByRole("region", { name: "3. Result" });
    expect(engine.requests[0]).toMatchObject({ location: null, locations: ["Rådhuset", "Vandværket"] });
    expect(engine.requests[0].currentIds?.length).toBe(anOverview().vehicles.length);
  });
});
