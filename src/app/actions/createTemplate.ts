import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { Language } from "../../i18n/translate";

/** "Create template": the engine's empty input tables, written as new sheets. Returns their names. */
export async function createTemplate(
  host: WorkbookHost,
  engine: AbortableEngine,
  signal: AbortSignal,
  lang: Language,
): Promise<string[]> {
  const plan = await engine.templatePlan(signal, lang);
  return host.writePlan(plan);
}
