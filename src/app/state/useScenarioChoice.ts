import { useCallback, useEffect, useState } from "react";
import type { WorkbookHost } from "../../workbook/workbookHost";
import { findResultSheets } from "../actions/findResultSheets";
import { findPlanSheets, findSearchProposals } from "../actions/writeTransitionPlan";

/** The sheets FleetOptimiser wrote, found by their A1 titles and the scenario registry, in tab order. */
export interface FoundSheets {
  /** Every scenario sheet: a simulation's or a search proposal. */
  scenarios: string[];
  /** Scenario sheets of a simulation. */
  manual: string[];
  /** Scenario sheets the search wrote as its proposals. */
  proposals: string[];
  plans: string[];
  businessCases: string[];
}

export type WrittenKind = "plans" | "businessCases";

export interface ScenarioChoice {
  found: FoundSheets;
  /** The chosen scenario sheet, or `none` when there is no scenario to choose. */
  choice: string;
  setChoice: (choice: string) => void;
  /** Counts a sheet the panel just wrote before the workbook's sheet list is listed again. */
  addWritten: (kind: WrittenKind, sheet: string) => void;
}

const NOTHING_FOUND: FoundSheets = { scenarios: [], manual: [], proposals: [], plans: [], businessCases: [] };

async function findSheets(host: WorkbookHost, sheets: readonly string[]): Promise<FoundSheets> {
  const [result, plans, proposals] = await Promise.all([
    findResultSheets(host, sheets),
    findPlanSheets(host, sheets),
    findSearchProposals(host),
  ]);
  return {
    scenarios: result.scenarios,
    manual: result.scenarios.filter((s) => !proposals.has(s)),
    proposals: result.scenarios.filter((s) => proposals.has(s)),
    plans,
    businessCases: result.businessCases,
  };
}

/**
 * The scenario a panel works towards (the transition plan, the business case): the scenario
 * sheets, search proposals, plans and business cases among `sheets`, found again whenever the
 * list changes, and the user's choice, kept while its sheet exists. Otherwise the newest
 * scenario (last in tab order) is chosen, or `none` when there is none.
 */
export function useScenarioChoice(host: WorkbookHost, sheets: string[] | null, none: string): ScenarioChoice {
  const [found, setFound] = useState<FoundSheets>(NOTHING_FOUND);
  const [choice, setChoice] = useState<string>(none);

  useEffect(() => {
    if (sheets === null) return;
    let current = true;
    findSheets(host, sheets).then(
      (next) => {
        if (!current) return;
        setFound(next);
        setChoice((previous) =>
          next.scenarios.includes(previous) ? previous : (next.scenarios.at(-1) ?? none),
        );
      },
      // Titles that cannot be read only mean no scenario is offered; the panels still work without one.
      () => current && setFound(NOTHING_FOUND),
    );
    return () => {
      current = false;
    };
  }, [host, sheets, none]);

  const addWritten = useCallback(
    (kind: WrittenKind, sheet: string) => setFound((f) => ({ ...f, [kind]: [...f[kind], sheet] })),
    [],
  );

  return { found, choice, setChoice, addWritten };
}
