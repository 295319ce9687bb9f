import type { InputOverview } from "../../src/engine/api";
import { anOverview } from "./builders";

type Vehicle = InputOverview["vehicles"][number];

function aVehicle(
  id: string,
  location: string,
  model: { label: string; name: string; type: string; cost: number | null },
  plate = "",
): Vehicle {
  return {
    id,
    name: plate ? `${model.name} ${plate}` : model.name,
    type: model.type,
    location,
    yearlyCostDkk: model.cost,
    // As the engine groups: by model and consumption, whatever the yearly cost.
    groupKey: model.label,
    modelLabel: model.label,
  };
}

const AYGO = {
  label: "Toyota Aygo X (benzin, 21.1 km/l)",
  name: "Toyota Aygo X",
  type: "fossil",
  cost: 42900,
};
const zoe = (cost: number) => ({
  label: "Renault Zoe (el, 165 Wh/km)",
  name: "Renault Zoe",
  type: "ev",
  cost,
});
const BIKE = { label: "Christiania Classic (bike)", name: "Christiania Classic", type: "bike", cost: 1850 };
const ID3 = { label: "VW ID.3 (el, 160 Wh/km)", name: "VW ID.3", type: "ev", cost: 49700 };
const CADDY = { label: "VW Caddy (diesel, 16.8 km/l)", name: "VW Caddy", type: "fossil", cost: 40000 };

/**
 * Rådhuset has three identical Aygos (11, 12, 13), two Zoes that differ only by yearly cost (14 at
 * 48,300 kr, 15 at 54,000 kr: one model) and a bike without a plate (16); the candidates are a third
 * Zoe (21) and two identical ID.3s (22, 23); Vandværket has a Caddy (31) and an Aygo identical to
 * Rådhuset's (32). Interleaved, so workbook order and section order differ.
 */
export function aGroupedOverview(overrides: Partial<InputOverview> = {}): InputOverview {
  return anOverview({
    locations: [
      { name: "Rådhuset", vehicleCount: 6, tripCount: 40 },
      { name: "Vandværket", vehicleCount: 2, tripCount: 12 },
    ],
    vehicles: [
      aVehicle("11", "Rådhuset", AYGO, "AA11111"),
      aVehicle("31", "Vandværket", CADDY, "CD12345"),
      aVehicle("12", "Rådhuset", AYGO, "AA22222"),
      aVehicle("14", "Rådhuset", zoe(48300), "EL14141"),
      aVehicle("21", "", zoe(50400)),
      aVehicle("13", "Rådhuset", AYGO, "AA33333"),
      aVehicle("15", "Rådhuset", zoe(54000), "EL15151"),
      aVehicle("16", "Rådhuset", BIKE),
      aVehicle("22", "", ID3),
      aVehicle("32", "Vandværket", AYGO, "AA44444"),
      aVehicle("23", "", ID3),
    ],
    ...overrides,
  });
}
