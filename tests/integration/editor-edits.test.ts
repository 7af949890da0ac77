import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deleteArticle } from "../../lib/actions/articles/delete-article";
import { updateArticle } from "../../lib/actions/articles/update-article";
import { StaleRecordError } from "../../lib/actions/errors";
import { updateMeeting } from "../../lib/actions/meetings/update-meeting";
import { mergeOfficials } from "../../lib/actions/officials/merge-officials";
import { updateOfficial } from "../../lib/actions/officials/update-official";
import { staleRecordMessage } from "../../lib/actions/stale-record";
import { updateTopic } from "../../lib/actions/topics/update-topic";
import { getAdminMeeting } from "../../lib/queries/meetings/admin-meetings";
import { createDb, type Db } from "../../lib/db";
import { messages } from "../../lib/i18n/messages";
import { importPaths } from "../../lib/importer/import-paths";
import { syncTopics } from "../../lib/importer/store/sync-topics";
import { updateArticleSchema } from "../../lib/validation/article";
import { updateMeetingSchema } from "../../lib/validation/meeting";
import { updateOfficialSchema, mergeOfficialsSchema } from "../../lib/validation/official";
import { updateTopicSchema } from "../../lib/validation/topic";
import { errors, fixtures, makeEditor } from "../support/editor-fixtures";
import { resetDatabase } from "../support/reset-database";

let db: Db;
let ann: Awaited<ReturnType<typeof makeEditor>>;
let bob: Awaited<ReturnType<typeof makeEditor>>;

beforeAll(() => {
  db = createDb(process.env.DATABASE_URL as string);
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  ann = await makeEditor(db);
  bob = await makeEditor(db, "bob@example.org", "Bob Stone");
  await importPaths(db, [path.join(fixtures, "pair-a-wire.txt"), path.join(fixtures, "pair-b-page.txt")], { trigger: "cli" });
});

async function articleInput(id: number) {
  const a = await db.article.findUniqueOrThrow({ where: { id }, select: { title: true, body: true, version: true } });
  return { id: String(id), version: String(a.version), title: a.title, body: a.body };
}

describe("editing an article", () => {
  it("saves as the editor, records before/after, and refuses a second editor's save of the same version", async () => {
    const article = await db.article.findFirstOrThrow({ where: { fileName: "pair-a-wire.txt" }, select: { id: true } });
    const form = await articleInput(article.id);
    await updateArticle(db, updateArticleSchema.parse({ ...form, title: "Казахстан и Британия: энергетика", publishedOn: "2025-03-12" }), ann.id, errors);
    const saved = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { title: true, origin: true, version: true } });
    expect(saved).toEqual({ title: "Казахстан и Британия: энергетика", origin: "editor", version: 2 });

    const stale = updateArticle(db, updateArticleSchema.parse({ ...form, title: "Другой заголовок" }), bob.id, errors);
    await expect(stale).rejects.toBeInstanceOf(StaleRecordError);
    const error = await stale.catch((e: StaleRecordError) => e);
    const message = await staleRecordMessage(db, error as StaleRecordError, messages.en, "en");
    expect(message).toMatch(/^Changed by Ann Lee \d+ \w+ \d{4}.* \d\d:\d\d UTC\. Reload the page/);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { title: true } })).title).toBe("Казахстан и Британия: энергетика");

    const log = await db.auditLog.findMany({ where: { entity: "article", entityId: String(article.id) } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: "update", editorId: ann.id, before: { title: expect.stringContaining("США") }, after: { title: "Казахстан и Британия: энергетика" } });
  });

  it("keeps the editor's version when the file is imported again", async () => {
    const article = await db.article.findFirstOrThrow({ where: { fileName: "pair-a-wire.txt" }, select: { id: true } });
    await updateArticle(db, updateArticleSchema.parse({ ...(await articleInput(article.id)), title: "Правка редактора" }), ann.id, errors);
    const summary = await importPaths(db, [path.join(fixtures, "pair-a-wire.txt")], { trigger: "cli" });
    expect(summary.unchanged).toBe(1);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { title: true } })).title).toBe("Правка редактора");
  });
});

