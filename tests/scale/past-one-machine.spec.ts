import { expect, test, type APIRequestContext } from "@playwright/test";
import { request as playwrightRequest } from "@playwright/test";
import { createDb, REPLICA_APPLICATION_NAME } from "../../lib/db";
import { query } from "./support/postgres-pair";
import { INSTANCE_HEADER } from "./support/round-robin";
import { SCALE_EDITOR, startScaleCluster, type ScaleCluster } from "./support/scale-cluster";

/**
 * Two app instances and a streaming replica behind a round-robin proxy (tests/scale/support): readers
 * read from the replica, an editor's save on one instance reaches readers on the other once the replica
 * has it, and sessions and request limits are one across instances. `npm run test:scale`.
 */
let cluster: ScaleCluster;
let reader: APIRequestContext;
let topic: { id: number; slug: string; labelRu: string };
const SEARCH_LIMIT = 3;
/** Shorter than the 2 s default, so the pause below shows the instances follow the setting. */
const LAG_BOUND_MS = 1000;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  cluster = await startScaleCluster({
    env: { HEAVY_ROUTE_LIMITS: `export=0,calendar=0,search=${SEARCH_LIMIT},extraction=0`, REPLICA_LAG_BOUND_MS: String(LAG_BOUND_MS) },
    log: (line) => console.log(`  ${line}`),
  });
  const db = createDb(cluster.postgres.primaryUrl);
  topic = await db.topic.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true, slug: true, labelRu: true } });
  await db.$disconnect();
  reader = await playwrightRequest.newContext({ extraHTTPHeaders: { "accept-language": "ru" } });
});

test.afterAll(async () => {
  await reader?.dispose();
  await cluster?.stop();
});

const topicPath = () => `/topics/${topic.slug}`;

/** What readers on each instance are shown through the proxy: the instance, the cache's word, the body. */
async function readThroughProxy(times: number) {
  const answers: { instance: string; cache: string; body: string }[] = [];
  for (let i = 0; i < times; i++) {
    const answer = await reader.get(`${cluster.proxy.url}${topicPath()}`);
    expect(answer.status()).toBe(200);
    answers.push({ instance: answer.headers()[INSTANCE_HEADER]!, cache: answer.headers()["x-chronicle-cache"]!, body: await answer.text() });
  }
  return answers;
}

