import { describe, expect, it } from "vitest";
import { aggregationParams, parseRadiusList } from "../../../src/core/aggregation/aggregationParams";
import { defaultParameters, findParameterDefinition } from "../../../src/core/model/parameters";

describe("aggregationParams", () => {
  it("turns the Parametre values into the aggregation's thresholds, switches as booleans", () => {
    const p = aggregationParams({
      ...defaultParameters(),
      aggRadiusM: 150,
      aggRecoverOrphans: 1,
      gpsStopMin: 3,
    });
    expect(p).toMatchObject({ radiiM: [150], recoverOrphans: true, locationChange: false, gpsStopMin: 3 });
  });

  it("tries every radius of agg_radius_candidates_m when agg_best_radius is 1", () => {
    expect(aggregationParams({ ...defaultParameters(), aggBestRadius: 1 }).radiiM).toEqual([
      300, 200, 100, 50,
    ]);
  });

  it("refuses a radius list that is not metres", () => {
    expect(parseRadiusList("300; 150,5")).toEqual([300, 150.5]);
    expect(parseRadiusList("stor")).toBeNull();
    expect(() =>
      aggregationParams({ ...defaultParameters(), aggBestRadius: 1, aggRadiusCandidatesM: "x" }),
    ).toThrow();
  });

  it("knows every agg_ and gps_ key on the Parametre sheet, with the seed's defaults", () => {
    expect(findParameterDefinition("agg_radius_m")?.defaultText).toBe("100");
    expect(findParameterDefinition("agg_min_km")?.defaultText).toBe("0.5");
    expect(findParameterDefinition("agg_split_hours")?.defaultText).toBe("17");
    expect(findParameterDefinition("gps_max_speed_kmh")?.defaultText).toBe("200");
  });
});
