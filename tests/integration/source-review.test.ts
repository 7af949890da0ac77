import { expect, it } from "vitest";
import { extractDraft } from "../../lib/actions/articles/extract-draft";
import { publishArticle } from "../../lib/actions/articles/publish-article";
import { ActionError } from "../../lib/actions/errors";
import { commandSource, createSource, rejectReview } from "../../lib/actions/sources/source-commands";
import { createDb } from "../../lib/db";
import { messages } from "../../lib/i18n/messages";
import { queueDuePolls } from "../../lib/jobs/run-worker";
import { fetchItem } from "../../lib/sources/fetch-item";
import { sourceSettings } from "../../lib/sources/fetch-settings";
import { pollSource } from "../../lib/sources/poll-source";
import { listSources } from "../../lib/queries/sources/list-sources";
import { listAuditPage } from "../../lib/queries/dashboard";
import { auditChanges } from "../../components/admin/audit-changes";
import { asPublishInput, makeEditor } from "../support/editor-fixtures";
import { sourcesTestBed } from "../support/sources-test-bed";
import { createTestDatabase } from "../support/test-database";

const t = messages.en;
const settings = sourceSettings({ allowPrivate: true, hostDelayMs: 0, review: "unsure" });
const bed = sourcesTestBed();

async function reviewedItem() {
  const outlet = await bed.db.outlet.create({ data: { name: "Степной вестник", feedUrl: bed.fixtures.url("/unsure/feed.xml"), enabled: true } });
  await pollSource(bed.db, bed.boss, outlet.id, settings);
  const item = await bed.db.sourceItem.findFirstOrThrow({ where: { outletId: outlet.id } });
  expect(await fetchItem(bed.db, item.id, settings, { last: false })).toBe("review");
  return { outlet, review: await bed.db.reviewItem.findFirstOrThrow() };
}

it("an item for review, opened as the preview and published, is settled and its page kept", async () => {
  const { outlet, review } = await reviewedItem();
  const editor = await makeEditor(bed.db);
  const draft = await extractDraft(bed.db, { mode: "text", rawText: review.rawText }, t.admin.errors);
  const input = asPublishInput({ ...draft, article: { ...draft.article, url: review.url, outlet: outlet.name }, fetchedAt: review.fetchedAt.toISOString() });
  const { articleId } = await publishArticle(bed.db, input, editor.id, t.admin.errors);
  expect(await bed.db.reviewItem.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ status: "published", articleId });
  const article = await bed.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { outletId: true, urls: { select: { url: true } } } });
  expect(article).toEqual({ outletId: outlet.id, urls: [{ url: review.url }] });
  expect((await listSources()).find((s) => s.id === outlet.id)).toMatchObject({ found: 1, queued: 0, published: 1, waiting: 0, failed: 0 });
});

it("an item for review rejected stays out of the archive; rejecting it twice is refused", async () => {
  const { outlet, review } = await reviewedItem();
  expect((await listSources()).find((s) => s.id === outlet.id)).toMatchObject({ found: 1, published: 0, waiting: 1 });
  expect(await rejectReview(bed.db, { id: review.id }, t)).toBe(t.polling.review.rejected);
  await expect(rejectReview(bed.db, { id: review.id }, t)).rejects.toThrow(ActionError);
  expect(await bed.db.article.count()).toBe(0);
  expect((await listSources()).find((s) => s.id === outlet.id)).toMatchObject({ waiting: 0 });
});

