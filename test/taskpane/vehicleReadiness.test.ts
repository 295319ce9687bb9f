import { describe, expect, it } from "vitest";
import { isSimulatable, notSimulatableReason, simulatableIds } from "../../src/app/state/vehicleReadiness";
import { missingVehicleData } from "../../src/engine/missingVehicleData";
import { createTranslator } from "../../src/i18n/translate";
import type { Vehicle } from "../../src/core/model/types";

const car = (over: Partial<Vehicle>): Vehicle =>
  ({
    type: "fossil",
    kmPerLitre: 20,
    whPerKm: null,
    rangeKm: null,
    yearlyCostDkk: 30000,
    ...over,
  }) as Vehicle;

describe("vehicles kept out of a simulation", () => {
  it("uses the check's codes: no WLTP, no yearly cost, an EV without range", () => {
    expect(missingVehicleData(car({}))).toEqual([]);
    expect(missingVehicleData(car({ kmPerLitre: null }))).toEqual(["missing-consumption"]);
    expect(missingVehicleData(car({ yearlyCostDkk: null }))).toEqual(["missing-yearly-cost"]);
    expect(missingVehicleData(car({ type: "ev", whPerKm: 160, rangeKm: null }))).toEqual([
      "ev-without-range",
    ]);
    expect(missingVehicleData(car({ type: "bike", kmPerLitre: null }))).toEqual([]);
  });

  it("says why in the user's language and leaves such vehicles out of a group's tick", () => {
    const blocked = { id: "2", missingData: ["missing-consumption", "missing-yearly-cost"] as const };
    expect(isSimulatable(blocked as never)).toBe(false);
    expect(notSimulatableReason({ missingData: [...blocked.missingData] }, createTranslator("en"))).toBe(
      "Not in the simulation: no WLTP consumption, no yearly cost. Fix it on the vehicle sheet (Check vehicle data on the Data tab lists the cells).",
    );
    expect(notSimulatableReason({ missingData: ["ev-without-range"] }, createTranslator("da"))).toMatch(
      /^Ikke med i simuleringen: en elbil uden rækkevidde\./,
    );
    expect(notSimulatableReason({}, createTranslator("en"))).toBe("");
    const vehicles = [
      { id: "1" },
      { id: "2", missingData: ["missing-yearly-cost" as const] },
      { id: "3", missingData: [] },
    ];
    expect(simulatableIds(vehicles as never)).toEqual(["1", "3"]);
  });
});
