import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createEditor } from "../../lib/auth/editors";
import { createDb } from "../../lib/db";

/** The accounts the browser tests sign in with (a throw-away database; never used elsewhere). */
export const E2E_EDITORS = {
  main: { email: "e2e-editor@example.org", name: "Редактор Тестов", password: "e2e-password-main-1" },
  victim: { email: "e2e-victim@example.org", name: "Жертва Подбора", password: "e2e-password-victim-1" },
};

/** Where the e2e server tells the tests which database it serves (to check that nothing changed). */
export function e2eDatabaseFile(port: number): string {
  return path.resolve(import.meta.dirname, "../../.data", `e2e-${port}.json`);
}

/** Run by scripts/e2e-server.ts on the fresh database, before the app starts. */
export async function prepareE2eEditors(databaseUrl: string, port: number): Promise<void> {
  const db = createDb(databaseUrl);
  try {
    for (const e of Object.values(E2E_EDITORS)) await createEditor(db, e);
  } finally {
    await db.$disconnect();
  }
  await mkdir(path.dirname(e2eDatabaseFile(port)), { recursive: true });
  await writeFile(e2eDatabaseFile(port), JSON.stringify({ databaseUrl }));
}
