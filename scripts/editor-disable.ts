/** `npm run editor:disable -- --email ann@example.org`: the account can no longer sign in; its sessions end now. */
import { disableEditor, EditorAccountError } from "../lib/auth/editors";
import { editorArgs } from "../lib/cli/editor-args";
import { createDb } from "../lib/db";
import { requireDatabaseUrl } from "../lib/env";

const { email } = editorArgs(process.argv.slice(2));
if (!email) {
  console.error("usage: npm run editor:disable -- --email <email>");
  process.exit(2);
}
const db = createDb(requireDatabaseUrl());
try {
  await disableEditor(db, email);
  console.log(`Editor ${email.trim().toLowerCase()} disabled; their sessions have ended.`);
} catch (error) {
  console.error(`✗ ${error instanceof EditorAccountError ? error.message : (error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
