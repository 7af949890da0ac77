/**
 * Faults: its own embedded PostgreSQL and app server (ports 55491 and 3611, data in a temporary folder).
 * 1. 20 readers loop over pages, the API and an export; PostgreSQL is killed with SIGKILL (the server
 *    and its backends) and started again 2 s later. Passes when no 200 carried partial data (HTML ends
 *    with </html>, JSON parses, a CSV stream ended cleanly), pages answer 200 within 2 s of the
 *    database's return, and the archive holds what it held before.
 * 2. An import of 400 articles is killed with SIGKILL mid-run and run again: every article is there
 *    once, the killed run is marked interrupted, the second run failed nothing.
 * Run by `npm run test:load`, or alone: `npx tsx scripts/load/faults.scenario.ts`. Bounded: about a minute.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/embedded-postgres/server";
import { waitForHttp } from "../../lib/startup/wait-for-http";

const root = path.resolve(import.meta.dirname, "..", "..");
const DB_PORT = 55491;
const APP_PORT = 3611;
const READERS = 20;
const RECOVERY_LIMIT_MS = 2_000;
const ARTICLES = 400;
const READER_PATHS = ["/", "/api/v1/meetings", "/officials", "/topics", "/search?q=Кошербаев", "/api/v1/articles", "/export/meetings.csv"];

type Answer = { at: number; path: string; status: number | "error"; partial: string | null };

function tsx(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
}

/** Why a 200 is not whole (cut HTML, JSON that does not parse, a stream that broke off), or null. */
async function read(path: string, response: Response): Promise<string | null> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return response.status === 200 ? `body broke off (${error instanceof Error ? error.message : String(error)})` : null;
  }
  if (response.status !== 200) return null;
  const type = response.headers.get("content-type") ?? "";
  if (type.startsWith("text/html")) return text.trimEnd().endsWith("</html>") ? null : "HTML without </html>";
  if (type.startsWith("application/json")) {
    try {
      JSON.parse(text);
      return null;
    } catch {
      return "JSON that does not parse";
    }
  }
  return path.endsWith(".csv") && !text.endsWith("\n") ? "CSV without its last line" : null;
}

async function reader(base: string, until: () => boolean, answers: Answer[], index: number): Promise<void> {
  for (let i = index; !until(); i++) {
    const p = READER_PATHS[i % READER_PATHS.length]!;
    const at = performance.now();
    try {
      const response = await fetch(base + p, { signal: AbortSignal.timeout(10_000) });
      answers.push({ at, path: p, status: response.status, partial: await read(p, response) });
    } catch {
      answers.push({ at, path: p, status: "error", partial: null });
    }
  }
}

