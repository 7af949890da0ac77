/** `npm run editor:list`: every editor account, whether it is disabled, and its live sessions. */
import { listEditors } from "../lib/auth/editors";
import { createDb } from "../lib/db";
import { requireDatabaseUrl } from "../lib/env";

const db = createDb(requireDatabaseUrl());
try {
  const editors = await listEditors(db);
  if (editors.length === 0) console.log("No editors yet: npm run editor:create -- --email … --name …");
  for (const e of editors) {
    const state = e.disabledAt ? `disabled ${e.disabledAt.toISOString().slice(0, 10)}` : `active, ${e.sessions} session(s)`;
    console.log(`${e.email}\t${e.name}\t${state}\tsince ${e.createdAt.toISOString().slice(0, 10)}`);
  }
} finally {
  await db.$disconnect();
}
