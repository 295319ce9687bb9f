/**
 * The worker entry: the whole engine runs here so the pane never freezes. It exposes exactly the
 * hand-written EngineApi; the page reaches it only through src/worker/client.ts.
 */
import { expose } from "comlink";
import type { EngineApi } from "../engine/api";
import { createEngineApi } from "../engine/engineApi";

import { loadHighsSolver } from "../solver/highsSolver";

// Written literally so webpack emits highs.wasm as an asset of this worker (stack-notes.md §4).
const highsWasm = () => new URL("highs/runtime", import.meta.url).href;

expose(
  createEngineApi({
    loadSolver: () => loadHighsSolver(highsWasm),
    // Loaded on the first export only: the xlsx writer is a large chunk the engine otherwise never needs.
    workbookBytes: async (plan) =>
      (await import("../hosts/file/writeWorkbookFile")).writeResultFile(null, plan),
  }) satisfies EngineApi,
);
