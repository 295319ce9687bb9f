import { describe, expect, it } from "vitest";
import { currentFleet, memberName, simulatedFleet } from "../../../src/core/simulation/buildFleet";
import { aVehicle } from "../../helpers/builders";

const zoeA = aVehicle({ id: "1027", make: "Renault", model: "Zoe", plate: "AB12345" });
const zoeB = aVehicle({ id: "1031", make: "Renault", model: "Zoe", plate: "CD67890" });
const yaris = aVehicle({ id: "7", make: "Toyota", model: "Yaris" });
const byId = new Map([zoeA, zoeB, yaris].map((v) => [v.id, v]));

describe("the names of a simulated fleet's vehicles", () => {
  it("numbers a model's copies across the source vehicles they come from, so no two share a name", () => {
    const fleet = simulatedFleet(
      [
        { sourceId: "1027", count: 2 },
        { sourceId: "7", count: 1 },
        { sourceId: "1031", count: 1 },
      ],
      byId,
    );
    expect(fleet.map((m) => memberName(m, true))).toEqual([
      "Renault Zoe 1",
      "Renault Zoe 2",
      "Toyota Yaris 1",
      "Renault Zoe 3",
    ]);
    // The copy of each source vehicle stays as it was: the key a saved allocation refers to.
    expect(fleet.map((m) => m.key)).toEqual(["1027#1", "1027#2", "7#1", "1031#1"]);
  });

  it("names today's vehicles by their plate", () => {
    expect(currentFleet([zoeA, zoeB]).map((m) => memberName(m, false))).toEqual([
      "Renault Zoe AB12345",
      "Renault Zoe CD67890",
    ]);
  });
});
