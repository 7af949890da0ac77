import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { createDb, type Db } from "../../../lib/db";
import { e2eDatabaseFile, E2E_EDITORS } from "../../support/e2e-editors";

export { E2E_EDITORS };

/** The database the e2e server serves, to look behind the pages. */
export function e2eDb(): Db {
  const port = Number(process.env.E2E_PORT) || 3100;
  const { databaseUrl } = JSON.parse(readFileSync(e2eDatabaseFile(port), "utf8")) as { databaseUrl: string };
  return createDb(databaseUrl);
}

export async function signIn(page: Page, who: { email: string; password: string } = E2E_EDITORS.main): Promise<void> {
  await page.goto("/admin/login");
  await page.getByLabel("Электронная почта").fill(who.email);
  await page.getByLabel("Пароль").fill(who.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Обзор" })).toBeVisible();
}

/** Fails the test on any script dialog: an injected alert() must never run. */
export function forbidDialogs(page: Page): void {
  page.on("dialog", (dialog) => {
    throw new Error(`a script dialog opened: ${dialog.message()}`);
  });
}
