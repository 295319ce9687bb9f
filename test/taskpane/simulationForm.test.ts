import { describe, expect, it } from "vitest";
import {
  changeLocation,
  fleetDifference,
  fleetTotal,
  formProblems,
  groupChecked,
  initialForm,
  locationHasShifts,
  resetBikeSettings,
  setBikeSetting,
  setFleetCount,
  toScenarioRequest,
  toggleCurrent,
  toggleCurrentMany,
} from "../../src/app/state/simulationForm";
import { modelGroups } from "../../src/app/state/fleetGroups";
import { anOverview } from "./builders";
import { aGroupedOverview } from "./fleetBuilders";

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
      allocation: "simple",
      compareAllocations: false,
      bikeSettings: {
        bike_max_km_per_trip: "15",
        bike_percent_of_trips: "100",
        bike_slots: "07:00-15:30",
        bike_speed: "20",
        electrical_bike_speed: "30",
      },
    });
  });

  it("counts each model once, at the number of the location's vehicles of that model; others at 0", () => {
    const form = initialForm(aGroupedOverview());
    expect(form.currentIds).toEqual(["11", "12", "14", "13", "15", "16"]);
    expect(form.fleetCounts).toEqual({
      "11": 3,
      "14": 2,
      "16": 1,
      "21": 0,
      "22": 0,
      "31": 0,
      "32": 0,
    });
    expect(fleetTotal(form)).toBe(6);
    expect(fleetDifference(form)).toBe(0);
  });

  it("offers every vehicle in the workbook, with the other locations' vehicles at 0", () => {
    const form = initialForm(anOverview(), "Vandværket");
    expect(form.currentIds).toEqual(["3", "9"]);
    expect(form.fleetCounts).toEqual({ "1": 0, "2": 0, "3": 1, "9": 1 });
  });
});

describe("changeLocation", () => {
  it("starts both fleets over for the new location and keeps the period and the bike settings", () => {
    const form = setBikeSetting({ ...initialForm(anOverview()), fromDate: "2024-03-10" }, "bike_speed", "18");
    const changed = changeLocation(form, anOverview(), "Vandværket");
    expect(changed).toMatchObject({ location: "Vandværket", fromDate: "2024-03-10", currentIds: ["3", "9"] });
    expect(changed.bikeSettings.bike_speed).toBe("18");
  });

  it("groups the new location's models", () => {
    const changed = changeLocation(initialForm(aGroupedOverview()), aGroupedOverview(), "Vandværket");
    expect(changed.currentIds).toEqual(["31", "32"]);
    expect(changed.fleetCounts).toEqual({
      "31": 1,
      "32": 1,
      "11": 0,
      "14": 0,
      "16": 0,
      "21": 0,
      "22": 0,
    });
  });
});

describe("the current fleet by model", () => {
  it("ticks and unticks a whole model, and says when only some of its vehicles are ticked", () => {
    const overview = aGroupedOverview();
    const [aygo] = modelGroups(overview, "Rådhuset");
    let form = initialForm(overview);
    expect(groupChecked(form, aygo)).toBe(true);
    form = toggleCurrent(form, "12", false);
    expect(groupChecked(form, aygo)).toBe("mixed");
    form = toggleCurrentMany(form, ["11", "12", "13"], false);
    expect(groupChecked(form, aygo)).toBe(false);
    expect(form.currentIds).toEqual(["14", "15", "16"]);
    form = toggleCurrentMany(form, ["11", "12", "13"], true);
    expect(groupChecked(form, aygo)).toBe(true);
    expect(form.currentIds).toHaveLength(6);
  });

  it("compares the simulated fleet with the ticked current fleet", () => {
    let form = initialForm(aGroupedOverview());
    form = setFleetCount(setFleetCount(form, "11", 1), "22", 1); // 3 Aygos → 1, one candidate ID.3
    expect(fleetTotal(form)).toBe(5);
    expect(fleetDifference(form)).toBe(-1);
    form = toggleCurrent(form, "16", false);
    expect(fleetDifference(form)).toBe(0);
  });
});

