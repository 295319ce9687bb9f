// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { useState } from "react";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { SimulationFormView } from "../../src/app/components/SimulationFormView";
import {
  initialForm,
  isTodaysFleet,
  setFleetCount,
  toScenarioRequest,
  type SimulationForm,
} from "../../src/app/state/simulationForm";
import type { InputOverview } from "../../src/engine/api";
import type { Language } from "../../src/i18n/translate";
import { renderInPane } from "./render";
import { anOverview } from "./builders";
import { aGroupedOverview } from "./fleetBuilders";

afterEach(cleanup);

/** The form as the app holds it, with the last state exposed for assertions. */
function renderForm(
  options: { overview?: InputOverview; disabled?: boolean; lang?: Language; folded?: boolean } = {},
) {
  const overview = options.overview ?? aGroupedOverview();
  const latest: { form: SimulationForm } = { form: initialForm(overview) };
  function Harness() {
    const [form, setForm] = useState(latest.form);
    latest.form = form;
    return (
      <SimulationFormView
        overview={overview}
        form={form}
        disabled={options.disabled ?? false}
        onChange={setForm}
      />
    );
  }
  renderInPane(<Harness />, options.lang);
  // The current fleet's vehicles are folded away; most tests work on them, so open them.
  if (!options.folded)
    fireEvent.click(screen.getByRole("button", { name: /^(Current fleet|Nuværende flåde):/ }));
  return latest;
}

const checkbox = (name: string | RegExp) => screen.getByRole("checkbox", { name }) as HTMLInputElement;
const spin = (name: string | RegExp) => screen.getByRole("spinbutton", { name }) as HTMLInputElement;

const AYGOS = /^Toyota Aygo X \(benzin, 21\.1 km\/l\) · no\. 11 — 3 vehicles$/;
const ZOES = /^Renault Zoe \(el, 165 Wh\/km\) · no\. 14 — 2 vehicles$/;

