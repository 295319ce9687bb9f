import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Runs axe on the page as it is now (or only on the parts `only` selects) and fails on any
 * serious or critical violation, listing each with the elements it found, so the failure says
 * what to fix.
 */
export async function expectNoSeriousAxeViolations(
  page: Page,
  where: string,
  only: readonly string[] = [],
): Promise<void> {
  let axe = new AxeBuilder({ page })
    // Fluent's focus manager (tabster) puts focusable aria-hidden <i data-tabster-dummy> guards
    // round focus zones on purpose: they hand focus on at once and must stay hidden from screen
    // readers (microsoft/tabster#288). axe's aria-hidden-focus flags them; nothing else is excluded.
    .exclude("[data-tabster-dummy]")
    // Only the violations: collecting every passing node too makes a big page take minutes.
    .options({ resultTypes: ["violations"] });
  for (const selector of only) axe = axe.include(selector);
  const { violations } = await axe.analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(serious, `axe on ${where}`).toEqual([]);
}

/**
 * Presses Tab until the focused element is the control with this accessible name (a button, a
 * field), as a keyboard user moves through the page; fails if it is not reached in `maxTabs`.
 */
export async function tabTo(page: Page, name: string | RegExp, maxTabs = 200): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = el.getAttribute("aria-label");
      if (labelled) return labelled;
      const byId = el.getAttribute("aria-labelledby");
      if (byId)
        return byId
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ");
      return (el.textContent ?? "").trim();
    });
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached "${name}" in ${maxTabs} presses`);
}
