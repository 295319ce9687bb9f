/**
 * `npm run bench`: fixed-seed benchmarks that print figures (they never pass or fail).
 * Record the output in docs/benchmarks.md with the machine and the date.
 */
import { readFileSync, existsSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { readXlsx } from "../src/hosts/file/readXlsx";
import { readInputs, proposeInputSheets } from "../src/workbook/read/readInputs";
import { runScenario } from "../src/core/scenario/runScenario";
import { defaultScenarioRequest, type ScenarioRequest } from "../src/core/scenario/scenarioRequest";
import { defaultParameters } from "../src/core/model/parameters";
import { simulateSheets } from "../src/engine/simulate";
import { syntheticLocation } from "./syntheticLocation";
import { benchAggregation } from "./aggregation";
import { benchAllocation } from "./allocation";
import { benchSearch } from "./search";
import { benchMemory } from "./memory";

const RUNS = 15;

function timeIt(run: () => void): { medianMs: number; minMs: number } {
  run(); // warm-up: JIT and caches, as a user's second click would see
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], minMs: times[0] };
}

const fmt = (x: number) => x.toFixed(1).padStart(8);

async function main() {
  console.log(
    `FleetOptimiser bench — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`,
  );
  console.log(`median / min of ${RUNS} runs after one warm-up, ms\n`);

  const samplePath = join(__dirname, "../assets/sample/fleetoptimiser-sample.xlsx");
  if (existsSync(samplePath)) {
    const t0 = performance.now();
    const sheets = await readXlsx(readFileSync(samplePath));
    const readMs = performance.now() - t0;
    const names = proposeInputSheets(sheets.map((s) => s.name));
    const inputs = {
      vehicles: names.vehicles as string,
      trips: names.trips as string,
      parameters: names.parameters ?? null,
    };
    const read = readInputs(sheets, inputs);
    if (!read.ok) throw new Error("sample workbook does not read");
    const location = read.value.vehicles[0].location;
    const request: ScenarioRequest = { ...defaultScenarioRequest(), location };
    const data = { vehicles: read.value.vehicles, trips: read.value.trips, params: read.value.parameters };
    const trips = runScenario(data, request).trips.length;
    const sim = timeIt(() => runScenario(data, request));
    const parse = timeIt(() => readInputs(sheets, inputs));
    const whole = timeIt(() => simulateSheets(sheets, inputs, request));
    console.log(`sample workbook (${read.value.vehicles.length} vehicles, ${trips} trips at ${location})`);
    console.log(`  read .xlsx (ExcelTS, once)          ${fmt(readMs)}`);
    console.log(`  validate sheets → model             ${fmt(parse.medianMs)} / ${fmt(parse.minMs)}`);
    console.log(`  simulate current + simulated fleet  ${fmt(sim.medianMs)} / ${fmt(sim.minMs)}`);
    console.log(`  whole run incl. result sheet plan   ${fmt(whole.medianMs)} / ${fmt(whole.minMs)}\n`);
  }

  const loc = syntheticLocation(20251123, 60, 8);
  const request: ScenarioRequest = {
    ...defaultScenarioRequest(),
    location: "Bench",
    fromDate: loc.fromDate,
    toDate: loc.toDate,
  };
  const data = { vehicles: loc.vehicles, trips: loc.trips, params: defaultParameters() };
  const smaller: ScenarioRequest = {
    ...request,
    fleet: loc.vehicles.map((v, i) => ({ sourceId: v.id, count: i % 4 === 0 ? 0 : 1 })),
  };
  const r = runScenario(data, smaller);
  const sim = timeIt(() => runScenario(data, request));
  const sim2 = timeIt(() => runScenario(data, smaller));
  console.log(`seeded location: 60 vehicles, 8 weeks, ${loc.trips.length} trips (seed 20251123)`);
  console.log(
    `  simulate, same fleet                ${fmt(sim.medianMs)} / ${fmt(sim.minMs)}   target < 100`,
  );
  console.log(
    `  simulate, 45 vehicles               ${fmt(sim2.medianMs)} / ${fmt(sim2.minMs)}   (${r.simulated.consequences.unallocatedTrips} unallocated)`,
  );
  // Every rule on: EV battery and daily rest, bike windows/speed/share/daily range, the km cap,
  // and three shifts a day merging each vehicle's trips per shift.
  const shifts = [
    {
      location: "",
      shifts: [
        { startMin: 420, endMin: 900, breakMin: 720 },
        { startMin: 900, endMin: 1380, breakMin: null },
        { startMin: 1380, endMin: 420, breakMin: null },
      ],
    },
  ];
  const allRules: ScenarioRequest = { ...smaller, limitKm: true };
  const withShifts = { ...data, shifts };
  const r3 = runScenario(withShifts, allRules);
  const sim3 = timeIt(() => runScenario(withShifts, allRules));
  console.log(
    `  all rules, km cap, shifts (${r3.trips.length} merged trips) ${fmt(sim3.medianMs)} / ${fmt(sim3.minMs)}   target < 100 (${r3.simulated.consequences.unallocatedTrips} unallocated)`,
  );
}

/** `npm run bench -- memory` runs only the memory benchmark (it spawns the CLI; minutes, not seconds). */
const only = process.argv.slice(2);

(only.includes("memory") ? benchMemory() : main())
  .then(() => {
    if (only.includes("memory")) return;
    // ---- Aggregation (issue 4): 1,000,000 logs and 1,000,000 GPS points, see bench/aggregation.ts.
    console.log("");
    benchAggregation();
    // ---- Search (issue 6): tabu search on a 100-vehicle, 8-week location, see bench/search.ts.
    console.log("");
    benchSearch();
    // ---- Allocation (issue 5): greedy and the exact allocation (HiGHS), see bench/allocation.ts.
    console.log("");
    return benchAllocation();
  })
  .then(() => {
    if (only.includes("memory")) return;
    // ---- Memory (issue 15): the CLI writing big result files, see bench/memory.ts.
    console.log("");
    return benchMemory();
  })
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
