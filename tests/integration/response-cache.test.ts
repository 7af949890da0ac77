import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSession } from "../../lib/auth/sessions";
import { CONTENT_CHANNEL, createDb, listenForChanges, type ChangeListener, type Db } from "../../lib/db";
import { registerResponseCache } from "../../lib/http/response-cache/invalidate";
import { CACHE_HEADER, ResponseCache } from "../../lib/http/response-cache/response-cache";
import { importPaths } from "../../lib/importer/import-paths";
import { fixtures, makeEditor } from "../support/editor-fixtures";
import { nextHeadersMock, sameSiteRequest } from "../support/request-context";
import { resetDatabase } from "../support/reset-database";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { IDLE } from "../../lib/actions/action-state";
import { updateTopicAction } from "../../lib/actions/topics/update-topic-action";

const root = path.resolve(import.meta.dirname, "../..");
let db: Db;
let cache: ResponseCache;
let listener: ChangeListener;
let server: Server;
let base: string;
let notifications = 0;
let today = "2026-12-05";

/**
 * The front door's cache and database listener as scripts/serve.ts wires them, around a page that
 * reads the archive on every render (topics and article titles) and carries a nonce as proxy.ts's do.
 */
beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  cache = new ResponseCache({ maxBytes: 4 * 1024 * 1024, today: () => today });
  registerResponseCache(cache);
  listener = listenForChanges({ connectionString: process.env.DATABASE_URL as string, channel: CONTENT_CHANNEL, onChange: () => {
      notifications++;
      cache.clear();
    }, onListeningChange: (on) => cache.setEnabled(on) });
  server = createServer((request, response) =>
    cache.handle(request, response, () => {
      void (async () => {
        const nonce = randomBytes(16).toString("base64");
        const topics = await db.topic.findMany({ orderBy: { slug: "asc" }, select: { labelRu: true } });
        const articles = await db.article.findMany({ orderBy: { id: "asc" }, select: { title: true } });
        response.setHeader("content-type", "text/html; charset=utf-8");
        response.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}'`);
        response.end(`<script nonce="${nonce}"></script><ul>${[...topics.map((t) => t.labelRu), ...articles.map((a) => a.title)].map((x) => `<li>${x}</li>`).join("")}</ul>`);
      })();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await listener.close();
  await new Promise((resolve) => server.close(resolve));
  await db.$disconnect();
});
beforeEach(async () => {
  await resetDatabase(db);
  await importPaths(db, [path.join(fixtures, "pair-a-wire.txt")], { trigger: "cli" });
  await until(() => listener.listening, "the listener to listen");
  cache.clear();
});

async function until(done: () => boolean | Promise<boolean>, what: string, withinMs = 5000): Promise<number> {
  const started = performance.now();
  while (!(await done())) {
    if (performance.now() - started > withinMs) throw new Error(`waited ${withinMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

async function read(url = "/") {
  const response = await fetch(base + url);
  const body = await response.text();
  return { cache: response.headers.get(CACHE_HEADER), body, nonce: /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1] };
}

/** The page is kept: the second reader gets the first one's render, with a nonce of its own. */
async function expectCached(url = "/") {
  const first = await read(url);
  const second = await read(url);
  expect(first.cache).toBe("miss");
  expect(second.cache).toBe("hit");
  expect(second.body.replaceAll(second.nonce!, "")).toBe(first.body.replaceAll(first.nonce!, ""));
  expect(second.nonce).not.toBe(first.nonce);
  expect(second.body).toContain(`nonce="${second.nonce}"`);
  return second.body;
}

describe("the response cache", () => {
  it("starts afresh on a new day, when planned meetings may have aged with no write", async () => {
    await expectCached();
    today = "2026-12-06";
    expect((await read()).cache).toBe("miss");
    expect((await read()).cache).toBe("hit");
  });

  it("keeps its pages while sources are polled, and empties when an outlet's name changes", async () => {
    const outlet = await db.outlet.create({ data: { name: "Опрашиваемое издание", feedUrl: "https://example.org/feed.xml" } });
    await until(() => notifications > 0, "the new outlet's notification");
    // Let every notice of the insert arrive (a loaded machine delivers them late) before counting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expectCached();
    const before = notifications;
    // What a poll writes: its state, nothing a page shows.
    await db.outlet.update({ where: { id: outlet.id }, data: { lastPolledAt: new Date(), failures: 1, nextPollAt: new Date(), etag: '"v2"' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(notifications).toBe(before);
    expect((await read()).cache).toBe("hit");
    await db.outlet.update({ where: { id: outlet.id }, data: { name: "Переименованное издание" } });
    await until(() => notifications > before, "the renamed outlet's notification");
    expect((await read()).cache).toBe("miss");
  });

  it("shows an editor's change in the very next request after the action commits", async () => {
    const editor = await makeEditor(db);
    sameSiteRequest((await createSession(db, editor.id, { ip: null, userAgent: null })).token);
    const topic = await db.topic.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true, version: true, labelRu: true } });
    expect(await expectCached()).toContain(`<li>${topic.labelRu}</li>`);

    const form = new FormData();
    for (const [k, v] of Object.entries({ id: String(topic.id), version: String(topic.version), labelRu: "Кэш очищен", labelEn: "Cache cleared", phrasings: "кэш" })) form.append(k, v);
    expect((await updateTopicAction(IDLE, form)).status).toBe("ok");

    const after = await read();
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("<li>Кэш очищен</li>");
  });

  it("shows a CLI import made by another process as soon as it has committed", async () => {
    const before = await expectCached();
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join(root, "scripts", "import.ts"), path.join(fixtures, "pair-b-page.txt")], { cwd: root, env: process.env });
    expect(stdout).toContain("created");
    const title = (await db.article.findFirstOrThrow({ where: { fileName: "pair-b-page.txt" }, select: { title: true } })).title;
    expect(before).not.toContain(`<li>${title}</li>`);
    // The importer has exited, so its transaction committed; the notification is on its way.
    const waited = await until(async () => (await read()).body.includes(`<li>${title}</li>`), "the imported article on the page", 1000);
    expect(waited).toBeLessThan(1000);
  });

  it("serves nothing while its listener is down, and shows what changed meanwhile once it is back", async () => {
    await expectCached();
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'chronicle-listener' AND datname = current_database()`;
    await until(() => !listener.listening, "the listener to notice its connection is gone");
    expect((await read()).cache).toBe("bypass");
    // A change committed while nobody listens: its notification is lost.
    await db.topic.updateMany({ data: { labelRu: "Пока никто не слушал" } });
    await until(() => listener.listening, "the listener to reconnect");
    const after = await read();
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("Пока никто не слушал");
    await expectCached("/?again");
  });

  it("does not keep a render that was under way when a change committed", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = createServer((request, response) =>
      cache.handle(request, response, () => void gate.then(() => response.end("rendered before the change"))),
    );
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow`;
    try {
      const first = fetch(url);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const heard = notifications;
      await db.topic.updateMany({ data: { labelEn: "changed" } });
      await until(() => notifications > heard, "the notification");
      release();
      expect((await first).headers.get(CACHE_HEADER)).toBe("miss");
      expect((await fetch(url)).headers.get(CACHE_HEADER)).toBe("miss");
    } finally {
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});
