import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResponseCache } from "./response-cache";

// What the front door runs each request in (the replica or the primary for its reads, lib/db/read-db.ts).
const context = new AsyncLocalStorage<string>();
const cache = new ResponseCache({ maxBytes: 1024 * 1024, maxRenders: 1 });
cache.setEnabled(true);
const server = createServer((request, response) =>
  context.run(request.url ?? "", () =>
    cache.handle(request, response, () => {
      setTimeout(() => response.end(`rendered in ${context.getStore()}`), 20);
    }),
  ),
);
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("ResponseCache", () => {
  it("renders a request that waited its turn in that request's own context, not the one that freed the turn", async () => {
    const paths = ["/a", "/b", "/c"];
    const bodies = await Promise.all(paths.map(async (p) => (await fetch(`${base}${p}`)).text()));
    expect(bodies).toEqual(paths.map((p) => `rendered in ${p}`));
  });
});
