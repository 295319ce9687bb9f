import type { PlanName, WorkbookPlan } from "../../workbook/plan/types";
import type { ExcelApiSupport, ExcelRun } from "./excelRun";
import { ACTION_BYTES, renderSheetPlan } from "./renderSheetPlan";
import { runBudgetedSteps, type WriteStep } from "./runBudgetedSteps";
import { uniqueSheetName } from "../../workbook/schema/uniqueSheetName";
import { uniqueTableName } from "../../workbook/schema/uniqueTableName";

export interface WritePlanOptions {
  run: ExcelRun;
  supports: ExcelApiSupport;
  /** Upper bound of one sync's estimated request payload, in bytes. */
  budgetBytes: number;
  maxRowsPerBlock: number;
}

/** What this call changed so far: exactly what a rollback must undo. */
interface WriteJournal {
  /** Names, recorded before the sync that adds the sheets. */
  createdSheets: string[];
  /** Ids once that sync succeeded: a rollback by id cannot hit a sheet renamed meanwhile. */
  createdSheetIds: string[] | null;
  addedWorkbookNames: string[];
  activeSheet: string | null;
  /** The user's setting, when we turned events off. */
  eventsBefore: boolean | null;
}

/** Thrown by writePlan; the message says whether the workbook was left untouched. */
export class WritePlanError extends Error {
  constructor(
    cause: unknown,
    /** Sheets that may still be in the workbook because the cleanup failed too; empty when none. */
    readonly leftoverSheets: readonly string[],
    readonly rollbackError: unknown = null,
  ) {
    super(
      leftoverSheets.length === 0
        ? `Nothing was written to the workbook: ${messageOf(cause)}`
        : `Writing the result sheets failed (${messageOf(cause)}), and removing the sheets already added failed ` +
            `too (${messageOf(rollbackError)}). Please delete these sheets: ${leftoverSheets.join(", ")}.`,
      { cause },
    );
    this.name = "WritePlanError";
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes every sheet of the plan as new sheets and returns their final names in plan order.
 * All-or-nothing: on any failure the sheets and workbook names this call added are deleted again,
 * events and the active sheet are restored, and a WritePlanError is thrown.
 */
export async function writeWorkbookPlan(
  plan: WorkbookPlan,
  options: WritePlanOptions,
  onProgress?: (fraction: number) => void,
): Promise<string[]> {
  const journal: WriteJournal = {
    createdSheets: [],
    createdSheetIds: null,
    addedWorkbookNames: [],
    activeSheet: null,
    eventsBefore: null,
  };
  try {
    return await options.run((context) => writeInContext(context, plan, options, journal, onProgress));
  } catch (error) {
    try {
      await rollback(options.run, journal);
    } catch (rollbackError) {
      throw new WritePlanError(error, journal.createdSheets, rollbackError);
    }
    throw new WritePlanError(error, []);
  }
}

async function writeInContext(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: WritePlanOptions,
  journal: WriteJournal,
  onProgress: ((fraction: number) => void) | undefined,
): Promise<string[]> {
  const canToggleEvents = options.supports("1.8");

  // 1. What exists already: new names must not collide with it.
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  if (canToggleEvents) context.runtime.load("enableEvents");
  await context.sync();
  journal.activeSheet = active.name;

  // 2. Decide every name and cut every block before creating anything, so a bad plan leaves no trace.
  const takenSheets = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const sheetNames = plan.sheets.map((s) => claim(uniqueSheetName(s.name, takenSheets), takenSheets));
  const takenNames = new Set([...tables.items, ...names.items].map((t) => t.name.toLowerCase()));
  const tableNames = plan.sheets.map((s) =>
    s.tables.map((t) => claim(uniqueTableName(t.name, takenNames), takenNames)),
  );
  for (const n of plan.names ?? [])
    if (!plan.sheets[n.sheetIndex])
      throw new Error(`The name "${n.name}" refers to sheet ${n.sheetIndex}, which the plan lacks.`);
  const nameScopes = (plan.names ?? []).map((n): NameScope => {
    if (takenNames.has(n.name.toLowerCase())) return "sheet";
    claim(n.name, takenNames);
    return "workbook";
  });

  const sheets: Excel.Worksheet[] = [];
  const steps: WriteStep[] = plan.sheets.flatMap((sheetPlan, i) =>
    renderSheetPlan(sheetPlan, {
      sheet: () => sheets[i],
      tableNames: tableNames[i],
      budgetBytes: options.budgetBytes,
      maxRowsPerBlock: options.maxRowsPerBlock,
      supports: options.supports,
    }),
  );
  (plan.names ?? []).forEach((name, i) => steps.push(nameStep(name, nameScopes[i], sheets, journal)));
  steps.push(finishingStep(plan, sheets));

  // 3. Create the sheets (appended after the user's, never replacing one).
  if (canToggleEvents) {
    // Our own bulk writes must not wake other add-ins' or our own onChanged handlers.
    journal.eventsBefore = context.runtime.enableEvents;
    context.runtime.enableEvents = false;
  }
  for (const name of sheetNames) {
    journal.createdSheets.push(name);
    sheets.push(context.workbook.worksheets.add(name).load("id"));
  }
  await context.sync();
  journal.createdSheetIds = sheets.map((s) => s.id);
  onProgress?.(0);

  // 4. Fill them, batch by batch under the byte budget.
  const totalBytes = steps.reduce((sum, s) => sum + s.bytes, 0);
  let doneBytes = 0;
  let screenSuspended = false;
  const suspendCalculation = options.supports("1.6");
  await runBudgetedSteps(context, steps, {
    budgetBytes: options.budgetBytes,
    beginBatch: (ctx) => {
      // Once per write, not per batch: office.js warns that repeated calls make the window flicker,
      // and the new sheets are not on screen until the last step activates one.
      if (!screenSuspended && options.supports("1.9"))
        ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      screenSuspended = true;
      // Per batch: each call only lasts until the next sync.
      if (suspendCalculation) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    },
    onSynced: (bytes) => {
      doneBytes += bytes;
      onProgress?.(Math.min(1, doneBytes / totalBytes));
    },
  });

  // 5. Calculation was suspended, so recalculating is ours to do; then give events back.
  if (suspendCalculation) context.workbook.application.calculate("Recalculate");
  if (journal.eventsBefore !== null) context.runtime.enableEvents = journal.eventsBefore;
  await context.sync();
  journal.eventsBefore = null;
  onProgress?.(1);
  return sheetNames;
}

function claim(name: string, taken: Set<string>): string {
  taken.add(name.toLowerCase());
  return name;
}

type NameScope = "workbook" | "sheet";

/**
 * A defined name goes to the workbook when that name is free. When an earlier run already owns it,
 * the name is added to the new sheet instead: formulas on that sheet then resolve to their own
 * sheet's cell (a sheet-level name wins there), and the earlier run's sheets keep working.
 */
function nameStep(
  name: PlanName,
  scope: NameScope,
  sheets: readonly Excel.Worksheet[],
  journal: WriteJournal,
): WriteStep {
  return {
    bytes: ACTION_BYTES * 2 + name.name.length + name.ref.length,
    queue: (context) => {
      const sheet = sheets[name.sheetIndex];
      const range = sheet.getRange(name.ref);
      if (scope === "workbook") {
        // Recorded before the sync that adds it; a retried batch must not record it twice.
        if (!journal.addedWorkbookNames.includes(name.name)) journal.addedWorkbookNames.push(name.name);
        context.workbook.names.add(name.name, range);
      } else sheet.names.add(name.name, range);
    },
  };
}

/** Visibility last (Excel refuses to activate a hidden sheet), then the sheet to show the user. */
function finishingStep(plan: WorkbookPlan, sheets: readonly Excel.Worksheet[]): WriteStep {
  return {
    bytes: ACTION_BYTES * (plan.sheets.length + 1),
    queue: () => {
      plan.sheets.forEach((s, i) => {
        if (s.visibility === "hidden") sheets[i].visibility = "Hidden";
        if (s.visibility === "veryHidden") sheets[i].visibility = "VeryHidden";
      });
      const shown = plan.sheets
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => s.activate && (s.visibility ?? "visible") === "visible");
      const last = shown[shown.length - 1];
      if (last) sheets[last.i].activate();
    },
  };
}

/** Undoes what the journal recorded, in a fresh Excel.run: the failed context may be unusable. */
async function rollback(run: ExcelRun, journal: WriteJournal): Promise<void> {
  if (
    journal.createdSheets.length === 0 &&
    journal.addedWorkbookNames.length === 0 &&
    journal.eventsBefore === null
  )
    return;
  await run(async (context) => {
    const keys = journal.createdSheetIds ?? journal.createdSheets;
    const sheets = keys.map((key) => context.workbook.worksheets.getItemOrNullObject(key));
    const names = journal.addedWorkbookNames.map((n) => context.workbook.names.getItemOrNullObject(n));
    const userSheet = journal.activeSheet
      ? context.workbook.worksheets.getItemOrNullObject(journal.activeSheet)
      : null;
    await context.sync();
    // Back to the user's sheet first, so deleting an activated new sheet does not leave Excel to pick one.
    if (userSheet && !userSheet.isNullObject) userSheet.activate();
    for (const n of names) if (!n.isNullObject) n.delete();
    // A sheet the failed sync never created is a null object here; only ours get deleted. Excel
    // refuses to delete a very hidden sheet (office-js #365), so each is made hidden first.
    for (const s of sheets)
      if (!s.isNullObject) {
        s.visibility = "Hidden";
        s.delete();
      }
    if (journal.eventsBefore !== null) context.runtime.enableEvents = journal.eventsBefore;
    await context.sync();
  });
}
