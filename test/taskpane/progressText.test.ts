import { describe, expect, it } from "vitest";
import { gapPercent, optimalProgressText, progressText } from "../../src/i18n/progressText";
import { incumbentFigures } from "../../src/core/allocation/incumbentFigures";
import { createTranslator } from "../../src/i18n/translate";
import { allocationFact } from "../../src/i18n/allocationFact";
import type { AllocationReport } from "../../src/core/allocation/allocationReport";
import type { ScenarioSummary } from "../../src/core/scenario/scenarioSummary";
import { aSummary } from "./builders";

const noBadNumber = /Infinity|NaN|undefined/;

function report(overrides: Partial<AllocationReport>): AllocationReport {
  return {
    objective: 2_492_919,
    bound: 2_488_432,
    gap: 0.0018,
    optimal: false,
    seconds: 30,
    stoppedBy: "timeLimit",
    source: "mip",
    blocks: 1,
    columns: 10,
    rows: 10,
    ...overrides,
  };
}

function factOf(r: AllocationReport, lang: "en" | "da"): string {
  const summary: ScenarioSummary = { ...aSummary(), allocationReport: r };
  return allocationFact(summary, createTranslator(lang), lang)[0][1];
}

describe("gapPercent", () => {
  it("writes a finite gap as a percentage in the user's language", () => {
    expect(gapPercent(0.0018, "da")).toBe("0,18");
    expect(gapPercent(0.0673, "en")).toBe("6.73");
  });

  it("has no figure without a bound: Infinity, NaN, null or undefined", () => {
    for (const gap of [Infinity, -Infinity, NaN, null, undefined]) {
      expect(gapPercent(gap, "en")).toBeNull();
    }
  });
});

describe("the optimal allocation's progress line", () => {
  it("shows the best cost and gap with Danish number formats", () => {
    expect(optimalProgressText("da", { objective: 2492919.4, gap: 0.0018 })).toBe(
      "Optimal tildeling: bedste indtil nu 2.492.919 kr/år, gab 0,18 %",
    );
  });

  it("says there is no bound yet instead of Infinity or NaN", () => {
    for (const gap of [Infinity, NaN, null]) {
      const text = optimalProgressText("en", { objective: 2492919, gap });
      expect(text).toBe("Optimal allocation: best so far 2,492,919 kr/yr, no bound yet");
      expect(text).not.toMatch(noBadNumber);
    }
    expect(optimalProgressText("da", { objective: 2492919, gap: null })).toContain(
      "endnu ingen nedre grænse",
    );
  });

  it("reads the engine's progress, with or without a best allocation, and never shows a bad number", () => {
    const optimal = { kind: "optimal", fraction: 0.1, timeLimitSec: 60 } as const;
    expect(progressText("en", { ...optimal, best: { objective: 1000, gap: 0.1 } })).toBe(
      "Optimal allocation: best so far 1,000 kr/yr, gap 10.00 %",
    );
    expect(progressText("en", { ...optimal, best: { objective: 1000, gap: null } })).toContain(
      "no bound yet",
    );
    expect(progressText("da", { ...optimal, best: null })).toBe("Finder den optimale tildeling…");
    for (const best of [
      { objective: 1000, gap: Infinity },
      { objective: NaN, gap: NaN },
      { objective: Infinity, gap: null },
    ]) {
      expect(progressText("da", { ...optimal, best })).not.toMatch(noBadNumber);
    }
  });
});

describe("an incumbent's figures", () => {
  it("have a gap only once the solver has a bound above 0", () => {
    expect(incumbentFigures({ objective: 1000, bound: 900, gap: 0.1 })).toEqual({
      objective: 1000,
      gap: 0.1,
    });
    for (const bound of [-Infinity, 0, NaN])
      expect(incumbentFigures({ objective: 1000, bound, gap: 1 })).toEqual({ objective: 1000, gap: null });
    expect(incumbentFigures({ objective: 1000, bound: 900, gap: Infinity }).gap).toBeNull();
  });
});

describe("the result's allocation line", () => {
  it("gives a time-limited solve's real gap", () => {
    expect(factOf(report({}), "da")).toBe("bedste fundet på 30,0 s, højst 0,18 % fra optimum (tidsgrænse)");
  });

  it("says what a cancel kept and that it had no bound, never 100 % or Infinity", () => {
    const text = factOf(report({ stoppedBy: "cancelled", source: "greedy", bound: -Infinity, gap: 1 }), "en");
    expect(text).toBe(
      "cancelled after 30.0 s: kept the greedy allocation it started from, no bound yet, so its distance from the optimum is not known",
    );
    // A bound of 0 is no bound: it would read "within 100 %".
    expect(factOf(report({ stoppedBy: "cancelled", bound: 0, gap: 1 }), "da")).toContain(
      "endnu ingen nedre grænse",
    );
    expect(factOf(report({ stoppedBy: "watchdog", bound: -Infinity, gap: Infinity }), "da")).not.toMatch(
      /Infinity|100,00/,
    );
  });

  it("gives a kept allocation's gap when the solver had a bound", () => {
    expect(factOf(report({ stoppedBy: "watchdog", seconds: 65 }), "en")).toBe(
      "stopped by the watchdog after 65.0 s: kept the solver's best allocation so far, within 0.18 % of the optimum",
    );
  });

  it("says a proven optimum is proven", () => {
    expect(factOf(report({ optimal: true, gap: 0, stoppedBy: "solved", seconds: 1.4 }), "en")).toBe(
      "optimal (proven) in 1.4 s",
    );
  });
});