describe("editing a meeting", () => {
  it("sets participants, posts and topics as the editor's and the importer no longer adds to them", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ select: { id: true, version: true, participants: { select: { officialId: true } } } });
    const kosherbayev = await db.official.findUniqueOrThrow({ where: { nameRu: "Ермек Кошербаев" }, select: { id: true } });
    const energy = await db.topic.findUniqueOrThrow({ where: { slug: "energy" }, select: { id: true } });
    const input = updateMeetingSchema.parse({
      id: meeting.id, version: meeting.version, kind: "talks", status: "held", date: "2025-03-12", datePrecision: "day", place: "Лондон",
      participants: { 0: { officialId: String(kosherbayev.id), position: "посол Казахстана в Великобритании", countryCode: "KZ" } },
      topicIds: [String(energy.id)], needsReview: "on",
    });
    await updateMeeting(db, input, ann.id, errors);
    const saved = await db.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: {
        origin: true, needsReview: true, version: true, topics: { select: { topicId: true } },
        participants: { select: { origin: true, title: true, position: { select: { title: true, origin: true, organisation: { select: { nameRu: true } } } } } },
      },
    });
    expect(saved).toMatchObject({ origin: "editor", needsReview: true, version: meeting.version + 1 });
    expect(saved.participants).toEqual([
      { origin: "editor", title: "посол Казахстана в Великобритании", position: { title: "посол Казахстана в Великобритании", origin: "editor", organisation: { nameRu: "Посольство Казахстана в Великобритании" } } },
    ]);
    expect(saved.topics).toEqual([{ topicId: energy.id }]);

    // Another import of both reports: the meeting keeps exactly what the editor set.
    await db.article.deleteMany({ where: { fileName: "pair-b-page.txt" } });
    await importPaths(db, [path.join(fixtures, "pair-b-page.txt")], { trigger: "cli" });
    const after = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { participants: true, topics: true } });
    expect(after.participants).toHaveLength(1);
    expect(after.topics).toHaveLength(1);
  });

  it("saved as the form shows it, keeps each participant's wording at this meeting and leaves them the importer's", async () => {
    const first = await db.meeting.findFirstOrThrow({ select: { id: true } });
    const kosherbayev = await db.official.findUniqueOrThrow({ where: { nameRu: "Ермек Кошербаев" }, select: { id: true } });
    // As a report wording the post unlike the position row does ("глава МИД" for "министр иностранных дел").
    await db.meetingParticipant.update({ where: { meetingId_officialId: { meetingId: first.id, officialId: kosherbayev.id } }, data: { title: "глава МИД Казахстана" } });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: first.id }, select: { id: true, participants: { orderBy: { officialId: "asc" }, select: { officialId: true, title: true, origin: true } } } });
    expect(meeting.participants.every((p) => p.title)).toBe(true);
    const form = (await getAdminMeeting(meeting.id))!;
    expect(form.participants.map((p) => p.position)).toEqual(meeting.participants.map((p) => p.title));
    const input = updateMeetingSchema.parse({
      ...form, id: meeting.id, version: form.version, needsReview: form.needsReview ? "on" : undefined,
      participants: form.participants.map((p) => ({ officialId: String(p.officialId), position: p.position ?? "", countryCode: p.countryCode ?? "" })),
      topicIds: form.topicIds.map(String),
    });
    await updateMeeting(db, input, ann.id, errors);
    const after = await db.meetingParticipant.findMany({ where: { meetingId: meeting.id }, orderBy: { officialId: "asc" }, select: { officialId: true, title: true, origin: true } });
    expect(after).toEqual(meeting.participants);
  });

  it("refuses unknown officials and wrong dates without changing anything", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ select: { id: true, version: true } });
    const bad = updateMeetingSchema.safeParse({ id: meeting.id, version: meeting.version, kind: "talks", status: "held", date: "2025-02-30", participants: [], topicIds: [] });
    expect(bad.success).toBe(false);
    const input = updateMeetingSchema.parse({ id: meeting.id, version: meeting.version, kind: "talks", status: "held", participants: [{ officialId: 987654 }], topicIds: [] });
    await expect(updateMeeting(db, input, ann.id, errors)).rejects.toMatchObject({ fieldErrors: { "participants.0.officialId": errors.unknownOfficial } });
    const unchanged = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { version: true, origin: true, participants: true } });
    expect(unchanged).toMatchObject({ version: meeting.version, origin: "importer" });
    expect(unchanged.participants).toHaveLength(2);
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe("officials", () => {
  it("renames one, keeping the old name as a searchable variant", async () => {
    const hammy = await db.official.findUniqueOrThrow({ where: { nameRu: "Дэвид Хэмми" }, select: { id: true, version: true } });
    await updateOfficial(db, updateOfficialSchema.parse({ ...hammy, nameRu: "Дэвид Хемми", nameLatin: "David Hammy", countryCode: "US" }), ann.id, errors);
    const names = await db.officialName.findMany({ where: { officialId: hammy.id }, select: { form: true } });
    expect(names.map((n) => n.form)).toEqual(expect.arrayContaining(["Дэвид Хэмми", "Дэвид Хемми", "David Hammy"]));
    const taken = updateOfficialSchema.parse({ id: hammy.id, version: hammy.version + 1, nameRu: "Ермек Кошербаев", nameLatin: null, countryCode: "" });
    await expect(updateOfficial(db, taken, ann.id, errors)).rejects.toMatchObject({ fieldErrors: { nameRu: errors.nameTaken } });
  });

  it("merges two records of one person: meetings, mentions, posts and name forms move over", async () => {
    const target = await db.official.findUniqueOrThrow({ where: { nameRu: "Дэвид Хэмми" }, select: { id: true, version: true } });
    const source = await db.official.create({
      data: { slug: "hemmi-duplicate", nameRu: "Дэвид Хемми", matchKey: "дубликат хемми", surname: "хемми", names: { create: [{ form: "Дэвида Хемми", kind: "case" }] } },
      select: { id: true, version: true },
    });
    const meeting = await db.meeting.findFirstOrThrow({ select: { id: true } });
    const other = await db.meeting.create({ data: { kind: "call", status: "held" }, select: { id: true } });
    await db.meetingParticipant.createMany({ data: [{ meetingId: meeting.id, officialId: source.id, title: "глава Форин-офиса" }, { meetingId: other.id, officialId: source.id, title: "министр" }] });
    // Where both were at one meeting and the target's row has no wording, the source's fills it.
    await db.meetingParticipant.update({ where: { meetingId_officialId: { meetingId: meeting.id, officialId: target.id } }, data: { title: null } });
    const article = await db.article.findFirstOrThrow({ select: { id: true } });
    await db.articleOfficial.create({ data: { articleId: article.id, officialId: source.id, mentions: 2 } });

    const input = mergeOfficialsSchema.parse({ sourceId: source.id, sourceVersion: source.version, targetId: target.id, targetVersion: target.version });
    await mergeOfficials(db, input, ann.id, errors);
    expect(await db.official.findUnique({ where: { id: source.id } })).toBeNull();
    const merged = await db.official.findUniqueOrThrow({
      where: { id: target.id },
      select: { names: { select: { form: true } }, participants: { orderBy: { meetingId: "asc" }, select: { meetingId: true, title: true } }, articles: { select: { articleId: true, mentions: true } } },
    });
    expect(merged.participants).toEqual([{ meetingId: meeting.id, title: "глава Форин-офиса" }, { meetingId: other.id, title: "министр" }].sort((a, b) => a.meetingId - b.meetingId));
    expect(merged.names.map((n) => n.form)).toEqual(expect.arrayContaining(["Дэвид Хемми", "Дэвида Хемми", "Дэвид Хэмми"]));
    expect(merged.articles.find((a) => a.articleId === article.id)?.mentions).toBeGreaterThan(2);
    expect(await db.auditLog.count({ where: { action: "merge", entityId: String(target.id) } })).toBe(1);
    expect(mergeOfficialsSchema.safeParse({ ...input, sourceId: target.id }).success).toBe(false);
  });
});

