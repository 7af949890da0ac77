import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, poolTx, type Db, type Tx } from "../../lib/db";
import { applyVouchedOrigin, proxyList, vouchedOrigin } from "../../lib/http/forwarded";
import { heavyRouteGuard } from "../../lib/limits/heavy-route-guard";
import { admitRequest } from "../../lib/limits/request-quota";
import { DEFAULT_ROUTE_LIMITS } from "../../lib/limits/route-classes";
import { releaseStreamSlot, renewStreamSlot, takeStreamSlot } from "../../lib/limits/stream-slots";

// Two clients of one database stand for two app instances: what one counts, the other sees.
let one: Db;
let two: Db;
let rows: Tx["rows"];
let otherRows: Tx["rows"];

beforeAll(() => {
  one = createDb(process.env.DATABASE_URL as string);
  two = createDb(process.env.DATABASE_URL as string);
  rows = poolTx(one).rows;
  otherRows = poolTx(two).rows;
});
afterAll(() => Promise.all([one.$disconnect(), two.$disconnect()]));
beforeEach(async () => {
  await one.requestQuota.deleteMany();
  await one.streamSlot.deleteMany();
  // Windows are whole minutes of the database's clock (this machine's): a test's requests stay in one.
  const second = (Date.now() / 1000) % 60;
  if (second > 55) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
});

