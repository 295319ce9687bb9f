import { describe, expect, it } from "vitest";
import { localModelLabel } from "../../../src/app/components/modelLabels";
import { modelLabel } from "../../../src/core/scenario/fleetChanges";
import { aBike, anEv, aVehicle } from "../../helpers/builders";

describe("a model's label (CLI search text, the pane's fleet)", () => {
  it("says which kind of bike it is, whatever the fuel column says: both kinds' fuel is 'bike'", () => {
    const ebike = aBike("e", { type: "ebike", make: "Christiania", model: "Light E" });
    expect(modelLabel(ebike)).toBe("Christiania Light E (e-bike)");
    expect(modelLabel({ ...ebike, fuelLabel: "cykel" })).toBe("Christiania Light E (e-bike)");
    expect(modelLabel(aBike("b", { make: "Christiania", model: "Classic" }))).toBe(
      "Christiania Classic (bike)",
    );
  });

  it("keeps a car's fuel as the sheet has it, with its use", () => {
    expect(modelLabel(aVehicle({ id: "1", make: "Toyota", model: "Yaris", kmPerLitre: 21.9 }))).toBe(
      "Toyota Yaris (benzin, 21.9 km/l)",
    );
    expect(modelLabel(anEv("2", 165, { make: "Renault", model: "Zoe" }))).toBe("Renault Zoe (el, 165 Wh/km)");
  });

  it("reads as the sheets do in Danish: cykel and elcykel", () => {
    const ebike = aBike("e", { type: "ebike", make: "Christiania", model: "Light E" });
    expect(localModelLabel(modelLabel(ebike), "ebike", "da")).toBe("Christiania Light E (elcykel)");
    const bike = aBike("b", { make: "Christiania", model: "Classic" });
    expect(localModelLabel(modelLabel(bike), "bike", "da")).toBe("Christiania Classic (cykel)");
  });
});
