import type { Vehicle, VehicleType } from "../../core/model/types";

/** What a model's label is made of. */
export type ModelLabelFacts = Pick<
  Vehicle,
  "id" | "plate" | "make" | "model" | "type" | "fuelLabel" | "kmPerLitre" | "whPerKm"
>;

/** The sheet's words for the vehicle types, e.g. { ebike: "e-bike" } or { ebike: "elcykel" }. */
export type TypeWords = Readonly<Record<VehicleType, string>>;

/**
 * One label per model, unique within the list and true to its type: "Renault Zoe (el)",
 * "Christiania Classic (e-bike)". Where names collide the label adds the model's use (km/l or
 * Wh/km), then its plate (or its Bil id when it has none), so a reader can tell the rows of a
 * table apart. Models that are the same vehicle class may share a label only if they share
 * every fact, which the callers' grouping rules out.
 *
 * @example
 * uniqueModelLabels([yarisA, yarisB], words)
 * //=> ["Toyota Yaris (benzin, 21.9 km/l)", "Toyota Yaris (benzin, 18.2 km/l)"]
 */
export function uniqueModelLabels(models: readonly ModelLabelFacts[], words: TypeWords): string[] {
  const steps = [
    (m: ModelLabelFacts) => label(m, words, []),
    (m: ModelLabelFacts) => label(m, words, [use(m)]),
    (m: ModelLabelFacts) => label(m, words, [use(m), m.plate || `Bil id ${m.id}`]),
  ];
  const labels = models.map(steps[0]);
  for (const step of steps.slice(1)) {
    const counts = countOf(labels);
    models.forEach((m, i) => {
      if ((counts.get(labels[i]) ?? 0) > 1) labels[i] = step(m);
    });
  }
  return labels;
}

function label(m: ModelLabelFacts, words: TypeWords, extra: string[]): string {
  const name = [m.make, m.model].filter((s) => s !== "").join(" ") || `Bil ${m.id}`;
  const kind = kindOf(m, words);
  const parts = [kind, ...extra].filter((s) => s !== "");
  return parts.length > 0 ? `${name} (${parts.join(", ")})` : name;
}

/**
 * A bike says which kind of bike it is (the sheet's fuel column is empty for bikes); a car says
 * its fuel as the user typed it ("benzin", "el").
 */
function kindOf(m: ModelLabelFacts, words: TypeWords): string {
  if (m.type === "bike" || m.type === "ebike") return words[m.type];
  return m.fuelLabel || words[m.type];
}

function use(m: ModelLabelFacts): string {
  if (m.type === "fossil" && m.kmPerLitre) return `${m.kmPerLitre} km/l`;
  if (m.type === "ev" && m.whPerKm) return `${m.whPerKm} Wh/km`;
  return "";
}

function countOf(labels: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}
