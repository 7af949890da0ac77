import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractDraft } from "../../lib/actions/articles/extract-draft";
import { createEditor } from "../../lib/auth/editors";
import type { Db } from "../../lib/db";
import { messages } from "../../lib/i18n/messages";
import type { ArticleDraft, PublishArticleInput } from "../../lib/validation/article-draft";

export const errors = messages.en.admin.errors;
export const fixtures = path.resolve(import.meta.dirname, "../fixtures/articles");

/** An editor account to act as; the password is returned for sign-in tests. */
export async function makeEditor(db: Db, email = "ann@example.org", name = "Ann Lee") {
  const password = "correct horse battery staple";
  const { id } = await createEditor(db, { email, name, password });
  return { id, email, name, password };
}

/** The extraction preview of a fixture article, as the editor's page receives it. */
export async function draftOf(db: Db, file: string): Promise<ArticleDraft> {
  return extractDraft(db, { mode: "text", rawText: await readFile(path.join(fixtures, file), "utf8") }, errors);
}

/** What the page sends back on "Publish": the draft's decisions (display-only fields are dropped by the schema). */
export function asPublishInput(draft: ArticleDraft): PublishArticleInput {
  return draft as unknown as PublishArticleInput;
}
