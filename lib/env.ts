import { z } from "zod";
import { invalidProxyEntries } from "./http/forwarded";
import { DEFAULT_BUDGET_MS, DEFAULT_THREADS } from "./importer/pool/pool-defaults";
import { parseRouteLimits } from "./limits/route-classes";

/** The environment, validated once. The only module that reads process.env. */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  /**
   * A streaming replica of DATABASE_URL: anonymous readers' requests read from it (lib/db/read-db.ts);
   * writes, editors and /admin stay on DATABASE_URL. Unset: everything reads the primary.
   */
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  /**
   * How far the replica may fall behind a notified change, in milliseconds, before the response cache
   * pauses until it catches up (lib/db/replica-lag.ts). Longer: fewer pauses under a lagging replica,
   * a change may take that long to reach readers.
   */
  REPLICA_LAG_BOUND_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  /** How often the replica is asked whether it answers, in milliseconds (lib/db/replica-health.ts): while
   *  it does not, readers read from the primary. About this long of failed pages when it stops. */
  REPLICA_HEALTH_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  /** Port of the embedded PostgreSQL used when DATABASE_URL is unset (never 5432: a real server may be there). */
  CHRONICLE_DB_PORT: z.coerce.number().int().min(1024).max(65535).refine((p) => p !== 5432, "must not be 5432").default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Memory for anonymous readers' rendered answers, in MB (scripts/serve.ts, lib/http/response-cache);
   * 0 turns the cache off.
   */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(16384).default(64),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * Addresses or CIDR ranges of the reverse proxies in front of the app, comma-separated: only their
   * X-Forwarded-For / -Proto / -Host are believed (scripts/serve.ts). Empty: the app faces clients directly.
   */
  /** Longest one article's extraction may take, in milliseconds (lib/importer/pool): beyond it the editor
   *  is asked to fill the fields by hand and the CLI reports the file as too complex. */
  EXTRACT_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_BUDGET_MS),
  /** Worker threads that run extraction. */
  EXTRACT_THREADS: z.coerce.number().int().min(1).max(64).default(DEFAULT_THREADS),
  /** Requests per client per minute on heavy routes, `class=n` comma-separated (export, calendar, search,
   *  extraction); unnamed classes keep their defaults, 0 turns one off. Counted in PostgreSQL (lib/limits). */
  HEAVY_ROUTE_LIMITS: z
    .string()
    .default("")
    .transform((text, ctx) => {
      const { limits, bad } = parseRouteLimits(text);
      if (bad.length) ctx.addIssue({ code: "custom", message: `must be class=number entries (export, calendar, search, extraction), comma-separated; not ${bad.join(", ")}` });
      return limits;
    }),
  /** "1": Add by URL may fetch loopback, private and link-local addresses (tests' fixture servers only). */
  FETCH_ALLOW_PRIVATE: z.enum(["0", "1"], { error: "must be 0 or 1" }).default("0").transform((v) => v === "1"),
  /** "0": `npm start` serves pages only; the jobs (polling sources, fetching their items) then run in
   *  `npm run worker` processes, on this machine or others against the same database. */
  JOBS_IN_START: z.enum(["0", "1"], { error: "must be 0 or 1" }).default("1").transform((v) => v === "1"),
  /** Which fetched items wait for an editor before they are public: those the importer is unsure of
   *  (lib/sources/review-reasons.ts), all of them, or none. */
  SOURCES_REVIEW: z.enum(["unsure", "all", "none"], { error: "must be unsure, all or none" }).default("unsure"),
  /** Least time between two requests to one host, by all workers together (lib/sources/host-slot.ts). */
  SOURCES_HOST_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
  /** Items one worker process fetches and stores at once. */
  SOURCES_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  /** How often each worker looks for sources due for a poll. */
  SOURCES_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** A job still active this long after it started is taken as lost (its worker killed) and retried. */
  JOBS_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  /** First wait before a failed job runs again; each further retry waits twice as long (pg-boss backoff). */
  JOBS_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** How often the queue looks for lost jobs (and archives finished ones). */
  JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Export streams served at once, by all app instances together. */
  EXPORT_STREAMS: z.coerce.number().int().min(1).max(1000).default(2),
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((text) => text.split(",").map((entry) => entry.trim()).filter(Boolean))
    .superRefine((entries, ctx) => {
      const bad = invalidProxyEntries(entries);
      if (bad.length) ctx.addIssue({ code: "custom", message: `must be IP addresses or CIDR ranges, comma-separated (e.g. 10.0.0.0/8,::1); not ${bad.join(", ")}` });
    }),
});

export type Env = z.infer<typeof schema>;

/** Every setting's name (the README's settings table lists each). */
export const SETTING_NAMES = Object.keys(schema.shape);

/** The settings from `source` (process.env), or an error naming every bad one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: run the app with `npm start` (it starts an embedded PostgreSQL) or set DATABASE_URL.");
  }
  return env.DATABASE_URL;
}
