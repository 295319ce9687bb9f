// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { ResultSummary, unallocatedReasons } from "../../src/app/components/ResultSummary";
import type { ScenarioSummary } from "../../src/core/scenario/scenarioSummary";
import { renderInPane } from "./render";
import { aSummary } from "./builders";

afterEach(cleanup);

function withReasons(unallocatedReasons: Record<string, number>): ScenarioSummary {
  return { ...aSummary(), unallocatedReasons } as ScenarioSummary;
}

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    );

describe("ResultSummary", () => {
  it("lists the unallocated trips per reason, in the engine's order, leaving out reasons without trips", () => {
    renderInPane(
      <ResultSummary
        summary={withReasons({ kmCap: 1, noVehicleFree: 1200, bikeRules: 0 })}
        sheetNames={["Scenario 1"]}
      />,
    );
    const table = screen.getByRole("table", { name: "Why trips were unallocated" });
    expect(rowTexts(table)).toEqual([
      ["No vehicle free then", "1,200"],
      ["km cap reached", "1"],
    ]);
  });

  it("shows no reasons when every trip found a vehicle", () => {
    renderInPane(<ResultSummary summary={withReasons({})} sheetNames={["Scenario 1"]} />);
    expect(screen.queryByRole("table", { name: "Why trips were unallocated" })).toBeNull();
  });

  it("says when the comparison sheet could not be updated, and only then", () => {
    renderInPane(
      <ResultSummary
        summary={aSummary()}
        sheetNames={["Scenario 1"]}
        comparisonError="The workbook is protected."
      />,
    );
    expect(screen.getByRole("alert").textContent).toBe(
      "The scenario sheet is written, but the Scenario comparison sheet could not be updated (The workbook is protected.). It catches up with the next run.",
    );
    cleanup();
    renderInPane(<ResultSummary summary={aSummary()} sheetNames={["Scenario 1"]} />);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("names the reasons in Danish", () => {
    renderInPane(
      <ResultSummary
        summary={withReasons({ range: 2, evCharging: 3, bikeRules: 4 })}
        sheetNames={["Scenarie 1"]}
      />,
      "da",
    );
    const table = screen.getByRole("table", { name: "Hvorfor ture ikke blev allokeret" });
    expect(rowTexts(table)).toEqual([
      ["For lang til de ledige køretøjers rækkevidde", "2"],
      ["Uden for cykelreglerne", "4"],
      ["Elbilens ladetid", "3"],
    ]);
  });
});

describe("unallocatedReasons", () => {
  it("keeps a reason the pane does not know yet, after the known ones, as sent", () => {
    expect(unallocatedReasons(withReasons({ driverBreak: 2, range: 1 }))).toEqual([
      ["range", 1],
      ["driverBreak", 2],
    ]);
  });

  it("explains a saving made with today's vehicles, and only when the fleet is today's", () => {
    const summary: ScenarioSummary = { ...aSummary(), allocation: "greedy", financialSavings: 106_799 };
    renderInPane(<ResultSummary summary={summary} sheetNames={["Scenarie 1"]} sameVehicles />, "da");
    expect(
      screen.getByText(/^De samme køretøjer, brugt bedre:/).textContent?.replace(/\u00a0/g, " "),
    ).toContain("106.799 kr. om året");
    cleanup();
    renderInPane(<ResultSummary summary={summary} sheetNames={["Scenario 1"]} sameVehicles={false} />);
    expect(screen.queryByText(/same vehicles/i)).toBeNull();
  });

  it("draws one small chart of cost and CO2e against today, loaded on demand", async () => {
    renderInPane(<ResultSummary summary={aSummary()} sheetNames={["Scenario 1"]} />);
    const figure = screen.getByRole("figure", { name: "Simulated against today (today = 100 %)" });
    await waitFor(() => expect(figure.querySelector("svg")).not.toBeNull(), { timeout: 20_000 });
  });
});