describe("deleting an article", () => {
  it("keeps meetings other articles report and removes those left without a source", async () => {
    const only = await db.meeting.create({ data: { kind: "call", status: "held" }, select: { id: true } });
    const a = await db.article.findFirstOrThrow({ where: { fileName: "pair-a-wire.txt" }, select: { id: true, version: true } });
    await db.meetingSource.create({ data: { meetingId: only.id, articleId: a.id } });
    const shared = await db.meetingSource.findFirstOrThrow({ where: { articleId: a.id, meetingId: { not: only.id } }, select: { meetingId: true } });

    await deleteArticle(db, { id: a.id, version: a.version }, ann.id, errors);
    expect(await db.article.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await db.meeting.findUnique({ where: { id: only.id } })).toBeNull();
    expect(await db.meetingSource.count({ where: { meetingId: shared.meetingId } })).toBe(1);
    expect(await db.evidence.count({ where: { articleId: a.id } })).toBe(0);
    const log = await db.auditLog.findMany({ select: { action: true, entity: true, entityId: true } });
    expect(log).toEqual(expect.arrayContaining([{ action: "delete", entity: "article", entityId: String(a.id) }, { action: "delete", entity: "meeting", entityId: String(only.id) }]));
  });

  it("refuses when the article changed since the confirmation page was shown", async () => {
    const a = await db.article.findFirstOrThrow({ select: { id: true, version: true } });
    await db.article.update({ where: { id: a.id }, data: { version: { increment: 1 } } });
    await expect(deleteArticle(db, a, ann.id, errors)).rejects.toBeInstanceOf(StaleRecordError);
    expect(await db.article.count({ where: { id: a.id } })).toBe(1);
  });
});

describe("topics", () => {
  it("keeps an editor's labels when the importer syncs the taxonomy again", async () => {
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "energy" }, select: { id: true, version: true } });
    await updateTopic(db, updateTopicSchema.parse({ ...topic, labelRu: "Энергетика и нефть", labelEn: "Energy and oil", phrasings: "энергетики\nнефти\n\nнефти" }), ann.id, errors);
    await syncTopics(db);
    expect(await db.topic.findUniqueOrThrow({ where: { id: topic.id }, select: { labelRu: true, phrasings: true } })).toEqual({ labelRu: "Энергетика и нефть", phrasings: ["энергетики", "нефти"] });
  });
});
