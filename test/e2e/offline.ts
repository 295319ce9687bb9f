import { test as base } from "@playwright/test";

/**
 * Every spec runs offline: requests to anything but the local server are aborted, so a test can
 * never pass by reaching the internet (and office.js's telemetry never leaves the machine).
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.route("**/*", (route) => {
      const { hostname } = new URL(route.request().url());
      return hostname === "127.0.0.1" || hostname === "localhost"
        ? route.fallback()
        : route.abort("blockedbyclient");
    });
    await use(context);
  },
});

export { expect } from "@playwright/test";
