import { createServer, request as forward, type Server } from "node:http";

/** Names the instance that answered, so a test can tell where the proxy sent each request. */
export const INSTANCE_HEADER = "x-test-instance";

export interface RoundRobin {
  url: string;
  close(): Promise<void>;
}

/**
 * The smallest load balancer: each request goes to the next upstream in turn, with the client's
 * address appended to X-Forwarded-For as a real proxy would (the instances trust 127.0.0.1).
 */
export function startRoundRobin(upstreams: { name: string; port: number }[]): Promise<RoundRobin> {
  let next = 0;
  const server: Server = createServer((request, response) => {
    const upstream = upstreams[next++ % upstreams.length]!;
    const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const outgoing = forward(
      { host: "127.0.0.1", port: upstream.port, method: request.method, path: request.url, headers: { ...request.headers, "x-forwarded-for": forwardedFor } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [INSTANCE_HEADER]: upstream.name });
        answer.pipe(response);
      },
    );
    outgoing.on("error", (error) => {
      response.writeHead(502).end(`upstream ${upstream.name}: ${error.message}`);
    });
    request.pipe(outgoing);
  });
  // The test's reader keeps its connection to the proxy alive between steps that wait seconds (a replica's
  // stop, a health check): with Node's 5 s default the proxy could close that socket just as the reader
  // sends on it, and the reader sees ECONNRESET. A real load balancer keeps idle clients far longer.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}