it("pause, resume and poll now: the next scheduler tick polls what is due or asked for", async () => {
  const outlet = await bed.db.outlet.create({ data: { name: "Fixture", feedUrl: bed.fixtures.url("/outlets/feed.xml"), enabled: false } });
  const { id: editorId } = await makeEditor(bed.db);
  const polls = async () => (await bed.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'poll-source'`))[0]?.n;
  // The seeded outlets are off on a fresh install: nothing is polled.
  expect(await queueDuePolls(bed.db, bed.boss)).toBe(0);
  expect(await commandSource(bed.db, { id: outlet.id, op: "poll" }, editorId, t)).toBe(t.polling.pollRequested);
  expect(await queueDuePolls(bed.db, bed.boss)).toBe(1);
  expect(await queueDuePolls(bed.db, bed.boss)).toBe(0);
  expect(await polls()).toBe(1);
  await commandSource(bed.db, { id: outlet.id, op: "resume" }, editorId, t);
  await bed.boss.deleteJob("poll-source", (await bed.boss.fetch("poll-source"))[0]!.id);
  expect(await queueDuePolls(bed.db, bed.boss)).toBe(1);
  await commandSource(bed.db, { id: outlet.id, op: "pause" }, editorId, t);
  await bed.db.outlet.update({ where: { id: outlet.id }, data: { nextPollAt: new Date(0) } });
  expect(await queueDuePolls(bed.db, bed.boss)).toBe(0);
  await expect(commandSource(bed.db, { id: 999_999, op: "pause" }, editorId, t)).rejects.toThrow(t.polling.unknownSource);
});

it("pause, resume and poll now are in the change log: who, when, the source before and after", async () => {
  const outlet = await bed.db.outlet.create({ data: { name: "Fixture", feedUrl: bed.fixtures.url("/outlets/feed.xml"), enabled: false } });
  const editor = await makeEditor(bed.db);
  const started = Date.now();
  for (const op of ["resume", "poll", "pause"] as const) await commandSource(bed.db, { id: outlet.id, op }, editor.id, t);
  const entries = await listAuditPage({ entity: "source", entityId: outlet.id });
  expect(entries.map((e) => [e.action, e.editor])).toEqual([["pause", editor.name], ["poll", editor.name], ["resume", editor.name]]);
  expect(entries.every((e) => e.at.getTime() >= started - 1000)).toBe(true);
  const [pause, poll, resume] = entries;
  expect(resume).toMatchObject({ before: { name: "Fixture", enabled: false }, after: { name: "Fixture", enabled: true } });
  expect(poll!.before).toMatchObject({ pollRequestedAt: null });
  expect((poll!.after as { pollRequestedAt: string }).pollRequestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(pause).toMatchObject({ before: { enabled: true }, after: { enabled: false } });
  // As the audit page says them, in both languages.
  expect(messages.en.admin.audit.did("pause", "source")).toBe("paused polling of source");
  expect(messages.ru.admin.audit.did("poll", "source")).toBe("запросил(а) опрос источника");
  expect(auditChanges(resume!.before, resume!.after, messages.en)).toEqual([{ field: "enabled", label: "Polled", before: "no", after: "yes" }]);
  // A command on no source writes no line.
  await expect(commandSource(bed.db, { id: 999_999, op: "poll" }, editor.id, t)).rejects.toThrow(ActionError);
  expect(await bed.db.auditLog.count()).toBe(3);
});

it("a fresh install has the issue's outlets as sources, none polled", async () => {
  const fresh = await createTestDatabase();
  const other = createDb(fresh.url);
  try {
    const outlets = await other.outlet.findMany({ select: { name: true, site: true, enabled: true } });
    expect(outlets.map((o) => o.name)).toEqual(expect.arrayContaining(["Казинформ", "Акорда", "МИД Казахстана", "КазТАГ", "Казахстанская правда", "ТАСС", "Интерфакс", "Sputnik Казахстан", "Tengrinews", "Zakon.kz", "Посольство США в Казахстане"]));
    expect(outlets.every((o) => o.site && !o.enabled)).toBe(true);
    expect(await queueDuePolls(other, bed.boss)).toBe(0);
  } finally {
    await other.$disconnect();
    await fresh.drop();
  }
});

it("a new source from the form: polled from the next tick; a bad pattern, a taken name, a private address refused by field", async () => {
  const fieldError = async (input: Parameters<typeof createSource>[1], allowPrivate = true) => {
    try {
      await createSource(bed.db, input, t, { allowPrivate });
    } catch (error) {
      if (error instanceof ActionError) return error.fieldErrors;
      throw error;
    }
    throw new Error("not refused");
  };
  const feedUrl = bed.fixtures.url("/outlets/feed.xml");
  expect(await createSource(bed.db, { name: "Степной вестник", feedUrl, listingPattern: null }, t, { allowPrivate: true })).toBe(t.polling.form.created("Степной вестник"));
  expect(await queueDuePolls(bed.db, bed.boss)).toBe(1);
  expect(await fieldError({ name: "Степной вестник", feedUrl, listingPattern: null })).toEqual({ name: t.polling.form.nameTaken });
  expect(await fieldError({ name: "Другой", feedUrl, listingPattern: "([" })).toEqual({ listingPattern: t.polling.form.badPattern });
  expect(await fieldError({ name: "Другой", feedUrl, listingPattern: null }, false)).toEqual({ feedUrl: t.admin.errors.fetch.privateAddress("127.0.0.1") });
  expect(await fieldError({ name: "Другой", feedUrl: "http://[::1]:8080/rss", listingPattern: null }, false)).toEqual({ feedUrl: t.admin.errors.fetch.privateAddress("::1") });
  expect(await bed.db.outlet.count({ where: { name: "Другой" } })).toBe(0);
});
