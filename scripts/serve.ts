/**
 * The web server `npm start` runs: Next's request handler behind a front door that decides which
 * forwarding headers to believe (lib/http/forwarded.ts, TRUSTED_PROXIES), that answers anonymous
 * readers from a response cache every committed change empties (lib/http/response-cache; changes are
 * heard from PostgreSQL, so every instance on one database empties its own), that refuses heavy
 * requests past a client's allowance or the shared export streams (lib/limits) before Next renders
 * anything (a kept answer costs nothing and is not counted), and that makes a failed page readable
 * without JavaScript (lib/http/server-error-notice.ts). It also decides where each request reads: an
 * anonymous reader's from DATABASE_REPLICA_URL while one is set and answers (lib/db/read-db.ts,
 * replica-health.ts), and with a replica the cache drops its pages only once the replica has replayed
 * what was notified (lib/db/replica-lag.ts). `next start` alone would pass a client's own
 * X-Forwarded-For to the app. `--dev` serves with hot reload and no cache.
 */
import { createServer } from "node:http";
import type { TLSSocket } from "node:tls";
import path from "node:path";
import next from "next";
import { CONTENT_CHANNEL, followReplica, getDb, listenForChanges, poolTx, readingFromReplica, replicaDb, sql, watchReplica } from "../lib/db";
import { env } from "../lib/env";
import { isAnonymousRead } from "../lib/http/anonymous-read";
import { applyVouchedOrigin, proxyList, vouchedOrigin } from "../lib/http/forwarded";
import { registerResponseCache } from "../lib/http/response-cache/invalidate";
import { ResponseCache } from "../lib/http/response-cache/response-cache";
import { withServerErrorNotice } from "../lib/http/server-error-notice";
import { heavyRouteGuard } from "../lib/limits/heavy-route-guard";

const dev = process.argv.includes("--dev");
const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), port: env.PORT });
const handle = app.getRequestHandler();
const proxies = proxyList(env.TRUSTED_PROXIES);
const guard = heavyRouteGuard(poolTx(getDb()).rows, { limits: env.HEAVY_ROUTE_LIMITS, exportStreams: env.EXPORT_STREAMS });

const replica = replicaDb();
const log = (line: string) => console.log(`  ${line}`);
const replicaHealth = replica ? watchReplica({ check: () => poolTx(replica).rows(sql`SELECT 1`), intervalMs: env.REPLICA_HEALTH_INTERVAL_MS, log }) : null;

const cache = !dev && env.DATABASE_URL && env.RESPONSE_CACHE_MB > 0 ? new ResponseCache({ maxBytes: env.RESPONSE_CACHE_MB * 1024 * 1024 }) : null;
// The cache serves only while every change is heard and, with a replica, while the replica keeps up.
let listening = false;
let replicaBehind = false;
const lag = cache && replica
  ? followReplica({
      primaryLsn: async () => (await poolTx(getDb()).rows<{ lsn: string }>(sql`SELECT pg_current_wal_insert_lsn()::text AS lsn`))[0]!.lsn,
      replayed: async (lsn) => (await poolTx(replica).rows<{ ok: boolean }>(sql`SELECT coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, true) AS ok`))[0]!.ok,
      onCaughtUp: () => cache.clear(),
      onBehind: (behind) => cache.setEnabled(listening && !(replicaBehind = behind)),
      boundMs: env.REPLICA_LAG_BOUND_MS,
      log,
    })
  : null;
const listener = cache && env.DATABASE_URL
  ? listenForChanges({
      connectionString: env.DATABASE_URL,
      channel: CONTENT_CHANNEL,
      onChange: () => (lag ? lag.changed() : cache.clear()),
      onListeningChange: (on) => cache.setEnabled((listening = on) && !replicaBehind),
      log,
    })
  : null;
if (cache) registerResponseCache(cache);

await app.prepare();
const server = createServer((request, response) => {
  const socket = request.socket as Partial<TLSSocket>;
  applyVouchedOrigin(request.headers, vouchedOrigin(request.headers, { address: request.socket.remoteAddress, encrypted: Boolean(socket.encrypted) }, proxies));
  const render = () => {
    withServerErrorNotice(request, response);
    void guard(request, response).then((answered) => {
      if (!answered) return handle(request, response);
    });
  };
  const serve = () => (cache ? cache.handle(request, response, render) : render());
  if (replicaHealth?.healthy && isAnonymousRead(request)) readingFromReplica(serve);
  else serve();
});
const notes = [
  env.TRUSTED_PROXIES.length ? `trusting proxies ${env.TRUSTED_PROXIES.join(", ")}` : "",
  cache ? `response cache ${env.RESPONSE_CACHE_MB} MB` : "",
  replica ? "readers on the read replica" : "",
].filter(Boolean);
server.listen(env.PORT, () => console.log(`  ▲ Next.js ${dev ? "(dev) " : ""}on port ${env.PORT}${notes.length ? `, ${notes.join(", ")}` : ""}`));

function stop() {
  void listener?.close();
  lag?.close();
  replicaHealth?.close();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