describe("requests per client and route class, counted in PostgreSQL", () => {
  it("admits up to the limit across instances, then refuses with the seconds left in the window", async () => {
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await admitRequest(i % 2 ? otherRows : rows, "203.0.113.1", "export", 3));
    expect(verdicts.slice(0, 3)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(verdicts[3]).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
    const wait = (verdicts[3] as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // Another client, another class: their own allowances.
    expect(await admitRequest(rows, "203.0.113.2", "export", 3)).toEqual({ ok: true });
    expect(await admitRequest(rows, "203.0.113.1", "search", 3)).toEqual({ ok: true });
  });

  it("counts every one of many concurrent requests exactly once", async () => {
    const verdicts = await Promise.all(Array.from({ length: 40 }, (_, i) => admitRequest(i % 2 ? otherRows : rows, "203.0.113.3", "search", 25)));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(25);
    expect((await one.requestQuota.findMany({ where: { clientKey: "203.0.113.3" } })).map((r) => r.count)).toEqual([40]);
  });

  it("deletes ended windows when a new one opens", async () => {
    await one.requestQuota.create({ data: { clientKey: "198.51.100.9", routeClass: "export", windowStart: new Date(Date.now() - 3_600_000), count: 99 } });
    await admitRequest(rows, "198.51.100.10", "export", 3);
    expect(await one.requestQuota.count({ where: { clientKey: "198.51.100.9" } })).toBe(0);
  });

  it("does not count a class whose limit is off", async () => {
    for (let i = 0; i < 5; i++) expect(await admitRequest(rows, "203.0.113.4", "calendar", 0)).toEqual({ ok: true });
    expect(await one.requestQuota.count()).toBe(0);
  });
});

describe("concurrent export streams, shared by instances", () => {
  it("hands each slot to one taker however many ask at once", async () => {
    const taken = await Promise.all(Array.from({ length: 12 }, (_, i) => takeStreamSlot(i % 2 ? otherRows : rows, "export", 3, `203.0.113.${i}`)));
    const held = taken.filter((s) => s !== null);
    expect(held.map((s) => s.slot).sort()).toEqual([0, 1, 2]);
    await releaseStreamSlot(rows, held[0]!);
    expect(await takeStreamSlot(otherRows, "export", 3, "203.0.113.50")).toMatchObject({ slot: held[0]!.slot });
  });

  it("hands out every free slot to many takers at once, also under the plan chosen from an empty table's statistics", async () => {
    // Statistics taken while the table was empty (a maintenance ANALYZE before the first export, as
    // bench:seed's): PostgreSQL then chose the plan under which the old statement gave one slot to 16
    // takers while two were free.
    await one.$executeRaw`ANALYZE "StreamSlot"`;
    for (let round = 0; round < 5; round++) {
      const taken = await Promise.all(Array.from({ length: 16 }, (_, i) => takeStreamSlot(i % 2 ? otherRows : rows, "export", 2, `203.0.113.${i}`)));
      const held = taken.filter((s) => s !== null);
      expect(held.map((s) => s.slot).sort(), `round ${round}`).toEqual([0, 1]);
      for (const s of held) await releaseStreamSlot(rows, s);
    }
  });

  it("frees the slot of a holder that stopped renewing (its instance died), and that holder cannot renew it back", async () => {
    const dead = (await takeStreamSlot(rows, "export", 1, "203.0.113.60"))!;
    expect(await takeStreamSlot(otherRows, "export", 1, "203.0.113.61")).toBeNull();
    expect(await renewStreamSlot(rows, dead)).toBe(true);
    await one.streamSlot.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const next = await takeStreamSlot(otherRows, "export", 1, "203.0.113.61");
    expect(next).not.toBeNull();
    expect(await renewStreamSlot(rows, dead)).toBe(false);
    await releaseStreamSlot(rows, dead);
    expect(await one.streamSlot.findFirst({ select: { holder: true } })).toEqual({ holder: next!.holder });
  });
});

describe("the front door's guard over HTTP", () => {
  let server: Server;
  let port: number;
  const streams = { open: 0 };
  beforeAll(async () => {
    // In place of Next: an export that streams for a while, and any other page at once.
    const guard = heavyRouteGuard(rows, { limits: { ...DEFAULT_ROUTE_LIMITS, export: 4, search: 2 }, exportStreams: 2 });
    const proxies = proxyList(["127.0.0.1", "::1"]);
    server = createServer((request, response) => {
      applyVouchedOrigin(request.headers, vouchedOrigin(request.headers, { address: request.socket.remoteAddress, encrypted: false }, proxies));
      void guard(request, response).then((answered) => {
        if (answered) return;
        response.writeHead(200, { "Content-Type": "text/plain" });
        if (!request.url?.startsWith("/export/")) return void response.end("page");
        streams.open++;
        setTimeout(() => (streams.open--, response.end("done")), 400);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  function ask(path: string, headers: Record<string, string> = {}): Promise<{ status: number; retryAfter: string | null; body: string; type: string | null }> {
    return new Promise((resolve, reject) => {
      get({ host: "127.0.0.1", port, path, headers }, (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, retryAfter: (response.headers["retry-after"] as string) ?? null, body, type: response.headers["content-type"] ?? null }));
      }).on("error", reject);
    });
  }

  it("serves two exports at once and refuses a third with 429, Retry-After and a Russian line; a slot frees when its stream ends", async () => {
    const as = (ip: string) => ({ "x-forwarded-for": ip });
    const answers = await Promise.all([ask("/export/meetings.csv", as("192.0.2.1")), ask("/export/meetings.csv", as("192.0.2.2")), ask("/export/meetings.csv", as("192.0.2.3"))]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 429]);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.retryAfter).toBe("10");
    expect(refused.body).toMatch(/^Сейчас выгружается слишком много файлов сразу\. Повторите через 10 секунд\./);
    expect(streams.open).toBe(0);
    // The slots came back when the responses closed.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await one.streamSlot.count({ where: { holder: { not: null } } })).toBe(0);
    expect((await ask("/export/meetings.csv", as("192.0.2.3"))).status).toBe(200);
  });

  it("counts each client by the address the front door vouched for, and answers the API in its JSON error shape", async () => {
    const verdicts = [];
    for (let i = 0; i < 3; i++) verdicts.push(await ask("/en/search?q=x", { "x-forwarded-for": `198.51.100.${i}, 127.0.0.1`, cookie: "lang=ru" }));
    // The proxy on loopback vouches for the hop before it: three clients, each within its allowance.
    expect(verdicts.map((v) => v.status)).toEqual([200, 200, 200]);
    const same = [];
    for (let i = 0; i < 3; i++) same.push(await ask("/api/v1/search?q=x", { "x-forwarded-for": "198.51.100.77", cookie: "lang=en" }));
    expect(same.map((v) => v.status)).toEqual([200, 200, 429]);
    expect(same[2]!.type).toMatch(/^application\/json/);
    expect(JSON.parse(same[2]!.body)).toEqual({ error: { status: 429, message: expect.stringMatching(/^Too many requests in a row\. Try again in \d+ seconds?\.$/) } });
    expect(Number(same[2]!.retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it("leaves pages that are not heavy alone", async () => {
    for (let i = 0; i < 10; i++) expect((await ask("/", { "x-forwarded-for": "198.51.100.200" })).status).toBe(200);
    expect(await one.requestQuota.count({ where: { clientKey: "198.51.100.200" } })).toBe(0);
  });
});
