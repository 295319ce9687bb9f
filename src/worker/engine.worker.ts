/**
 * The worker entry: the whole engine runs here so the pane never freezes. It exposes exactly the
 * hand-written EngineApi; the page reaches it only through src/worker/client.ts.
 */
import { expose } from "comlink";
import type { EngineApi } from "./api";
import { createEngineApi } from "./engineApi";

import { loadHighsSolver } from "./highsSolver";

// Written literally so webpack emits highs.wasm as an asset of this worker (stack-notes.md §4).
const highsWasm = () => new URL("highs/runtime", import.meta.url).href;

expose(createEngineApi(() => loadHighsSolver(highsWasm)) satisfies EngineApi);