/** Milliseconds until `read` shows `text`, polled every 25 ms; fails past `limitMs`. */
async function msUntilShown(read: () => Promise<string>, text: string, limitMs: number): Promise<number> {
  const started = performance.now();
  while (!(await read()).includes(text)) {
    if (performance.now() - started > limitMs) throw new Error(`"${text}" not shown within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Math.round(performance.now() - started);
}

/** Connections the instances' replica clients hold on the server at `url`. */
const namedConnections = async (url: string) =>
  ((await query(url, "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1", [REPLICA_APPLICATION_NAME])) as [{ n: number }])[0].n;

async function renameTopic(label: string) {
  const db = createDb(cluster.postgres.primaryUrl);
  await db.topic.update({ where: { id: topic.id }, data: { labelRu: label } });
  await db.$disconnect();
}

test("readers through the proxy read from the replica, and see a change once the replica has replayed it", async () => {
  const before = await readThroughProxy(4);
  expect(new Set(before.map((a) => a.instance))).toEqual(new Set(["A", "B"]));
  expect(await namedConnections(cluster.postgres.replicaUrl)).toBeGreaterThanOrEqual(2); // one pool per instance
  expect(await namedConnections(cluster.postgres.primaryUrl)).toBe(0);

  // With replay paused, a change committed on the primary is invisible to readers — on both instances,
  // whether the cache answers (it is not dropped before the replica has the change) or the replica does.
  const label = `${topic.labelRu} (реплика)`;
  await cluster.postgres.pauseReplay();
  try {
    await renameTopic(label);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const answer of await readThroughProxy(4)) expect(answer.body, `instance ${answer.instance}`).not.toContain(label);
    await new Promise((resolve) => setTimeout(resolve, LAG_BOUND_MS + 200)); // past the bound: the cache pauses, the replica answers
    const paused = await readThroughProxy(4);
    for (const answer of paused) {
      expect(answer.body, `instance ${answer.instance}`).not.toContain(label);
      expect(answer.cache).toBe("bypass");
    }
  } finally {
    await cluster.postgres.resumeReplay();
  }
  const ms = await msUntilShown(async () => (await readThroughProxy(2)).map((a) => a.body).join(), label, 3000);
  console.log(`  after replay resumed, readers on both instances saw the change in ${ms} ms`);
  const after = await readThroughProxy(4);
  for (const answer of after) expect(answer.body).toContain(label);
  expect(after.some((a) => a.cache === "hit")).toBe(true); // the cache serves again
});

test("an editor's save on A shows at once to the editor and, through B, to readers; the session holds on B", async ({ page }) => {
  const { a, b } = cluster;
  await reader.get(`${b.url}${topicPath()}`);
  expect((await reader.get(`${b.url}${topicPath()}`)).headers()["x-chronicle-cache"]).toBe("hit");

  await page.goto(`${a.url}/admin/login`);
  await page.getByLabel("Электронная почта").fill(SCALE_EDITOR.email);
  await page.getByLabel("Пароль").fill(SCALE_EDITOR.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Обзор" })).toBeVisible();

  const label = `${topic.labelRu} (правка на A)`;
  await page.goto(`${a.url}/admin/topics/${topic.id}`);
  await page.getByLabel("Название по-русски").fill(label);
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Сохранено.")).toBeVisible();
  const saved = performance.now();

  // The editor reads the primary: the public page shows the save on the very next request.
  const own = await page.goto(`${a.url}${topicPath()}`);
  expect(own?.headers()["x-chronicle-cache"]).toBe("bypass");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(label);

  const ms = await msUntilShown(async () => (await reader.get(`${b.url}${topicPath()}`)).text(), label, 2000);
  console.log(`  a reader on B saw the save made on A ${ms} ms after the check (${Math.round(performance.now() - saved)} ms after the save)`);

  // Instance B knows the session made on A (the cookie is the browser's, for 127.0.0.1 on any port).
  const onB = await page.goto(`${b.url}/admin`);
  expect(onB?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Обзор" })).toBeVisible();
});

test("a request limit counted on A applies on B", async () => {
  const client = { "x-forwarded-for": "203.0.113.77" };
  for (let i = 1; i <= SEARCH_LIMIT; i++) {
    const answer = await reader.get(`${cluster.a.url}/search?q=${encodeURIComponent(`Кошербаев ${i}`)}`, { headers: client });
    expect(answer.status(), `search ${i} on A`).toBe(200);
  }
  const refused = await reader.get(`${cluster.b.url}/search?q=${encodeURIComponent("Кошербаев 4")}`, { headers: client });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  const other = await reader.get(`${cluster.b.url}/search?q=${encodeURIComponent("Кошербаев 4")}`, { headers: { "x-forwarded-for": "203.0.113.78" } });
  expect(other.status()).toBe(200);
});

test("while the replica is down readers are served by the primary, and read from the replica again once it is back", async () => {
  await cluster.postgres.stopReplica();
  try {
    await new Promise((resolve) => setTimeout(resolve, 2500)); // the instances' next health check
    const label = `${topic.labelRu} (без реплики)`;
    await renameTopic(label);
    const ms = await msUntilShown(async () => (await readThroughProxy(2)).map((a) => a.body).join(), label, 5000);
    console.log(`  with the replica down, readers on both instances saw a change in ${ms} ms (from the primary)`);
    for (const answer of await readThroughProxy(4)) expect(answer.body).toContain(label);
  } finally {
    await cluster.postgres.startReplica();
  }
  // Back, it replays what it missed; then, with replay paused, a new change shows nowhere a reader
  // looks: pages no one has read yet (not from the cache) are read from the replica again.
  const replicaLabel = async () => ((await query(cluster.postgres.replicaUrl, "SELECT \"labelRu\" AS label FROM \"Topic\" WHERE id = $1", [topic.id])) as [{ label: string }])[0].label;
  await expect.poll(replicaLabel, { timeout: 10_000 }).toContain("(без реплики)");
  await new Promise((resolve) => setTimeout(resolve, 1500)); // the instances' next health check
  await cluster.postgres.pauseReplay();
  try {
    await renameTopic(`${topic.labelRu} (после реплики)`);
    for (let i = 0; i < 4; i++) {
      const answer = await reader.get(`${cluster.proxy.url}${topicPath()}?fresh=${i}`);
      expect(answer.headers()["x-chronicle-cache"]).not.toBe("hit");
      const body = await answer.text();
      expect(body, `instance ${answer.headers()[INSTANCE_HEADER]}`).toContain("(без реплики)");
      expect(body).not.toContain("(после реплики)");
    }
  } finally {
    await cluster.postgres.resumeReplay();
  }
});
