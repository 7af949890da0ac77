import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const BLOCKING = new Set(["serious", "critical"]);

/**
 * Runs axe (WCAG 2.1 A/AA and best practices) on the page as it is now, in the light and the dark colour
 * scheme (contrast differs), and fails listing every serious or critical violation with the elements
 * concerned. Minor and moderate findings do not fail the test.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    for (const v of violations) {
      if (!BLOCKING.has(v.impact ?? "")) continue;
      const targets = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join("; ") ?? ""}`);
      found.push(`[${colorScheme}] ${v.impact} ${v.id}: ${v.help}\n${targets.join("\n")}`);
    }
  }
  await page.emulateMedia({ colorScheme: null });
  expect(found, `axe on ${page.url()}:\n${found.join("\n")}`).toEqual([]);
}
