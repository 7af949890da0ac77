/**
 * `npm run editor:create -- --email ann@example.org --name "Ann Lee"`: a new editor account. Asks for a
 * password (hidden; empty to generate one) or, with --generate or without a terminal, generates one;
 * prints it once.
 */
import { createEditor, EditorAccountError } from "../lib/auth/editors";
import { editorArgs, askPassword } from "../lib/cli/editor-args";
import { createDb } from "../lib/db";
import { requireDatabaseUrl } from "../lib/env";

const args = editorArgs(process.argv.slice(2));
if (!args.email || !args.name) {
  console.error('usage: npm run editor:create -- --email <email> --name "<name>" [--generate]');
  process.exit(2);
}
const db = createDb(requireDatabaseUrl());
try {
  const typed = args.generate ? undefined : await askPassword("Password (at least 12 characters; empty to generate): ");
  const { password } = await createEditor(db, { email: args.email, name: args.name, password: typed });
  console.log(`Editor ${args.email.trim().toLowerCase()} created.`);
  if (!typed) console.log(`Password (shown once, keep it safe): ${password}`);
} catch (error) {
  console.error(`✗ ${error instanceof EditorAccountError ? error.message : (error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
