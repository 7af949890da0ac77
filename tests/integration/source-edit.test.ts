import { expect, it } from "vitest";
import { ActionError } from "../../lib/actions/errors";
import { localizeIssues } from "../../lib/actions/localize-issues";
import { updateSource, updateSourceSchema } from "../../lib/actions/sources/update-source";
import { messages } from "../../lib/i18n/messages";
import { listAuditPage } from "../../lib/queries/dashboard";
import { makeEditor } from "../support/editor-fixtures";
import { sourcesTestBed } from "../support/sources-test-bed";

const t = messages.en;
const bed = sourcesTestBed();

async function source() {
  return bed.db.outlet.create({
    data: { name: "Степной вестник", feedUrl: "https://vestnik.kz/rss", site: "vestnik.kz", enabled: false, etag: '"v7"', failures: 3, lastError: { kind: "robots" } },
  });
}
const form = (fields: Record<string, string>) => updateSourceSchema.safeParse(fields);
/** What the form would say beside each field, in the editor's language. */
const refusals = (fields: Record<string, string>, locale: "ru" | "en" = "en") => {
  const parsed = form(fields);
  return parsed.success ? {} : localizeIssues(parsed.error.issues, messages[locale].admin.errors);
};

it("an edit of a source's address, site and polling is saved and in the change log with before and after", async () => {
  const outlet = await source();
  const editor = await makeEditor(bed.db);
  const input = form({ id: String(outlet.id), feedUrl: "https://vestnik.kz/ru/news/", listingPattern: "/ru/news/\\d+", site: "www.vestnik.kz", enabled: "on" });
  expect(input.success).toBe(true);
  await updateSource(bed.db, input.data!, editor.id, t, { allowPrivate: false });
  const saved = await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } });
  expect(saved).toMatchObject({ feedUrl: "https://vestnik.kz/ru/news/", listingPattern: "/ru/news/\\d+", site: "www.vestnik.kz", enabled: true, etag: null, failures: 0, lastError: null });
  expect(saved.nextPollAt!.getTime()).toBeLessThanOrEqual(Date.now());
  const [entry] = await listAuditPage({ entity: "source", entityId: outlet.id });
  expect(entry).toMatchObject({
    action: "update",
    editor: editor.name,
    before: { feedUrl: "https://vestnik.kz/rss", listingPattern: null, site: "vestnik.kz", enabled: false },
    after: { feedUrl: "https://vestnik.kz/ru/news/", listingPattern: "/ru/news/\\d+", site: "www.vestnik.kz", enabled: true },
  });
  // An empty site is the address's host.
  await updateSource(bed.db, form({ id: String(outlet.id), feedUrl: "https://news.vestnik.kz/rss", site: "" }).data!, editor.id, t, { allowPrivate: false });
  expect(await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).toMatchObject({ site: "news.vestnik.kz", enabled: false, listingPattern: null });
});

it("refuses a bad address, site or pattern beside the field, in the interface language, and saves nothing", async () => {
  const outlet = await source();
  const editor = await makeEditor(bed.db);
  const id = String(outlet.id);
  expect(refusals({ id, feedUrl: "ftp://vestnik.kz/rss" })).toEqual({ feedUrl: t.admin.errors.httpUrl });
  expect(refusals({ id, feedUrl: "vestnik.kz/rss" }, "ru")).toEqual({ feedUrl: messages.ru.admin.errors.httpUrl });
  expect(refusals({ id, feedUrl: "" })).toEqual({ feedUrl: t.admin.errors.required });
  expect(refusals({ id, feedUrl: "https://vestnik.kz/rss", site: "https://vestnik.kz/" })).toEqual({ site: t.admin.errors.hostName });
  expect(refusals({ id, feedUrl: "https://vestnik.kz/rss", site: "vestnik.kz" })).toEqual({});
  const refused = async (fields: Record<string, string>) => {
    try {
      await updateSource(bed.db, form(fields).data!, editor.id, t, { allowPrivate: false });
    } catch (error) {
      if (error instanceof ActionError) return Object.keys(error.fieldErrors ?? {}).length ? error.fieldErrors : error.message;
      throw error;
    }
    throw new Error("not refused");
  };
  expect(await refused({ id, feedUrl: "http://127.0.0.1:8080/rss" })).toEqual({ feedUrl: t.admin.errors.fetch.privateAddress("127.0.0.1") });
  expect(await refused({ id, feedUrl: "https://vestnik.kz/news", listingPattern: "([" })).toEqual({ listingPattern: t.polling.form.badPattern });
  expect(await refused({ id: "999999", feedUrl: "https://vestnik.kz/rss" })).toBe(t.polling.unknownSource);
  expect(await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).toMatchObject({ feedUrl: "https://vestnik.kz/rss", site: "vestnik.kz", enabled: false, etag: '"v7"' });
  expect(await bed.db.auditLog.count()).toBe(0);
});

it("a source's English name is set and cleared on its page, and logged", async () => {
  const outlet = await source();
  const editor = await makeEditor(bed.db);
  const fields = { id: String(outlet.id), feedUrl: "https://vestnik.kz/rss", site: "vestnik.kz" };
  await updateSource(bed.db, form({ ...fields, nameEn: "  Steppe Herald " }).data!, editor.id, t, { allowPrivate: false });
  expect(await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).toMatchObject({ nameEn: "Steppe Herald", etag: '"v7"' });
  const [entry] = await listAuditPage({ entity: "source", entityId: outlet.id });
  expect(entry).toMatchObject({ before: { nameEn: null }, after: { nameEn: "Steppe Herald" } });
  await updateSource(bed.db, form({ ...fields, nameEn: "" }).data!, editor.id, t, { allowPrivate: false });
  expect(await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).toMatchObject({ nameEn: null });
  expect(refusals({ ...fields, nameEn: "x".repeat(1000) })).toHaveProperty("nameEn");
});
