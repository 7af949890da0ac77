import { once } from "node:events";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { applyVouchedOrigin, invalidProxyEntries, proxyList, vouchedOrigin } from "./forwarded";

let server: Server | null = null;
afterEach(() => server?.close());

/** A real front door on loopback that answers with the forwarding headers the app would see. */
async function frontDoor(trusted: string[]) {
  const proxies = proxyList(trusted);
  server = createServer((req, res) => {
    applyVouchedOrigin(req.headers, vouchedOrigin(req.headers, { address: req.socket.remoteAddress, encrypted: false }, proxies));
    const seen = Object.fromEntries(["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "forwarded"].map((h) => [h, req.headers[h] ?? null]));
    res.end(JSON.stringify(seen));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return (headers: Record<string, string>) =>
    new Promise<Record<string, string | null>>((resolve, reject) => {
      request({ host: "127.0.0.1", port, headers }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve(JSON.parse(body)));
      })
        .on("error", reject)
        .end();
    });
}

const spoof = { "x-forwarded-for": "198.51.100.23", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", forwarded: "for=198.51.100.23" };

describe("the front door's forwarding headers", () => {
  it("ignores what a client says about itself when no proxy is trusted: its address is the connection's", async () => {
    const ask = await frontDoor([]);
    expect(await ask(spoof)).toEqual({ "x-forwarded-for": "127.0.0.1", "x-forwarded-proto": "http", "x-forwarded-host": null, forwarded: null });
    // A new X-Forwarded-For per request is still the same client.
    expect((await ask({ "x-forwarded-for": "192.0.2.99" }))["x-forwarded-for"]).toBe("127.0.0.1");
  });

  it("believes a trusted proxy, taking the nearest hop it does not trust as the client", async () => {
    const ask = await frontDoor(["127.0.0.1", "10.0.0.0/8"]);
    expect(await ask(spoof)).toEqual({ "x-forwarded-for": "198.51.100.23", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", forwarded: null });
    // A client's own X-Forwarded-For before the proxy's entry does not count.
    expect((await ask({ "x-forwarded-for": "6.6.6.6, 203.0.113.8, 10.1.2.3" }))["x-forwarded-for"]).toBe("203.0.113.8");
    expect((await ask({ "x-forwarded-for": "not-an-address, 203.0.113.8" }))["x-forwarded-for"]).toBe("203.0.113.8");
    expect((await ask({}))["x-forwarded-for"]).toBe("127.0.0.1");
  });
});

describe("TRUSTED_PROXIES entries", () => {
  it("accepts addresses and CIDR ranges of both families and names the rest", () => {
    expect(invalidProxyEntries(["127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8"])).toEqual([]);
    expect(invalidProxyEntries(["localhost", "10.0.0.0/33", "1.2.3", "::1/129", "10.0.0.1/8/1"])).toEqual(["localhost", "10.0.0.0/33", "1.2.3", "::1/129", "10.0.0.1/8/1"]);
  });
});
