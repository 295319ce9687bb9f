/**
 * The worker entry: the whole engine runs here so the pane never freezes. It exposes exactly the
 * hand-written EngineApi; the page reaches it only through src/worker/client.ts.
 */
import { expose } from "comlink";
import type { EngineApi } from "./api";
import { createEngineApi } from "./engineApi";

expose(createEngineApi() satisfies EngineApi);
