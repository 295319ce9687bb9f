import type { HostSolver } from "../core/allocation/allocateFleet";
import { loadHighsSolver } from "./highsSolver";
import { createNodeBlockPool } from "./nodeBlockPool";

/**
 * HiGHS for Node entry points (CLI, bench) with a pool of worker threads that relax the exact
 * allocation's blocks in parallel; close() ends the threads (they never keep the process alive).
 */
export async function loadNodeSolver(threads?: number): Promise<HostSolver & { close(): void }> {
  const solver = await loadHighsSolver();
  const pool = createNodeBlockPool(threads);
  await pool?.ready;
  return { ...solver, ...(pool ? { pool } : {}), close: () => pool?.close() };
}