/** SIGKILL for the postmaster and every backend it started, as a crash of the machine's database would be. */
async function killPostgres(dataDir: string): Promise<void> {
  const pid = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  const children = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" }).stdout.split(/\s+/).filter(Boolean).map(Number);
  for (const p of [pid, ...children]) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

async function counts(url: string): Promise<{ articles: number; meetings: number; evidence: number; distinct_texts: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT (SELECT count(*) FROM "Article")::int AS articles, (SELECT count(*) FROM "Meeting")::int AS meetings,
      (SELECT count(*) FROM "Evidence")::int AS evidence, (SELECT count(DISTINCT "contentHash") FROM "Article")::int AS distinct_texts`);
    return rows[0] as { articles: number; meetings: number; evidence: number; distinct_texts: number };
  } finally {
    await client.end();
  }
}

async function databaseKill(o: { log: (line: string) => void }, dataDir: string, db: { current: EmbeddedPostgres }): Promise<boolean> {
  const base = `http://127.0.0.1:${APP_PORT}`;
  const before = await counts(db.current.url);
  const answers: Answer[] = [];
  let stop = false;
  const readers = Array.from({ length: READERS }, (_, i) => reader(base, () => stop, answers, i));
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const killedAt = performance.now();
  await killPostgres(dataDir);
  o.log(`PostgreSQL killed (SIGKILL) under ${READERS} readers`);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  db.current = await startEmbeddedPostgres({ dataDir, port: DB_PORT });
  const backAt = performance.now();
  o.log(`PostgreSQL back ${((backAt - killedAt) / 1000).toFixed(1)} s after the kill (crash recovery included)`);
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  stop = true;
  await Promise.all(readers);
  const after = await counts(db.current.url);

  const partial = answers.filter((a) => a.partial);
  const firstPageBack = answers.find((a) => a.at >= backAt && a.status === 200 && a.path === "/");
  const allBack = READER_PATHS.every((p) => answers.some((a) => a.at >= backAt && a.path === p && a.status === 200));
  // A failure is the database's absence showing: a 5xx or a dropped connection.
  const failures = answers.filter((a) => a.status === "error" || a.status >= 500);
  const late = failures.filter((a) => a.at > backAt);
  const recoveryMs = Math.max(0, ...late.map((a) => a.at - backAt));
  const byStatus = new Map<string, number>();
  for (const a of answers) byStatus.set(String(a.status), (byStatus.get(String(a.status)) ?? 0) + 1);
  o.log(`${answers.length} answers: ${[...byStatus].map(([s, n]) => `${n}× ${s}`).join(", ")}; ${partial.length} partial 200s${partial.length ? ` (${partial.slice(0, 5).map((a) => `${a.path}: ${a.partial}`).join("; ")})` : ""}`);
  o.log(`after the database's return: first 200 for / after ${firstPageBack ? (firstPageBack.at - backAt).toFixed(0) : "—"} ms; last failed answer started ${recoveryMs.toFixed(0)} ms after it`);
  if (late.length) o.log(`failed after the return: ${late.slice(0, 8).map((a) => `${a.path} ${a.status} at +${(a.at - backAt).toFixed(0)} ms`).join(", ")}${late.length > 8 ? ` … (${late.length})` : ""}`);
  o.log(`archive before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
  return partial.length === 0 && firstPageBack !== undefined && allBack && recoveryMs <= RECOVERY_LIMIT_MS && JSON.stringify(before) === JSON.stringify(after);
}

async function importerKill(o: { log: (line: string) => void }, url: string, work: string): Promise<boolean> {
  const folder = path.join(work, "articles");
  await mkdir(folder);
  const seed = await readFile(path.join(root, "seeds", "004_e99164ff4d74dee4.txt"), "utf8");
  // Each a different text (its own content hash), the seed's story on another day.
  for (let i = 0; i < ARTICLES; i++) await writeFile(path.join(folder, `a${String(i).padStart(4, "0")}.txt`), `${seed.trimEnd()}\n\nСообщение № ${i + 1}.\n`);
  const base = (await counts(url)).articles;
  const first = tsx(["scripts/import.ts", folder], { DATABASE_URL: url });
  // Killed once a few dozen articles are in (the run's start loads the pool and its dictionaries first).
  let midway = 0;
  for (const until = Date.now() + 60_000; Date.now() < until && midway < 30; await new Promise((resolve) => setTimeout(resolve, 100))) {
    midway = (await counts(url)).articles - base;
  }
  first.kill("SIGKILL");
  await new Promise((resolve) => first.once("exit", resolve));
  o.log(`import killed (SIGKILL) after ${midway} of ${ARTICLES} articles`);
  const second = tsx(["scripts/import.ts", folder], { DATABASE_URL: url });
  let errors = "";
  second.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => second.once("exit", resolve));
  const after = await counts(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const runs = (await client.query(`SELECT id, "finishedAt" IS NOT NULL AS finished, "interruptedAt" IS NOT NULL AS interrupted, created, unchanged, failed FROM "ImportRun" ORDER BY id DESC LIMIT 2`)).rows as {
    finished: boolean; interrupted: boolean; created: number; unchanged: number; failed: number;
  }[];
  await client.end();
  const [last, killed] = runs;
  o.log(`second run exit ${code}: created ${last?.created}, unchanged ${last?.unchanged}, failed ${last?.failed}; killed run interrupted: ${killed?.interrupted}, finished: ${killed?.finished}`);
  o.log(`articles ${after.articles - base} of ${ARTICLES}, distinct texts ${after.distinct_texts} of ${after.articles}`);
  if (code !== 0) o.log(errors.trim().split("\n").slice(-3).join(" | "));
  return code === 0 && midway > 0 && midway < ARTICLES && after.articles - base === ARTICLES && after.distinct_texts === after.articles &&
    last?.failed === 0 && last.created + last.unchanged === ARTICLES && killed?.interrupted === true && killed.finished === false;
}

export default async function run(o: { baseUrl: string; log: (line: string) => void }): Promise<{ ok: boolean }> {
  const work = await mkdtemp(path.join(tmpdir(), "chronicle-faults-"));
  const dataDir = path.join(work, "pg");
  const db = { current: await startEmbeddedPostgres({ dataDir, port: DB_PORT }) };
  let app: ChildProcess | null = null;
  try {
    // The whole start-up a newcomer runs (migrations, seeds, build when needed), on this database; limits
    // off so that 20 readers from one address measure recovery, not throttling.
    app = tsx(["scripts/start.ts"], { DATABASE_URL: db.current.url, PORT: String(APP_PORT), HEAVY_ROUTE_LIMITS: "export=0,calendar=0,search=0", EXPORT_STREAMS: "100" });
    await waitForHttp(`http://127.0.0.1:${APP_PORT}/`, 600_000);
    o.log(`app on ${APP_PORT}, embedded PostgreSQL on ${DB_PORT} (${o.baseUrl} is not used: this scenario kills its own database)`);
    const database = await databaseKill(o, dataDir, db);
    const importer = await importerKill(o, db.current.url, work);
    return { ok: database && importer };
  } finally {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app?.once("exit", resolve));
    }
    await db.current.stop().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ok } = await run({ baseUrl: "", log: (line) => console.log(`  [faults] ${line}`) });
  console.log(ok ? "✓ faults" : "✗ faults");
  process.exit(ok ? 0 : 1);
}
