import { describe, expect, it } from "vitest";
import {
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
  });
});

describe("toInputSheets", () => {
  it("gives the engine's InputSheets for a complete mapping and null otherwise", () => {
    expect(toInputSheets({ vehicles: "K", trips: "T", parameters: "P" })).toEqual({
      vehicles: "K",
      trips: "T",
      parameters: "P",
    });
    expect(toInputSheets({ vehicles: "K", trips: null, parameters: "P" })).toBeNull();
  });
});
