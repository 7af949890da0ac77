/**
 * The web server `npm start` runs: Next's request handler behind a front door that decides which
 * forwarding headers to believe (lib/http/forwarded.ts, TRUSTED_PROXIES) and that makes a failed page
 * readable without JavaScript (lib/http/server-error-notice.ts), and that refuses heavy requests past a
 * client's allowance or the shared export streams (lib/limits) before Next renders anything. `next start`
 * alone would pass a client's own X-Forwarded-For to the app. `--dev` serves with hot reload.
 */
import { createServer } from "node:http";
import type { TLSSocket } from "node:tls";
import path from "node:path";
import next from "next";
import { getDb, poolTx } from "../lib/db";
import { env } from "../lib/env";
import { applyVouchedOrigin, proxyList, vouchedOrigin } from "../lib/http/forwarded";
import { withServerErrorNotice } from "../lib/http/server-error-notice";
import { heavyRouteGuard } from "../lib/limits/heavy-route-guard";

const dev = process.argv.includes("--dev");
const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), port: env.PORT });
const handle = app.getRequestHandler();
const proxies = proxyList(env.TRUSTED_PROXIES);
const guard = heavyRouteGuard(poolTx(getDb()).rows, { limits: env.HEAVY_ROUTE_LIMITS, exportStreams: env.EXPORT_STREAMS });

await app.prepare();
const server = createServer((request, response) => {
  const socket = request.socket as Partial<TLSSocket>;
  applyVouchedOrigin(request.headers, vouchedOrigin(request.headers, { address: request.socket.remoteAddress, encrypted: Boolean(socket.encrypted) }, proxies));
  withServerErrorNotice(request, response);
  void guard(request, response).then((answered) => {
    if (!answered) return handle(request, response);
  });
});
server.listen(env.PORT, () => console.log(`  ▲ Next.js ${dev ? "(dev) " : ""}on port ${env.PORT}${env.TRUSTED_PROXIES.length ? `, trusting proxies ${env.TRUSTED_PROXIES.join(", ")}` : ""}`));

function stop() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
