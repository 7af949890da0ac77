/**
 * The web server `npm start` runs: Next's request handler behind a front door that decides which
 * forwarding headers to believe (lib/http/forwarded.ts, TRUSTED_PROXIES), that answers anonymous
 * readers from a response cache every committed change empties (lib/http/response-cache; changes are
 * heard from PostgreSQL, so every instance on one database empties its own), that refuses heavy
 * requests past a client's allowance or the shared export streams (lib/limits) before Next renders
 * anything (a kept answer costs nothing and is not counted), and that makes a failed page readable
 * without JavaScript (lib/http/server-error-notice.ts). `next start` alone would pass a client's own
 * X-Forwarded-For to the app. `--dev` serves with hot reload and no cache.
 */
import { createServer } from "node:http";
import type { TLSSocket } from "node:tls";
import path from "node:path";
import next from "next";
import { CONTENT_CHANNEL, getDb, listenForChanges, poolTx } from "../lib/db";
import { env } from "../lib/env";
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

const cache = !dev && env.DATABASE_URL && env.RESPONSE_CACHE_MB > 0 ? new ResponseCache({ maxBytes: env.RESPONSE_CACHE_MB * 1024 * 1024 }) : null;
const listener = cache && env.DATABASE_URL
  ? listenForChanges({
      connectionString: env.DATABASE_URL,
      channel: CONTENT_CHANNEL,
      onChange: () => cache.clear(),
      onListeningChange: (listening) => cache.setEnabled(listening),
      log: (line) => console.log(`  ${line}`),
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
  if (cache) cache.handle(request, response, render);
  else render();
});
const notes = [
  env.TRUSTED_PROXIES.length ? `trusting proxies ${env.TRUSTED_PROXIES.join(", ")}` : "",
  cache ? `response cache ${env.RESPONSE_CACHE_MB} MB` : "",
].filter(Boolean);
server.listen(env.PORT, () => console.log(`  ▲ Next.js ${dev ? "(dev) " : ""}on port ${env.PORT}${notes.length ? `, ${notes.join(", ")}` : ""}`));

function stop() {
  void listener?.close();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
