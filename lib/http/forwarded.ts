import type { IncomingHttpHeaders } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * Whose word the app takes on a request's origin. Next keeps whatever `X-Forwarded-For`,
 * `X-Forwarded-Proto` and `X-Forwarded-Host` a client sends, so a client could pick its own address
 * (a new one per sign-in attempt slipped past the limit) or claim https. The front door
 * (scripts/serve.ts) rewrites them before Next sees them: from a configured proxy (TRUSTED_PROXIES),
 * its headers are read; from anyone else, they are replaced by what the connection itself shows.
 */

/** `TRUSTED_PROXIES` entries: addresses or CIDR ranges, IPv4 or IPv6. Returns the bad entries. */
export function invalidProxyEntries(entries: string[]): string[] {
  return entries.filter((entry) => {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    if (!family || rest.length) return true;
    if (prefix === undefined) return false;
    return !/^\d{1,3}$/.test(prefix) || Number(prefix) > (family === 4 ? 32 : 128);
  });
}

export function proxyList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) → `127.0.0.1`. */
function plain(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
}

function isTrusted(address: string, proxies: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value.join(",") : value)?.split(",")[0]?.trim();
}

export interface Vouched {
  /** The client's address: the connection's, or the nearest untrusted hop a trusted proxy reported. */
  address: string;
  proto: "http" | "https";
  /** A trusted proxy's `X-Forwarded-Host`; otherwise none (the Host header stands). */
  host: string | null;
}

/** What the request's connection and its trusted proxies vouch for. */
export function vouchedOrigin(headers: IncomingHttpHeaders, peer: { address?: string; encrypted: boolean }, proxies: BlockList): Vouched {
  const own = plain(peer.address ?? "unknown");
  const proto = peer.encrypted ? "https" : "http";
  if (!isTrusted(own, proxies)) return { address: own, proto, host: null };
  // Right to left: each trusted proxy vouches for the hop before it; the first untrusted one is the client.
  const hops = (Array.isArray(headers["x-forwarded-for"]) ? headers["x-forwarded-for"].join(",") : (headers["x-forwarded-for"] ?? ""))
    .split(",")
    .map((hop) => plain(hop.trim()))
    .filter(Boolean);
  let address = own;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop)) break;
    address = hop;
    if (!isTrusted(hop, proxies)) break;
  }
  const said = first(headers["x-forwarded-proto"]);
  return { address, proto: said === "https" || said === "http" ? said : proto, host: first(headers["x-forwarded-host"]) || null };
}

/** Rewrites the forwarding headers in place to `vouchedOrigin`'s answer; Next and the app read only these. */
export function applyVouchedOrigin(headers: IncomingHttpHeaders, vouched: Vouched): void {
  for (const name of ["forwarded", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip"]) delete headers[name];
  headers["x-forwarded-for"] = vouched.address;
  headers["x-forwarded-proto"] = vouched.proto;
  if (vouched.host) headers["x-forwarded-host"] = vouched.host;
}
