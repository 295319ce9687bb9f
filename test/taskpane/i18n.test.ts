import { describe, expect, it } from "vitest";
import { languageFromTag, translate, vehicleTypeLabel } from "../../src/i18n/translate";
import { phaseLabel, progressText } from "../../src/i18n/progressText";
import type { Progress } from "../../src/engine/api";
import type { SearchSummary } from "../../src/core/search/searchResult";
import { formatInteger, formatIsoDate, formatKroner, formatTonnes } from "../../src/i18n/format";
import { en } from "../../src/i18n/messages/en";
import { da } from "../../src/i18n/messages/da";

/** Intl separates the currency with a no-break space; tests read it as a plain one. */
const plain = (s: string) => s.replace(/\u00a0/g, " ");

describe("languageFromTag", () => {
  it("chooses Danish for any da tag and English for everything else", () => {
    expect(languageFromTag("da-DK")).toBe("da");
    expect(languageFromTag("da")).toBe("da");
    expect(languageFromTag("DA-dk")).toBe("da");
    expect(languageFromTag("en-US")).toBe("en");
    expect(languageFromTag("de-DE")).toBe("en");
    expect(languageFromTag(undefined)).toBe("en"); // office.js outside Office has no displayLanguage
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("da", "form.count", { name: "Yaris" })).toBe("Antal Yaris");
  });

  it("has a Danish string for every English key, none left empty", () => {
    expect(Object.keys(da).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(da).filter(([, v]) => v.trim() === "")).toEqual([]);
  });

  it("names the engine's phases", () => {
    expect(phaseLabel("da", "consequences")).toBe("Beregner omkostning og CO2e…");
    expect(phaseLabel("en", "roundTrips")).toBe("Building round trips…");
  });

  it("says every kind of progress in Danish, with its figures filled in", () => {
    const samples: Progress[] = [
      { kind: "phase", phase: "watchdog", fraction: 1 },
      { kind: "optimal", fraction: 0, timeLimitSec: 60, best: null },
      { kind: "optimal", fraction: 0.5, timeLimitSec: 60, best: { objective: 2492919, gap: 0.0018 } },
      { kind: "search", phase: "minimum", fraction: null, partial: null },
      { kind: "tabu", iteration: 3, maxIterations: 30, simulations: 41, fraction: 0.1, partial: null },
      {
        kind: "confirming",
        proposal: 2,
        proposals: 3,
        best: null,
        fraction: 1 / 3,
        partial: {} as SearchSummary,
      },
    ];
    for (const p of samples) {
      const text = progressText("da", p);
      expect(text).not.toBe(progressText("en", p));
      expect(text).not.toMatch(/[{}]|undefined|NaN|Infinity/);
    }
    expect(progressText("da", samples[4])).toBe("Tabu-søgning: iteration 3 af 30, 41 flåder simuleret");
  });

  it("names the engine's vehicle types in Danish as FleetOptimiser does", () => {
    expect(vehicleTypeLabel("da", "ev")).toBe("Elbil");
    expect(vehicleTypeLabel("da", "hydrogen")).toBe("hydrogen");
  });
});

describe("formatting", () => {
  it("writes kroner the Danish way, without øre", () => {
    expect(plain(formatKroner(1234567.4, "da"))).toBe("1.234.567 kr.");
    expect(plain(formatKroner(-2500, "da"))).toBe("-2.500 kr.");
    expect(plain(formatKroner(1234567.4, "en"))).toBe("DKK 1,234,567");
  });

  it("writes tonnes with one or two decimals", () => {
    expect(formatTonnes(12.345, "da")).toBe("12,35 t");
    expect(formatTonnes(9.8, "en")).toBe("9.8 t");
  });

  it("writes integers with thousands separators", () => {
    expect(formatInteger(12345, "da")).toBe("12.345");
  });

  it("writes an ISO date day-first in both languages, whatever the time zone", () => {
    expect(formatIsoDate("2024-03-01" /* 1 March */, "da")).toBe("1. mar. 2024");
    expect(formatIsoDate("2024-03-01", "en")).toBe("1 Mar 2024");
    expect(formatIsoDate("not a date", "en")).toBe("not a date");
  });
});
