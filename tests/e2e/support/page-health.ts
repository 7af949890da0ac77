import { expect, type Page } from "@playwright/test";

/**
 * Collects what should never happen while a reader browses: uncaught page errors, console errors and
 * failed responses other than the ones a test expects (`allow`). Call `check()` at the end of the test.
 */
export function watchPageHealth(page: Page, { allow = [] as RegExp[] } = {}) {
  // Browsers ask for /favicon.ico whether or not a page names an icon.
  allow = [/\/favicon\.ico$/, ...allow];
  const problems: string[] = [];
  const allowed = (url: string) => allow.some((re) => re.test(url));
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400 && !allowed(response.url())) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    // A failed resource is reported above with its URL; the console copy has none.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(`console error: ${message.text()}`);
  });
  return { check: () => expect(problems).toEqual([]) };
}
