import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSession } from "../../lib/auth/sessions";
import { newSessionToken, sessionIdOf } from "../../lib/auth/session-token";
import { createDb, type Db } from "../../lib/db";
import { importPaths } from "../../lib/importer/import-paths";
import { draftOf, fixtures, makeEditor } from "../support/editor-fixtures";
import { nextHeadersMock, redirectTarget, request, sameSiteRequest } from "../support/request-context";
import { resetDatabase } from "../support/reset-database";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { deleteArticleAction } from "../../lib/actions/articles/delete-article-action";
import { extractArticleAction } from "../../lib/actions/articles/extract-article-action";
import { publishArticleAction } from "../../lib/actions/articles/publish-article-action";
import { updateArticleAction } from "../../lib/actions/articles/update-article-action";
import { signOutAction } from "../../lib/actions/auth/sign-out-action";
import { updateMeetingAction } from "../../lib/actions/meetings/update-meeting-action";
import { findOfficialsAction } from "../../lib/actions/officials/find-officials-action";
import { mergeOfficialsAction } from "../../lib/actions/officials/merge-officials-action";
import { updateOfficialAction } from "../../lib/actions/officials/update-official-action";
import { updateTopicAction } from "../../lib/actions/topics/update-topic-action";
import { attachReviewAction } from "../../lib/actions/sources/attach-review-action";
import { createSourceAction } from "../../lib/actions/sources/create-source-action";
import { rejectReviewAction } from "../../lib/actions/sources/reject-review-action";
import { sourceCommandAction } from "../../lib/actions/sources/source-command-action";
import { updateSourceAction } from "../../lib/actions/sources/update-source-action";
import { IDLE } from "../../lib/actions/action-state";

let db: Db;
let validToken: string;

beforeAll(() => {
  db = createDb(process.env.DATABASE_URL as string);
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  const editor = await makeEditor(db);
  validToken = (await createSession(db, editor.id, { ip: null, userAgent: null })).token;
  await importPaths(db, [path.join(fixtures, "pair-a-wire.txt")], { trigger: "cli" });
});

/** Everything a write could touch, to prove a refused call changed nothing. */
async function snapshot() {
  const [articles, meetings, officials, topics, participants, evidence, audit, names, outlets, reviews] = await Promise.all([
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, title: true, updatedAt: true } }),
    db.meeting.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, updatedAt: true } }),
    db.official.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, nameRu: true } }),
    db.topic.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, labelRu: true } }),
    db.meetingParticipant.count(),
    db.evidence.count(),
    db.auditLog.count(),
    db.officialName.count(),
    db.outlet.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, feedUrl: true, enabled: true, pollRequestedAt: true } }),
    db.reviewItem.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
  ]);
  return { articles, meetings, officials, topics, participants, evidence, audit, names, outlets, reviews };
}

/** A valid call of every editor action: with a live session each of these succeeds (checked below). */
async function calls() {
  const article = await db.article.findFirstOrThrow({ select: { id: true, version: true, title: true, body: true } });
  const meeting = await db.meeting.findFirstOrThrow({ select: { id: true, version: true, participants: { select: { officialId: true } } } });
  const [a, b] = await db.official.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, nameRu: true } });
  const topic = await db.topic.findFirstOrThrow({ select: { id: true, version: true } });
  const outlet = await db.outlet.upsert({ where: { name: "Guarded outlet" }, create: { name: "Guarded outlet", feedUrl: "https://example.kz/rss" }, update: {} });
  const review = await db.reviewItem.upsert({
    where: { url: "https://example.kz/ru/review" },
    create: { url: "https://example.kz/ru/review", outletId: outlet.id, rawText: "Текст", fetchedAt: new Date(), reasons: ["unknown-officials"] },
    update: {},
  });
  const similar = await db.reviewItem.upsert({
    where: { url: "https://example.kz/ru/similar" },
    create: { url: "https://example.kz/ru/similar", outletId: outlet.id, rawText: "Текст", fetchedAt: new Date(), reasons: ["possible-reprint"], resemblesId: article.id },
    update: {},
  });
  const form = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    return f;
  };
  return {
    updateArticle: () => updateArticleAction(IDLE, form({ id: String(article.id), version: String(article.version), title: "Изменено", body: article.body })),
    deleteArticle: () => deleteArticleAction(IDLE, form({ id: String(article.id), version: String(article.version), confirm: "delete" })),
    extractArticle: async () => extractArticleAction(IDLE, { mode: "text", rawText: (await draftOf(db, "pair-b-page.txt")).rawText }),
    publishArticle: async () => publishArticleAction(IDLE, (await draftOf(db, "pair-b-page.txt")) as unknown as Record<string, unknown>),
    updateMeeting: () =>
      updateMeetingAction(IDLE, { id: meeting.id, version: meeting.version, kind: "call", status: "held", participants: meeting.participants.map((p) => ({ officialId: p.officialId })), topicIds: [] }),
    updateOfficial: () => updateOfficialAction(IDLE, form({ id: String(a!.id), version: String(a!.version), nameRu: `${a!.nameRu}а`, countryCode: "KZ" })),
    mergeOfficials: () => mergeOfficialsAction(IDLE, form({ sourceId: String(b!.id), sourceVersion: String(b!.version), targetId: String(a!.id), targetVersion: String(a!.version) })),
    sourceCommand: () => sourceCommandAction(IDLE, form({ id: String(outlet.id), op: "poll" })),
    rejectReview: () => rejectReviewAction(IDLE, form({ id: String(review.id) })),
    attachReview: () => attachReviewAction(IDLE, form({ id: String(similar.id) })),
    updateSource: () => updateSourceAction(IDLE, form({ id: String(outlet.id), feedUrl: "https://example.kz/rss2", site: "example.kz", listingPattern: "" })),
    createSource: () => createSourceAction(IDLE, form({ name: "Новый источник", feedUrl: "https://example.kz/news.rss", listingPattern: "" })),
    updateTopic: () => updateTopicAction(IDLE, form({ id: String(topic.id), version: String(topic.version), labelRu: "Изменено", labelEn: "Changed", phrasings: "x" })),
  };
}

