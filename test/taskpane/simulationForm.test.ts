import { describe, expect, it } from "vitest";
import {
  changeLocation,
  formProblems,
  initialForm,
  setFleetCount,
  toScenarioRequest,
  toggleCurrent,
} from "../../src/app/state/simulationForm";
import { anOverview } from "./builders";

describe("initialForm", () => {
  it("picks the first location, the data's dates and all of the location's vehicles", () => {
    const form = initialForm(anOverview());
    expect(form).toEqual({
      location: "Rådhuset",
      fromDate: "2024-03-01",
      toDate: "2024-03-31",
      currentIds: ["1", "2"],
      fleetCounts: { "1": 1, "2": 1, "3": 0, "9": 0 },
      limitKm: false,
    });
  });

  it("offers every vehicle in the workbook, with the other locations' vehicles at 0", () => {
    const form = initialForm(anOverview(), "Vandværket");
    expect(form.currentIds).toEqual(["3", "9"]);
    expect(form.fleetCounts).toEqual({ "1": 0, "2": 0, "3": 1, "9": 1 });
  });
});

describe("changeLocation", () => {
  it("starts both fleets over for the new location and keeps the period", () => {
    const form = { ...initialForm(anOverview()), fromDate: "2024-03-10" };
    const changed = changeLocation(form, anOverview(), "Vandværket");
    expect(changed).toMatchObject({ location: "Vandværket", fromDate: "2024-03-10", currentIds: ["3", "9"] });
  });
});

describe("setFleetCount", () => {
  it("clamps counts to 0–99 and ignores a value that is not a number", () => {
    const form = initialForm(anOverview());
    expect(setFleetCount(form, "1", 150).fleetCounts["1"]).toBe(99);
    expect(setFleetCount(form, "1", -2).fleetCounts["1"]).toBe(0);
    expect(setFleetCount(form, "1", Number.NaN)).toBe(form);
  });
});

describe("formProblems", () => {
  it("accepts the initial form", () => {
    expect(formProblems(initialForm(anOverview()))).toEqual([]);
  });

  it("rejects a period that ends before it starts, or an empty date", () => {
    const form = initialForm(anOverview());
    expect(formProblems({ ...form, fromDate: "2024-04-01" })).toEqual(["form.periodInvalid"]);
    expect(formProblems({ ...form, toDate: "" })).toEqual(["form.periodInvalid"]);
  });

  it("rejects an empty current fleet", () => {
    const form = initialForm(anOverview());
    const none = toggleCurrent(toggleCurrent(form, "1", false), "2", false);
    expect(formProblems(none)).toEqual(["form.currentFleetEmpty"]);
  });
});

describe("toScenarioRequest", () => {
  it("sends the ticked current fleet in workbook order and only models with copies", () => {
    const overview = anOverview();
    let form = initialForm(overview);
    form = toggleCurrent(toggleCurrent(form, "1", false), "1", true); // re-ticked: order must not change
    form = setFleetCount(setFleetCount(form, "1", 0), "9", 2);
    expect(toScenarioRequest({ ...form, limitKm: true }, overview, "da")).toEqual({
      location: "Rådhuset",
      fromDate: "2024-03-01",
      toDate: "2024-03-31",
      currentIds: ["1", "2"],
      fleet: [
        { sourceId: "2", count: 1 },
        { sourceId: "9", count: 2 },
      ],
      allocation: "simple",
      limitKm: true,
      language: "da",
    });
  });

  it("sends an empty simulated fleet as an empty list, not as 'the current fleet'", () => {
    const overview = anOverview();
    const form = setFleetCount(setFleetCount(initialForm(overview), "1", 0), "2", 0);
    expect(toScenarioRequest(form, overview, "en").fleet).toEqual([]);
  });
});
