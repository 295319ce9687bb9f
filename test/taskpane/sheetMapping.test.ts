import { describe, expect, it } from "vitest";
import {
  inputSheetNames,
  mappingProblem,
  proposeMapping,
  refreshMapping,
  toInputSheets,
} from "../../src/app/state/sheetMapping";

describe("proposeMapping", () => {
  it("finds the Danish sheet names whatever their order", () => {
    expect(proposeMapping(["Parametre", "Ture", "Køretøjer", "Noter"])).toEqual({
      vehicles: "Køretøjer",
      trips: "Ture",
      parameters: "Parametre",
    });
  });

  it("finds the English aliases case-insensitively", () => {
    expect(proposeMapping(["vehicles", "TRIPS"])).toEqual({
      vehicles: "vehicles",
      trips: "TRIPS",
      parameters: null,
    });
  });

  it("takes the first match in tab order when a name appears twice", () => {
    expect(proposeMapping(["Ture", "Ture (2)", "Køretøjer"]).trips).toBe("Ture");
  });

  it("proposes the optional Vagtlag and Kandidater sheets by name, Danish or English", () => {
    expect(proposeMapping(["Køretøjer", "Ture", "Vagtlag", "Kandidater"])).toMatchObject({
      shifts: "Vagtlag",
      candidates: "Kandidater",
    });
    expect(proposeMapping(["Vehicles", "Trips", "shifts", "CANDIDATES"])).toMatchObject({
      shifts: "shifts",
      candidates: "CANDIDATES",
    });
    const none = proposeMapping(["Køretøjer", "Ture"]);
    expect(none.shifts ?? null).toBeNull();
    expect(none.candidates ?? null).toBeNull();
  });

  it("proposes nothing for an empty workbook", () => {
    expect(proposeMapping([])).toEqual({ vehicles: null, trips: null, parameters: null });
  });
});

describe("refreshMapping", () => {
  it("keeps a deliberate choice that still exists and proposes the rest", () => {
    const previous = { vehicles: "Biler", trips: null, parameters: null };
    expect(refreshMapping(previous, ["Biler", "Ture"])).toEqual({
      vehicles: "Biler",
      trips: "Ture",
      parameters: null,
    });
  });

  it("proposes a Vagtlag sheet that appeared since, but keeps shifts the user turned off", () => {
    const undecided = proposeMapping(["Køretøjer", "Ture"]);
    expect(refreshMapping(undecided, ["Køretøjer", "Ture", "Vagtlag"]).shifts).toBe("Vagtlag");
    const off = { ...proposeMapping(["Køretøjer", "Ture", "Vagtlag"]), shifts: null };
    expect(refreshMapping(off, ["Køretøjer", "Ture", "Vagtlag", "Scenarie 1"]).shifts).toBeNull();
  });

  it("replaces a choice whose sheet is gone", () => {
    const previous = { vehicles: "Biler", trips: "Ture", parameters: null };
    expect(refreshMapping(previous, ["Køretøjer", "Ture"]).vehicles).toBe("Køretøjer");
  });
});

describe("mappingProblem", () => {
  it("needs the vehicles and trips sheets but not the parameters", () => {
    expect(mappingProblem({ vehicles: "Køretøjer", trips: null, parameters: null })).toBe("missing");
    expect(mappingProblem({ vehicles: "Køretøjer", trips: "Ture", parameters: null })).toBeNull();
  });

  it("refuses one sheet for two inputs", () => {
    expect(mappingProblem({ vehicles: "Data", trips: "Data", parameters: null })).toBe("duplicate");
    expect(mappingProblem({ vehicles: "K", trips: "T", parameters: null, candidates: "K" })).toBe(
      "duplicate",
    );
  });

  it("needs neither shifts nor candidates", () => {
    expect(
      mappingProblem({ vehicles: "K", trips: "T", parameters: null, shifts: null, candidates: null }),
    ).toBeNull();
  });
});

describe("toInputSheets", () => {
  it("gives the engine's InputSheets for a complete mapping and null otherwise", () => {
    expect(toInputSheets({ vehicles: "K", trips: "T", parameters: "P" })).toEqual({
      vehicles: "K",
      trips: "T",
      parameters: "P",
      shifts: null,
      candidates: null,
    });
    expect(toInputSheets({ vehicles: "K", trips: null, parameters: "P" })).toBeNull();
  });
});

describe("shifts and candidates", () => {
  it("go to the engine as named sheets, null for none, and are read with the others", () => {
    const inputs = toInputSheets({
      vehicles: "K",
      trips: "T",
      parameters: null,
      shifts: "Vagtlag",
      candidates: "Kandidater",
    });
    expect(inputs).toEqual({
      vehicles: "K",
      trips: "T",
      parameters: null,
      shifts: "Vagtlag",
      candidates: "Kandidater",
    });
    if (!inputs) throw new Error("complete mapping");
    expect(inputSheetNames(inputs)).toEqual(["K", "T", "Vagtlag", "Kandidater"]);
    expect(inputSheetNames({ vehicles: "K", trips: "T", parameters: "P", shifts: null })).toEqual([
      "K",
      "T",
      "P",
    ]);
  });
});
