import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { ActionError } from "../errors";
import { readArticle } from "./extract-draft";

const page = readFileSync(path.resolve(import.meta.dirname, "../../../seeds/004_e99164ff4d74dee4.txt"), "utf8").replace("2026-02-05", "2026-02-30");

describe("readArticle: an impossible date header, in the editor's language", () => {
  it.each([
    ["ru", "Текст не читается как статья: дата в заголовке «date 2026-02-30» — не календарная дата"],
    ["en", 'The text does not read as an article: the header "date 2026-02-30" is not a calendar date'],
  ] as const)("%s", async (locale, message) => {
    const refusal = await readArticle(page, messages[locale].admin.errors, "body").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ActionError);
    expect((refusal as ActionError).fieldErrors.body).toContain(message);
    // The first call starts the extraction pool's thread (its dictionaries load there).
  }, 60_000);
});