function typeCount(name: string | RegExp, value: string) {
  const field = spin(name);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

describe("SimulationFormView", () => {
  it("defaults to the first location, the data's period and its vehicles ticked", () => {
    renderForm({ overview: anOverview() });
    expect((screen.getByRole("combobox", { name: "Location" }) as HTMLSelectElement).value).toBe("Rådhuset");
    expect((screen.getByLabelText("Period from") as HTMLInputElement).value).toBe("2024-03-01");
    expect((screen.getByLabelText("Period to") as HTMLInputElement).value).toBe("2024-03-31");
    expect(checkbox("Toyota Yaris — no. 1").checked).toBe(true);
    // Only the location's vehicles are in the current fleet.
    expect(screen.queryByRole("checkbox", { name: /VW Caddy/ })).toBeNull();
  });

  it("groups the current fleet by model with the count per model; a group of one is one plain tick", () => {
    renderForm();
    const current = screen.getByRole("group", { name: "Current fleet" });
    // Six vehicles, three models: the two Zoes differ only by yearly cost.
    expect(within(current).getAllByRole("checkbox")).toHaveLength(3);
    expect(checkbox(AYGOS).checked).toBe(true);
    expect(checkbox(ZOES).checked).toBe(true);
    expect(checkbox("Christiania Classic (bike) — no. 16").checked).toBe(true);
    // Only the models with several vehicles have something to open.
    expect(within(current).getAllByRole("button")).toHaveLength(2);
  });

  it("opens a model to tick its vehicles one by one; ticking the model ticks them all again", () => {
    const latest = renderForm();
    expect(screen.queryByRole("checkbox", { name: "AA22222 (12)" })).toBeNull();
    const expander = screen.getByRole("button", { name: /^Choose the vehicles: Toyota Aygo X/ });
    expect(expander.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(expander);
    expect(expander.getAttribute("aria-expanded")).toBe("true");
    const vehicles = screen.getByRole("group", { name: /^Toyota Aygo X/ });
    expect(
      within(vehicles)
        .getAllByRole("checkbox")
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([true, true, true]);

    fireEvent.click(checkbox("AA22222 (12)"));
    expect(latest.form.currentIds).not.toContain("12");
    expect(checkbox(AYGOS).checked).toBe(false); // partly ticked: shown as mixed
    expect(checkbox(AYGOS).indeterminate).toBe(true);

    fireEvent.click(checkbox(AYGOS));
    expect(latest.form.currentIds).toEqual(expect.arrayContaining(["11", "12", "13"]));
    expect(checkbox("AA22222 (12)").checked).toBe(true);

    fireEvent.click(checkbox(AYGOS));
    expect(latest.form.currentIds).toEqual(["14", "15", "16"]);
  });

  it("counts each model once: the location's at today's number, candidates at 0, other locations folded away", () => {
    renderForm();
    expect(spin(/^Toyota Aygo X .*no\. 11$/).value).toBe("3");
    // One row for both Zoes, whatever each costs a year, with the costs as a range.
    expect(spin(/^Renault Zoe .* · no\. 14$/).value).toBe("2");
    expect(screen.getByText(/^DKK\s48,300–54,000 a year · no\. 14, 15$/)).toBeTruthy();
    expect(spin("Christiania Classic (bike)").value).toBe("1");
    // Candidates, each model once: the two identical ID.3s are one count.
    expect(spin("VW ID.3 (el, 160 Wh/km)").value).toBe("0");
    expect(spin(/^Renault Zoe .* · no\. 21$/).value).toBe("0");
    expect(screen.getAllByRole("spinbutton", { name: /VW ID\.3/ })).toHaveLength(1);
    // Other locations are collapsed until opened.
    expect(screen.queryByRole("spinbutton", { name: /VW Caddy/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Other locations" }));
    expect(spin("VW Caddy (diesel, 16.8 km/l)").value).toBe("0");
    expect(screen.getByText(/^DKK\s40,000 a year · Vandværket · no\. 31$/)).toBeTruthy();
  });

  it("shows the simulated fleet's size against today's", () => {
    renderForm();
    expect(screen.getByText("6 vehicles, as many as today")).toBeTruthy();
    typeCount(/^Toyota Aygo X .*no\. 11$/, "1");
    expect(screen.getByText("4 vehicles, 2 fewer than today")).toBeTruthy();
    typeCount("VW ID.3 (el, 160 Wh/km)", "3");
    expect(screen.getByText("7 vehicles, 1 more than today")).toBeTruthy();
  });

  it("says so when the location has no candidates", () => {
    renderForm({ overview: anOverview() });
    expect(screen.getByText(/^No candidates\./)).toBeTruthy();
    expect(screen.getByText("2 vehicles, as many as today")).toBeTruthy();
  });

  it("sets a model's count from what the user types, for the request's first vehicle of the model", () => {
    const latest = renderForm();
    typeCount("VW ID.3 (el, 160 Wh/km)", "2");
    expect(latest.form.fleetCounts["22"]).toBe(2);
    expect(toScenarioRequest(latest.form, aGroupedOverview(), "en").fleet).toContainEqual({
      sourceId: "22",
      count: 2,
    });
  });

  it("tells a model chosen at another location in the folded section's title", () => {
    renderForm();
    fireEvent.click(screen.getByRole("button", { name: "Other locations" }));
    typeCount("VW Caddy (diesel, 16.8 km/l)", "2");
    expect(screen.getByRole("button", { name: "Other locations: 2 in the simulated fleet" })).toBeTruthy();
  });

  it("starts both fleets over when the location changes", () => {
    const latest = renderForm({ overview: anOverview() });
    fireEvent.change(screen.getByRole("combobox", { name: "Location" }), { target: { value: "Vandværket" } });
    expect(latest.form.currentIds).toEqual(["3", "9"]);
    expect(latest.form.fleetCounts).toEqual({ "1": 0, "2": 0, "3": 1, "9": 1 });
    expect(checkbox("VW Caddy — no. 3").checked).toBe(true);
  });

  it("warns when no vehicle of the current fleet is ticked", () => {
    renderForm({ overview: anOverview() });
    fireEvent.click(checkbox("Toyota Yaris — no. 1"));
    fireEvent.click(checkbox("Renault Zoe — no. 2"));
    expect(screen.getByRole("alert").textContent).toBe("Choose at least one vehicle of the current fleet.");
  });

  it("warns when the period ends before it starts", () => {
    renderForm();
    fireEvent.change(screen.getByLabelText("Period from"), { target: { value: "2024-04-02" } });
    expect(screen.getByRole("alert").textContent).toBe(
      "Choose a period whose start is on or before its end.",
    );
  });

  it("notes that trips are merged per shift only when the location has shifts", () => {
    renderForm();
    expect(screen.queryByText("Trips within one shift are merged (Vagtlag).")).toBeNull();
    cleanup();
    renderForm({ overview: aGroupedOverview({ shiftLocations: ["Rådhuset"] }) });
    expect(screen.getByText("Trips within one shift are merged (Vagtlag).")).toBeTruthy();
    cleanup();
    renderForm({ overview: aGroupedOverview({ shiftLocations: [""] }) });
    expect(screen.getByText("Trips within one shift are merged (Vagtlag).")).toBeTruthy();
  });

  it("toggles the km cap", () => {
    const latest = renderForm();
    fireEvent.click(screen.getByRole("switch", { name: "Enforce the lease km cap (km per year × 1.15)" }));
    expect(latest.form.limitKm).toBe(true);
  });

  it("keeps the bike settings folded, pre-filled with the workbook's values", () => {
    renderForm();
    expect(screen.queryByLabelText("Highest average speed by bike (km/h)")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Bike settings" }));
    const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
    expect(value("Max km per trip")).toBe("15");
    expect(value("% of qualifying trips a bike takes")).toBe("100");
    expect(value("Time windows")).toBe("07:00-15:30");
    expect(value("Highest average speed by bike (km/h)")).toBe("20");
    expect(value("Highest average speed by e-bike (km/h)")).toBe("30");
    expect(
      (screen.getByRole("button", { name: "Reset to the workbook's values" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it("sends a changed bike setting with the run and resets it to the workbook's value", () => {
    const latest = renderForm();
    fireEvent.click(screen.getByRole("button", { name: "Bike settings" }));
    fireEvent.change(screen.getByLabelText("Time windows"), { target: { value: "07:00-15:30;16:00-18:00" } });
    expect(screen.getByRole("button", { name: "Bike settings (1 changed)" })).toBeTruthy();
    expect(screen.getByText("Changed; the workbook says 07:00-15:30")).toBeTruthy();
    expect(toScenarioRequest(latest.form, aGroupedOverview(), "en").parameterOverrides).toEqual({
      bike_slots: "07:00-15:30;16:00-18:00",
    });

    fireEvent.click(screen.getByRole("button", { name: "Reset to the workbook's values" }));
    expect((screen.getByLabelText("Time windows") as HTMLInputElement).value).toBe("07:00-15:30");
    expect(toScenarioRequest(latest.form, aGroupedOverview(), "en").parameterOverrides).toBeUndefined();
  });

  it("offers simple, greedy and optimal allocation and the comparison; the request carries the choice", () => {
    const latest = renderForm();
    const radio = (name: RegExp) => screen.getByRole("radio", { name }) as HTMLInputElement;
    expect(radio(/^Simple/).checked).toBe(true);
    fireEvent.click(radio(/^Optimal \(HiGHS/));
    fireEvent.click(checkbox(/^Compare simple, greedy and optimal/));
    const request = toScenarioRequest(latest.form, aGroupedOverview(), "en");
    expect(request.allocation).toBe("optimal");
    expect(request.compareAllocations).toBe(true);
    fireEvent.click(radio(/^Greedy/));
    expect(toScenarioRequest(latest.form, aGroupedOverview(), "en").allocation).toBe("greedy");
  });

  it("names the allocation choices in Danish", () => {
    renderForm({ lang: "da" });
    expect(screen.getByRole("radio", { name: /^Grådig \(billigste ledige køretøj\)$/ })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: /^Sammenlign simpel, grådig og optimal/ })).toBeTruthy();
  });

  it("locks every field while a run is in progress", () => {
    renderForm({ disabled: true });
    expect((screen.getByRole("combobox", { name: "Location" }) as HTMLSelectElement).disabled).toBe(true);
    expect(checkbox(AYGOS).disabled).toBe(true);
    expect(spin("Christiania Classic (bike)").disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Bike settings" }));
    expect((screen.getByLabelText("Highest average speed by bike (km/h)") as HTMLInputElement).disabled).toBe(
      true,
    );
  });

  it("speaks Danish", () => {
    renderForm({ lang: "da" });
    expect(screen.getByRole("checkbox", { name: /^Toyota Aygo X .* — 3 køretøjer$/ })).toBeTruthy();
    expect(spin(/^Renault Zoe .* · nr\. 14$/).value).toBe("2");
    expect(screen.getByText(/^48\.300–54\.000\skr\. om året · nr\. 14, 15$/)).toBeTruthy();
    expect(screen.getByText("6 køretøjer, lige så mange som i dag")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Cykelindstillinger" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Andre lokationer" })).toBeTruthy();
  });
});

describe("the compact fleet", () => {
  it("folds the current fleet's vehicles behind one line that counts the ticked ones", () => {
    renderForm({ overview: anOverview(), folded: true });
    expect(screen.queryByRole("checkbox", { name: "Toyota Yaris — no. 1" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Current fleet: 2 of 2 vehicles" }));
    fireEvent.click(checkbox("Toyota Yaris — no. 1"));
    expect(screen.getByRole("button", { name: "Current fleet: 1 of 2 vehicles" })).toBeTruthy();
  });

  it("shows today's count beside each model and groups the models by type", () => {
    renderForm({ folded: true });
    const fossil = screen.getAllByRole("group", { name: "Fossil car" })[0];
    expect(within(fossil).getByRole("spinbutton", { name: /^Toyota Aygo X .*no\. 11$/ })).toBeTruthy();
    expect(within(fossil).getByText("today 3")).toBeTruthy();
  });

  it("filters the models by name, type or number, keeping hidden counts in the total", () => {
    renderForm({ folded: true });
    fireEvent.change(screen.getByRole("searchbox", { name: "Filter models" }), { target: { value: "zoe" } });
    expect(screen.queryByRole("spinbutton", { name: /^Toyota Aygo X/ })).toBeNull();
    expect(screen.getAllByRole("spinbutton", { name: /^Renault Zoe/ }).length).toBeGreaterThan(0);
    expect(screen.getByText("6 vehicles, as many as today")).toBeTruthy();
    fireEvent.change(screen.getByRole("searchbox", { name: "Filter models" }), { target: { value: "" } });
    expect(spin(/^Toyota Aygo X .*no\. 11$/).value).toBe("3");
  });

  it("stepping a count up changes the total against today", () => {
    renderForm({ folded: true });
    const aygo = spin(/^Toyota Aygo X .*no\. 11$/);
    fireEvent.keyDown(aygo, { key: "ArrowUp" });
    expect(aygo.value).toBe("4");
    expect(screen.getByText("7 vehicles, 1 more than today")).toBeTruthy();
  });

  it("says what a row's count does to the leases: the dearest go first, copies come at the cheapest", () => {
    const latest = renderForm({ folded: true });
    // 3 Aygos at 42,900, Zoes at 48,300 and 54,000, a bike at 1,850 kr a year.
    expect(screen.getByText(/^Yearly cost of the vehicles DKK\s232,850, as today$/)).toBeTruthy();
    typeCount(/^Renault Zoe .* · no\. 14$/, "1");
    const fewer = screen.getByText(/^1 fewer, the dearest first: DKK\s54,000 less a year$/);
    expect(fewer.id).not.toBe("");
    expect(spin(/^Renault Zoe .* · no\. 14$/).getAttribute("aria-describedby")).toContain(fewer.id);
    expect(
      screen.getByText(/^Yearly cost of the vehicles DKK\s178,850, DKK\s54,000 less than today$/),
    ).toBeTruthy();
    expect(toScenarioRequest(latest.form, aGroupedOverview(), "en").fleet).toContainEqual({
      sourceId: "14",
      count: 1,
    });

    typeCount(/^Renault Zoe .* · no\. 14$/, "3");
    expect(screen.getByText(/^1 more at DKK\s48,300 each: DKK\s48,300 more a year$/)).toBeTruthy();
    // All the Aygos cost the same: nothing to say about which goes.
    typeCount(/^Toyota Aygo X .*no\. 11$/, "1");
    expect(screen.getByText(/^2 fewer: DKK\s85,800 less a year$/)).toBeTruthy();
  });

  it("says it in Danish, with Danish amounts", () => {
    renderForm({ lang: "da", folded: true });
    typeCount(/^Renault Zoe .* · nr\. 14$/, "1");
    expect(screen.getByText(/^1 færre, de dyreste først: 54\.000\skr\. mindre om året$/)).toBeTruthy();
    expect(
      screen.getByText(/^Køretøjernes årlige omkostning 178\.850\skr\., 54\.000\skr\. mindre end i dag$/),
    ).toBeTruthy();
  });

  it("writes Danish model labels with a decimal comma and bikes as (cykel)", () => {
    renderForm({ lang: "da", folded: true });
    expect(spin(/^Toyota Aygo X \(benzin, 21,1 km\/l\)/)).toBeTruthy();
    expect(spin("Christiania Classic (cykel)").value).toBe("1");
  });
});

describe("isTodaysFleet", () => {
  it("holds for the form as loaded, and not once a count or a tick changes", () => {
    const overview = aGroupedOverview();
    const form = initialForm(overview);
    expect(isTodaysFleet(form, overview)).toBe(true);
    const [first] = Object.keys(form.fleetCounts);
    expect(isTodaysFleet(setFleetCount(form, first, form.fleetCounts[first] + 1), overview)).toBe(false);
    expect(isTodaysFleet({ ...form, currentIds: form.currentIds.slice(1) }, overview)).toBe(false);
  });
});
