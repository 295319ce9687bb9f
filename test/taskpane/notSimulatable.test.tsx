// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { useState } from "react";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { SimulationFormView } from "../../src/app/components/SimulationFormView";
import { initialForm, toScenarioRequest, type SimulationForm } from "../../src/app/state/simulationForm";
import type { InputOverview } from "../../src/engine/api";
import { renderInPane } from "./render";
import { anOverview } from "./builders";

afterEach(cleanup);

/** Rådhuset's EV (2) has no range and no WLTP El: OS2 keeps it out of a simulation, and so do we. */
function overviewWithBlockedEv(): InputOverview {
  const overview = anOverview();
  return {
    ...overview,
    vehicles: overview.vehicles.map((v) =>
      v.id === "2" ? { ...v, missingData: ["missing-consumption", "ev-without-range"] } : v,
    ),
  };
}

function renderForm(overview: InputOverview) {
  const latest: { form: SimulationForm } = { form: initialForm(overview) };
  function Harness() {
    const [form, setForm] = useState(latest.form);
    latest.form = form;
    return <SimulationFormView overview={overview} form={form} disabled={false} onChange={setForm} />;
  }
  renderInPane(<Harness />);
  fireEvent.click(screen.getByRole("button", { name: /^Current fleet:/ }));
  return latest;
}

describe("vehicles with missing metadata in the fleet picker", () => {
  it("are unticked, cannot be ticked, say why, and stay out of the request", () => {
    const overview = overviewWithBlockedEv();
    const latest = renderForm(overview);
    const ev = screen.getByRole("checkbox", { name: /Renault Zoe/ }) as HTMLInputElement;
    expect(ev.checked).toBe(false);
    expect(ev.disabled).toBe(true);
    expect(
      screen.getByText(
        /: Not in the simulation: no WLTP consumption, an EV without range\. Fix it on the vehicle sheet/,
      ),
    ).toBeTruthy();
    const yaris = screen.getByRole("checkbox", { name: /Toyota Yaris/ }) as HTMLInputElement;
    expect(yaris.checked).toBe(true);
    expect(yaris.disabled).toBe(false);

    // Its model cannot be counted into the simulated fleet either, and says why.
    const zoe = screen.getByRole("spinbutton", { name: /Renault Zoe/ }) as HTMLInputElement;
    expect(zoe.disabled).toBe(true);
    expect(zoe.getAttribute("aria-describedby")).not.toBeNull();

    const request = toScenarioRequest(latest.form, overview, "en");
    expect(request.currentIds).toEqual(["1"]);
    // Nor is it in the simulated fleet: of Rådhuset's two models only the Yaris starts at 1.
    expect(Object.values(latest.form.fleetCounts).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("leave a vehicle with its data as it was", () => {
    const latest = renderForm(anOverview());
    expect(latest.form.currentIds).toEqual(["1", "2"]);
  });
});
