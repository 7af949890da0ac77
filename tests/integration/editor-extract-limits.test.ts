import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// A budget the worst shape overruns (about 1 s), set before the environment module reads it.
vi.hoisted(() => {
  process.env.EXTRACT_BUDGET_MS = "150";
});

import { createSession } from "../../lib/auth/sessions";
import { createDb, poolTx, type Db } from "../../lib/db";
import { messages } from "../../lib/i18n/messages";
import { admitRequest } from "../../lib/limits/request-quota";
import { DEFAULT_ROUTE_LIMITS } from "../../lib/limits/route-classes";
import { makeEditor } from "../support/editor-fixtures";
import { nextHeadersMock, request, sameSiteRequest } from "../support/request-context";
import { resetDatabase } from "../support/reset-database";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { IDLE } from "../../lib/actions/action-state";
import { extractArticleAction } from "../../lib/actions/articles/extract-article-action";
import { SLOWEST_ARTICLE } from "../fixtures/slowest-article";

const ru = messages.ru.admin.errors;
const SLOW = SLOWEST_ARTICLE;
let db: Db;
let token: string;

beforeAll(() => {
  db = createDb(process.env.DATABASE_URL as string);
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  await db.requestQuota.deleteMany();
  token = (await createSession(db, (await makeEditor(db)).id, { ip: null, userAgent: null })).token;
  sameSiteRequest(token);
  request.cookies.set("lang", "ru");
  // The allowance counts whole minutes of the database's clock: the test's requests stay in one.
  const second = (Date.now() / 1000) % 60;
  if (second > 55) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
});

describe("the editor's Extract within the budget and the allowance", () => {
  it("refuses what takes longer than the budget as too complex, beside the text, in Russian, and keeps the text", async () => {
    const form = new FormData();
    form.append("mode", "text");
    form.append("rawText", SLOW);
    const state = await extractArticleAction(IDLE, form);
    expect(state).toMatchObject({ status: "error", message: ru.fixFields, fieldErrors: { rawText: ru.tooComplex(0.15) } });
    expect(state.fieldErrors?.rawText).toBe("Текст слишком сложен для автоматического извлечения (не уложились в 0,15 с): заполните поля вручную.");
    expect((state as { values?: Record<string, unknown> }).values?.rawText).toBe(SLOW);
  }, 60_000);

  it("refuses an extraction past the client's allowance, saying when to try again, beside the body", async () => {
    // The allowance of this address (the request context's 127.0.0.1) is spent in this window.
    for (let i = 0; i < DEFAULT_ROUTE_LIMITS.extraction; i++) await admitRequest(poolTx(db).rows, "127.0.0.1", "extraction", DEFAULT_ROUTE_LIMITS.extraction);
    const state = await extractArticleAction(IDLE, { mode: "fields", title: "Казахстан и США", body: "Посол США встретился с министром Казахстана." });
    expect(state.status).toBe("error");
    expect(state.message).toMatch(/^Слишком много извлечений подряд\. Повторите через \d+ с; текст остался в поле\.$/);
    expect(state.fieldErrors?.body).toBe(state.message);
    // Another address has its own allowance.
    request.headers.set("x-forwarded-for", "192.0.2.44");
    const other = await extractArticleAction(IDLE, { mode: "fields", title: "Казахстан и США", body: "Посол США встретился с министром Казахстана." });
    expect(other.status).toBe("ok");
  }, 60_000);
});
