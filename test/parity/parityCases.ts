import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The parity cases in ../shared/parity: a workbook, CLI arguments and the reference's result. */
export const PARITY_DIR = resolve(__dirname, "../../../shared/parity");

export interface ReferenceVehicle {
  id: number;
  km: number;
  trips: number;
}

export interface ReferenceResult {
  number_of_trips: number;
  unallocated: number;
  unallocated_current: number;
  yearly_cost: { current: number; simulation: number };
  yearly_co2e_tonnes: { current: number; simulation: number };
  allocated_km_per_vehicle: {
    current: Record<string, ReferenceVehicle>;
    simulation: Record<string, ReferenceVehicle>;
  };
}

export interface ParityCase {
  name: string;
  workbook: string;
  args: string[];
  reference: ReferenceResult;
}

export function parityCases(): ParityCase[] {
  if (!existsSync(PARITY_DIR)) return [];
  return readdirSync(PARITY_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PARITY_DIR, d.name, "reference-result.json")))
    .map((d) => {
      const dir = join(PARITY_DIR, d.name);
      return {
        name: d.name,
        workbook: join(dir, "book.xlsx"),
        args: JSON.parse(readFileSync(join(dir, "cli-args.json"), "utf8")) as string[],
        reference: JSON.parse(readFileSync(join(dir, "reference-result.json"), "utf8")) as ReferenceResult,
      };
    });
}

/** km per source vehicle id, summed over its copies. */
export function referenceKmBySource(vehicles: Record<string, ReferenceVehicle>): Map<string, number> {
  const km = new Map<string, number>();
  for (const v of Object.values(vehicles)) km.set(String(v.id), (km.get(String(v.id)) ?? 0) + v.km);
  return km;
}
