// libxml2-wasm is an ES module with top-level await. tsx runs this CommonJS package's .ts files as CJS,
// where a static import of it fails (ERR_REQUIRE_ASYNC_MODULE); a dynamic import() stays native ESM and
// works in both tsx and vitest. Types are still imported statically (erased at compile time).
import type * as Libxml from "libxml2-wasm";

export type LibxmlModule = typeof Libxml;

let loaded: Promise<LibxmlModule> | undefined;
let fsProvidersRegistered = false;

export function loadLibxml(): Promise<LibxmlModule> {
  loaded ??= import("libxml2-wasm");
  return loaded;
}

/** Lets xs:import / xs:include in a schema parsed with a file `url` resolve relative to that file on disk. */
export async function registerFsInputProviders(): Promise<void> {
  if (fsProvidersRegistered) return;
  const { xmlRegisterFsInputProviders } = await import("libxml2-wasm/lib/nodejs.mjs");
  xmlRegisterFsInputProviders();
  fsProvidersRegistered = true;
}