describe("locationHasShifts", () => {
  it("is true for a location with its own shifts or when shifts apply everywhere", () => {
    expect(locationHasShifts(anOverview({ shiftLocations: [] }), "Rådhuset")).toBe(false);
    expect(locationHasShifts(anOverview({ shiftLocations: ["Vandværket"] }), "Rådhuset")).toBe(false);
    expect(locationHasShifts(anOverview({ shiftLocations: ["Rådhuset"] }), "Rådhuset")).toBe(true);
    expect(locationHasShifts(anOverview({ shiftLocations: [""] }), "Rådhuset")).toBe(true);
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

  it("sends the models in workbook order, identical vehicles as one entry with the model's count", () => {
    const overview = aGroupedOverview();
    let form = initialForm(overview);
    form = setFleetCount(setFleetCount(setFleetCount(form, "22", 2), "16", 0), "32", 1);
    expect(toScenarioRequest(form, overview, "en").fleet).toEqual([
      { sourceId: "11", count: 3 },
      // The Zoe row: both of today's, the cheaper first.
      { sourceId: "14", count: 1 },
      { sourceId: "15", count: 1 },
      { sourceId: "22", count: 2 },
      { sourceId: "32", count: 1 },
    ]);
  });

  it("keeps the Zoe row's cheaper vehicle when its count is lowered to 1", () => {
    const overview = aGroupedOverview();
    const form = setFleetCount(initialForm(overview), "14", 1);
    expect(toScenarioRequest(form, overview, "en").fleet).toEqual([
      { sourceId: "11", count: 3 },
      { sourceId: "14", count: 1 },
      { sourceId: "16", count: 1 },
    ]);
  });

  it("sends no parameterOverrides while the bike settings are the workbook's", () => {
    const overview = anOverview();
    const form = setBikeSetting(
      setBikeSetting(initialForm(overview), "bike_max_km_per_trip", "15,0"),
      "bike_slots",
      " 07:00 - 15:30 ",
    );
    expect(toScenarioRequest(form, overview, "en")).not.toHaveProperty("parameterOverrides");
  });

  it("sends the bike settings the user changed, and only those, keyed like Parametre", () => {
    const overview = anOverview();
    let form = initialForm(overview);
    form = setBikeSetting(form, "bike_speed", "18,5");
    form = setBikeSetting(form, "bike_slots", "07:00-15:30;16:00-18:00");
    form = setBikeSetting(form, "bike_percent_of_trips", ""); // emptied: the workbook's value
    expect(toScenarioRequest(form, overview, "en").parameterOverrides).toEqual({
      bike_speed: 18.5,
      bike_slots: "07:00-15:30;16:00-18:00",
    });
  });

  it("sends a setting that is not a number as typed, for the engine to reject", () => {
    const overview = anOverview();
    const form = setBikeSetting(initialForm(overview), "electrical_bike_speed", "hurtig");
    expect(toScenarioRequest(form, overview, "en").parameterOverrides).toEqual({
      electrical_bike_speed: "hurtig",
    });
  });

  it("forgets every change when the bike settings are reset", () => {
    const overview = anOverview();
    const form = resetBikeSettings(setBikeSetting(initialForm(overview), "bike_speed", "18"), overview);
    expect(form.bikeSettings).toEqual(initialForm(overview).bikeSettings);
    expect(toScenarioRequest(form, overview, "en").parameterOverrides).toBeUndefined();
  });

  it("sends an empty simulated fleet as an empty list, not as 'the current fleet'", () => {
    const overview = anOverview();
    const form = setFleetCount(setFleetCount(initialForm(overview), "1", 0), "2", 0);
    expect(toScenarioRequest(form, overview, "en").fleet).toEqual([]);
  });
});
