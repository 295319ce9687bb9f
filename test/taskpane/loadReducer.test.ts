import { describe, expect, it } from "vitest";
import { initialLoadState, loadReducer } from "../../src/app/state/loadReducer";
import { aCellError, anOverview } from "./builders";

const inputs = { vehicles: "Køretøjer", trips: "Ture", parameters: null };

describe("loadReducer", () => {
  it("holds the overview once the engine has read the sheets", () => {
    const overview = anOverview();
    const loading = loadReducer(initialLoadState, { type: "loadStarted" });
    expect(loadReducer(loading, { type: "loaded", inputs, overview })).toEqual({
      kind: "loaded",
      inputs,
      overview,
    });
  });

  it("holds the cell errors when the data is invalid", () => {
    const errors = [aCellError()];
    const loading = loadReducer(initialLoadState, { type: "loadStarted" });
    expect(loadReducer(loading, { type: "rejected", errors })).toEqual({ kind: "invalid", errors });
  });

  it("drops a load that finishes after the mapping was reset", () => {
    const reset = loadReducer(loadReducer(initialLoadState, { type: "loadStarted" }), { type: "reset" });
    expect(loadReducer(reset, { type: "loaded", inputs, overview: anOverview() })).toEqual(initialLoadState);
  });
});
