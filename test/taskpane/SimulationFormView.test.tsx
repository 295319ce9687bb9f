// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { useState } from "react";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { SimulationFormView } from "../../src/app/components/SimulationFormView";
import { initialForm, type SimulationForm } from "../../src/app/state/simulationForm";
import { renderInPane } from "./render";
import { anOverview } from "./builders";

afterEach(cleanup);

/** The form as the app holds it, with the last state exposed for assertions. */
function renderForm(disabled = false) {
  const overview = anOverview();
  const latest: { form: SimulationForm } = { form: initialForm(overview) };
  function Harness() {
    const [form, setForm] = useState(latest.form);
    latest.form = form;
    return <SimulationFormView overview={overview} form={form} disabled={disabled} onChange={setForm} />;
  }
  renderInPane(<Harness />);
  return latest;
}

describe("SimulationFormView", () => {
  it("defaults to the first location, the data's period and its vehicles ticked", () => {
    renderForm();
    expect((screen.getByRole("combobox", { name: "Location" }) as HTMLSelectElement).value).toBe("Rådhuset");
    expect((screen.getByLabelText("Period from") as HTMLInputElement).value).toBe("2024-03-01");
    expect((screen.getByLabelText("Period to") as HTMLInputElement).value).toBe("2024-03-31");
    const yaris = screen.getByRole("checkbox", { name: "Toyota Yaris (1)" }) as HTMLInputElement;
    expect(yaris.checked).toBe(true);
    // Only the location's vehicles are in the current fleet.
    expect(screen.queryByRole("checkbox", { name: "VW Caddy (3)" })).toBeNull();
  });

  it("offers every vehicle in the simulated fleet: the location's at 1, the candidates at 0", () => {
    renderForm();
    const count = (name: string) => (screen.getByRole("spinbutton", { name }) as HTMLInputElement).value;
    expect(count("Toyota Yaris (1)")).toBe("1");
    expect(count("Renault Zoe (2)")).toBe("1");
    expect(count("VW Caddy (3)")).toBe("0");
    expect(count("Elcykel (9)")).toBe("0");
    expect(screen.getByText("2 vehicles in the simulated fleet")).toBeTruthy();
  });

  it("sets a model's count from what the user types", () => {
    const latest = renderForm();
    const yaris = screen.getByRole("spinbutton", { name: "Toyota Yaris (1)" });
    fireEvent.change(yaris, { target: { value: "0" } });
    fireEvent.blur(yaris);
    expect(latest.form.fleetCounts["1"]).toBe(0);
    expect(screen.getByText("1 vehicles in the simulated fleet")).toBeTruthy();
  });

  it("starts both fleets over when the location changes", () => {
    const latest = renderForm();
    fireEvent.change(screen.getByRole("combobox", { name: "Location" }), { target: { value: "Vandværket" } });
    expect(latest.form.currentIds).toEqual(["3", "9"]);
    expect((screen.getByRole("checkbox", { name: "VW Caddy (3)" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("spinbutton", { name: "Toyota Yaris (1)" }) as HTMLInputElement).value).toBe(
      "0",
    );
  });

  it("warns when no vehicle of the current fleet is ticked", () => {
    renderForm();
    fireEvent.click(screen.getByRole("checkbox", { name: "Toyota Yaris (1)" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Renault Zoe (2)" }));
    expect(screen.getByRole("alert").textContent).toBe("Choose at least one vehicle of the current fleet.");
  });

  it("warns when the period ends before it starts", () => {
    renderForm();
    fireEvent.change(screen.getByLabelText("Period from"), { target: { value: "2024-04-02" } });
    expect(screen.getByRole("alert").textContent).toBe(
      "Choose a period whose start is on or before its end.",
    );
  });

  it("toggles the km cap", () => {
    const latest = renderForm();
    fireEvent.click(screen.getByRole("switch", { name: "Enforce the lease km cap (km per year × 1.15)" }));
    expect(latest.form.limitKm).toBe(true);
  });

  it("offers only the simple allocation for now, with the others marked as coming", () => {
    renderForm();
    expect((screen.getByRole("radio", { name: "Simple (rule-based)" }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole("radio", { name: "Greedy (coming)" }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole("radio", { name: "Optimal (coming)" }) as HTMLInputElement).disabled).toBe(true);
  });

  it("locks every field while a run is in progress", () => {
    renderForm(true);
    expect((screen.getByRole("combobox", { name: "Location" }) as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByRole("spinbutton", { name: "Toyota Yaris (1)" }) as HTMLInputElement).disabled).toBe(
      true,
    );
  });
});