/** Every module of server actions ("use server") but the public language switch. */
const actionFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return actionFiles(file);
    return e.name.endsWith(".ts") && e.name !== "set-locale.ts" && readFileSync(file, "utf8").startsWith('"use server"') ? [file] : [];
  });

describe("every editor action checks the session itself", () => {
  it("covers every action module in lib/actions", async () => {
    const root = path.resolve(import.meta.dirname, "../../lib/actions");
    const names = actionFiles(root).map((f) => path.basename(f, "-action.ts"));
    const covered = [...Object.keys(await calls()).map((n) => n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)), "sign-in", "sign-out", "find-officials"];
    expect(names.filter((n) => !covered.includes(n))).toEqual([]);
  });

  const refusals: [string, () => Promise<string | undefined>][] = [
    ["no session cookie", async () => undefined],
    ["a forged cookie", async () => newSessionToken()],
    [
      "an expired session",
      async () => {
        const token = newSessionToken();
        const editor = await db.editor.findFirstOrThrow({ select: { id: true } });
        await db.session.create({ data: { id: sessionIdOf(token), editorId: editor.id, createdAt: new Date(Date.now() - 2 * 86_400_000), expiresAt: new Date(Date.now() - 86_400_000) } });
        return token;
      },
    ],
    ["a disabled editor's session", async () => {
      await db.editor.updateMany({ data: { disabledAt: new Date() } });
      return validToken;
    }],
  ];

  for (const [label, cookie] of refusals) {
    it(`refuses every write with ${label}, sending the browser to sign in, and changes nothing`, async () => {
      const all = await calls();
      const token = await cookie();
      const before = await snapshot();
      for (const [name, call] of Object.entries(all)) {
        sameSiteRequest(token);
        const outcome = await call().then(() => "ran", (e: unknown) => redirectTarget(e));
        expect(outcome, name).toBe("/admin/login");
      }
      expect(await snapshot()).toEqual(before);
      sameSiteRequest(token);
      expect(await findOfficialsAction("Кошербаев")).toEqual([]);
    });
  }

  it("refuses a cross-site request even with a live session", async () => {
    const all = await calls();
    const before = await snapshot();
    for (const [name, call] of Object.entries(all)) {
      sameSiteRequest(validToken);
      request.headers.set("origin", "https://evil.example");
      request.headers.set("sec-fetch-site", "cross-site");
      const result = await call();
      expect(result.status, name).toBe("error");
    }
    sameSiteRequest(validToken);
    request.headers.delete("origin");
    expect((await all.updateTopic()).status).toBe("error");
    expect(await snapshot()).toEqual(before);
  });

  it("runs each of them with a live session from this site (so the refusals above are the session's doing)", async () => {
    const all = await calls();
    const { deleteArticle, mergeOfficials, ...rest } = all;
    for (const [name, call] of Object.entries(rest)) {
      sameSiteRequest(validToken);
      const outcome = await call().then((r) => r.status, (e: unknown) => redirectTarget(e));
      expect(outcome, name).not.toBe("/admin/login");
      expect(outcome, name).not.toBe("error");
    }
    expect(await db.auditLog.count()).toBeGreaterThanOrEqual(5);
    // Merge and delete need the versions as they are now, after the saves above.
    sameSiteRequest(validToken);
    expect(redirectTarget(await (await calls()).mergeOfficials().catch((e: unknown) => e))).toMatch(/^\/admin\/officials\/\d+\?merged=1$/);
    sameSiteRequest(validToken);
    expect(redirectTarget(await (await calls()).deleteArticle().catch((e: unknown) => e))).toBe("/admin/articles?deleted=1");
    void [deleteArticle, mergeOfficials];
  });

  it("signs out for real: the session row is gone, so the same cookie no longer opens anything", async () => {
    sameSiteRequest(validToken);
    expect(redirectTarget(await signOutAction().catch((e: unknown) => e))).toBe("/admin/login?signedOut=1");
    expect(await db.session.count()).toBe(0);
    sameSiteRequest(validToken);
    expect(redirectTarget(await (await calls()).updateTopic().catch((e: unknown) => e))).toBe("/admin/login");
  });
});
