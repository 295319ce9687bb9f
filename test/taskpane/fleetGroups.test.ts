import { describe, expect, it } from "vitest";
import { groupsIn, modelGroups, plateOf } from "../../src/app/state/fleetGroups";
import { anOverview } from "./builders";
import { aGroupedOverview } from "./fleetBuilders";

const ids = (groups: { vehicles: { id: string }[] }[]) => groups.map((g) => g.vehicles.map((v) => v.id));

describe("modelGroups", () => {
  it("groups identical models per section: the location's, the candidates, the other locations'", () => {
    const groups = modelGroups(aGroupedOverview(), "Rådhuset");
    // The two Zoes differ only by yearly cost: one model.
    expect(ids(groupsIn(groups, "location"))).toEqual([["11", "12", "13"], ["14", "15"], ["16"]]);
    expect(ids(groupsIn(groups, "candidates"))).toEqual([["21"], ["22", "23"]]);
    // Vandværket's Aygo is the same model as Rådhuset's, but it is not the location's own.
    expect(ids(groupsIn(groups, "otherLocations"))).toEqual([["31"], ["32"]]);
    expect(groups.map((g) => g.section)).toEqual([
      "location",
      "location",
      "location",
      "candidates",
      "candidates",
      "otherLocations",
      "otherLocations",
    ]);
  });

  it("names each group after its first vehicle and keeps the model's label and type", () => {
    const [aygo] = modelGroups(aGroupedOverview(), "Rådhuset");
    expect(aygo).toMatchObject({
      id: "11",
      modelLabel: "Toyota Aygo X (benzin, 21.1 km/l)",
      type: "fossil",
      order: 0,
    });
  });

  it("tells apart groups with the same label, in two sections, by their first Bil id", () => {
    const groups = modelGroups(aGroupedOverview(), "Rådhuset");
    const by = Object.fromEntries(groups.map((g) => [g.id, g.distinguishBy]));
    // Zoes at Rådhuset and among the candidates; Aygos at Rådhuset and at Vandværket.
    expect(by).toEqual({
      "11": "id",
      "14": "id",
      "16": null,
      "21": "id",
      "22": null,
      "31": null,
      "32": "id",
    });
  });

  it("depends on the chosen location", () => {
    const groups = modelGroups(aGroupedOverview(), "Vandværket");
    expect(ids(groupsIn(groups, "location"))).toEqual([["31"], ["32"]]);
    expect(ids(groupsIn(groups, "otherLocations"))).toEqual([["11", "12", "13"], ["14", "15"], ["16"]]);
  });

  it("makes every vehicle a group of its own when no two are identical", () => {
    const groups = modelGroups(anOverview(), "Rådhuset");
    expect(ids(groups)).toEqual([["1"], ["2"], ["3"], ["9"]]);
    expect(groups.every((g) => g.distinguishBy === null)).toBe(true);
  });
});

describe("plateOf", () => {
  it("takes the number plate from the vehicle's name, or nothing when it has none", () => {
    expect(plateOf({ name: "Peugeot 208 LL81850", modelLabel: "Peugeot 208 (benzin, 18.4 km/l)" })).toBe(
      "LL81850",
    );
    expect(plateOf({ name: "Christiania Classic", modelLabel: "Christiania Classic (bike)" })).toBe("");
    // A model name with brackets of its own.
    expect(
      plateOf({ name: "Ford Transit (L2) AB12345", modelLabel: "Ford Transit (L2) (diesel, 12 km/l)" }),
    ).toBe("AB12345");
  });
});
