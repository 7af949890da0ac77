import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { publishArticle } from "../../lib/actions/articles/publish-article";
import { ActionError } from "../../lib/actions/errors";
import { createDb, type Db } from "../../lib/db";
import { importPaths } from "../../lib/importer/import-paths";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { syncTopics } from "../../lib/importer/store/sync-topics";
import { publishArticleSchema } from "../../lib/validation/article-draft";
import { asPublishInput, draftOf, errors, fixtures, makeEditor } from "../support/editor-fixtures";
import { resetDatabase } from "../support/reset-database";

let db: Db;
let editor: Awaited<ReturnType<typeof makeEditor>>;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  await syncTopics(db);
  editor = await makeEditor(db);
});

const publish = (input: unknown) => publishArticle(db, publishArticleSchema.parse(input), editor.id, errors);

describe("publishing a new article", () => {
  it("stores what the importer found when the editor changes nothing, as the editor's article", async () => {
    const draft = await draftOf(db, "pair-a-wire.txt");
    expect(draft.meetings).toHaveLength(1);
    expect(draft.meetings[0]?.evidence.length).toBeGreaterThan(0);
    const { articleId } = await publish(asPublishInput(draft));
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { origin: true, fileName: true, meetings: { select: { meeting: { select: { origin: true, participants: true } } } } } });
    expect(article.origin).toBe("editor");
    expect(article.fileName).toBeNull();
    expect(article.meetings[0]?.meeting.origin).toBe("importer");
    expect(article.meetings[0]?.meeting.participants).toHaveLength(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "article", entityId: String(articleId) } });
    expect(audit).toMatchObject({ action: "publish", editorId: editor.id });
  });

  it("applies the editor's corrections as theirs, and a later import of another report never overwrites them", async () => {
    const draft = await draftOf(db, "pair-a-wire.txt");
    const meeting = draft.meetings[0]!;
    // Replace the UK minister by a new person, move the meeting, drop a topic, correct a post (in the
    // article's list of people, and as the minister's wording at this meeting).
    const kosherbayev = meeting.participants.find((p) => p.ref === "extracted" && p.name === "Ермек Кошербаев")!;
    meeting.participants = [
      { ...kosherbayev, position: "глава МИД Казахстана" },
      { ref: "new", name: "Джон Смит", nameLatin: "John Smith", label: "Джон Смит", position: "посол Великобритании", countryCode: "GB" },
    ];
    meeting.place = "Астана";
    meeting.topics = meeting.topics.filter((s) => s !== "energy");
    draft.officials.find((o) => o.name === "Ермек Кошербаев")!.position = "глава МИД Казахстана";
    await publish(asPublishInput(draft));

    const stored = await db.meeting.findFirstOrThrow({
      select: {
        id: true, origin: true, place: { select: { nameRu: true } },
        participants: { orderBy: { officialId: "asc" }, select: { origin: true, title: true, official: { select: { nameRu: true, origin: true } }, position: { select: { title: true } } } },
        topics: { select: { topic: { select: { slug: true } } } },
      },
    });
    expect(stored.origin).toBe("editor");
    expect(stored.place?.nameRu).toBe("Астана");
    expect(stored.participants.map((p) => p.official.nameRu)).toEqual(["Ермек Кошербаев", "Джон Смит"]);
    const smith = stored.participants.find((p) => p.official.nameRu === "Джон Смит")!;
    expect(smith).toMatchObject({ origin: "editor", title: "посол Великобритании", official: { origin: "editor" }, position: { title: "посол Великобритании" } });
    // The same post in the editor's words: one position row, the meeting shows their wording.
    const minister = stored.participants.find((p) => p.official.nameRu === "Ермек Кошербаев")!;
    expect(minister).toMatchObject({ origin: "editor", title: "глава МИД Казахстана" });
    expect(stored.topics.map((t) => t.topic.slug).sort()).toEqual(["critical-minerals", "regional-security"]);
    const editorEvidence = await db.evidence.findMany({ where: { origin: "editor" }, select: { fact: true, editorId: true } });
    expect(editorEvidence.map((e) => e.fact)).toEqual(expect.arrayContaining(["place", "participant", "position"]));
    expect(editorEvidence.every((e) => e.editorId === editor.id)).toBe(true);
    const position = await db.position.findFirstOrThrow({ where: { title: "глава МИД Казахстана" }, select: { origin: true } });
    expect(position.origin).toBe("editor");

    // The page-layout report of the same talks, imported later: it joins as a source, changes nothing.
    const summary = await importPaths(db, [path.join(fixtures, "pair-b-page.txt")], { trigger: "cli" });
    expect(summary.failed).toBe(0);
    const after = await db.meeting.findMany({
      where: { date: new Date("2025-03-12T00:00:00Z") },
      select: { id: true, place: { select: { nameRu: true } }, participants: { select: { official: { select: { nameRu: true } } } }, topics: { select: { topic: { select: { slug: true } } } }, _count: { select: { sources: true } } },
    });
    const ours = after.find((m) => m.id === stored.id)!;
    expect(ours.place?.nameRu).toBe("Астана");
    expect(ours.participants.map((p) => p.official.nameRu).sort()).toEqual(["Джон Смит", "Ермек Кошербаев"]);
    expect(ours.topics.map((t) => t.topic.slug)).not.toContain("energy");
    const titles = await db.meetingParticipant.findMany({ where: { meetingId: stored.id }, orderBy: { officialId: "asc" }, select: { title: true, origin: true } });
    expect(titles).toEqual([{ title: "глава МИД Казахстана", origin: "editor" }, { title: "посол Великобритании", origin: "editor" }]);
    // Re-importing the same text as a file is "unchanged": the editor's article stays as it is.
    const again = await importPaths(db, [path.join(fixtures, "pair-a-wire.txt")], { trigger: "cli" });
    expect(again.unchanged).toBe(1);
    expect(await db.article.count({ where: { origin: "editor" } })).toBe(1);
  });

  it("refuses a second publish of the same text, even at the same moment, and keeps one article", async () => {
    const draft = await draftOf(db, "pair-a-wire.txt");
    const results = await Promise.allSettled([publish(asPublishInput(draft)), publish(asPublishInput(draft))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ActionError);
    expect((refused.reason as ActionError).message).toBe(errors.alreadyPublished);
    expect(await db.article.count()).toBe(1);
    expect(await db.meeting.count()).toBe(1);
  });

  it("saves nothing when a correction names an unknown official or the text changed since extraction", async () => {
    const draft = await draftOf(db, "pair-a-wire.txt");
    draft.meetings[0]!.participants.push({ ref: "existing", officialId: 999_999, label: "?", position: null, countryCode: null });
    await expect(publish(asPublishInput(draft))).rejects.toMatchObject({ fieldErrors: { "meetings.0.participants.2": errors.unknownOfficial } });
    expect(await db.article.count()).toBe(0);
    expect(await db.official.count()).toBe(0);

    const changed = await draftOf(db, "pair-a-wire.txt");
    changed.rawText += "\nЕщё один абзац.";
    await expect(publish(asPublishInput(changed))).rejects.toMatchObject({ message: errors.textChanged });
    expect(await db.article.count()).toBe(0);
  });

  it("writes nothing at all when a correction fails after the article was stored in the same transaction", async () => {
    const draft = await draftOf(db, "pair-a-wire.txt");
    // Struck out of the article's people but still named at the meeting: refused only once the
    // importer's rows (article, officials, meeting, evidence) are written, inside the transaction.
    draft.officials.find((o) => o.name === "Дэвид Хэмми")!.removed = true;
    await expect(publish(asPublishInput(draft))).rejects.toMatchObject({ fieldErrors: { "meetings.0.participants.1": errors.unknownOfficial } });
    const counts = await Promise.all([db.article.count(), db.articleSearch.count(), db.official.count(), db.meeting.count(), db.evidence.count(), db.place.count(), db.auditLog.count()]);
    expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("is found by search at once: the search row follows the stored article", async () => {
    const { articleId } = await publish(asPublishInput(await draftOf(db, "pair-a-wire.txt")));
    const row = await db.articleSearch.findUniqueOrThrow({ where: { articleId }, select: { officialIds: true, topicIds: true } });
    expect(row.officialIds).toHaveLength(2);
    expect(row.topicIds.length).toBeGreaterThan(0);
  });

  it("removes meetings and officials the editor struck out", async () => {
    const draft = await draftOf(db, "pair-a-wire.txt");
    draft.meetings[0]!.removed = true;
    draft.officials.find((o) => o.name === "Дэвид Хэмми")!.removed = true;
    await publish(asPublishInput(draft));
    expect(await db.meeting.count()).toBe(0);
    expect((await db.official.findMany({ select: { nameRu: true } })).map((o) => o.nameRu)).toEqual(["Ермек Кошербаев"]);
  });
});
