import { BlockList, isIP } from "node:net";

/**
 * Addresses a page fetched for an editor must never be on: this machine, the private networks behind
 * it and the cloud metadata service (169.254.169.254) — a server-side request forgery guard. Checked on
 * the address a name resolves to, at connection time, on every hop of a redirect.
 */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) NOT_PUBLIC.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 96], // unspecified, loopback and the deprecated IPv4-compatible addresses (::127.0.0.1)
  ["64:ff9b::", 96], // NAT64 of any IPv4 address, private ones included
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) NOT_PUBLIC.addSubnet(net, prefix, "ipv6");

/** An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) is judged as the IPv4 address it carries. (BlockList
 *  also maps the hexadecimal spelling a URL gives it, `::ffff:7f00:1`; the tests hold both.) */
function unmapped(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return { address: mapped[1], family: "ipv4" };
  return { address, family: isIP(address) === 6 ? "ipv6" : "ipv4" };
}

export function isPublicAddress(address: string): boolean {
  if (isIP(address) === 0) return false;
  const a = unmapped(address);
  return !NOT_PUBLIC.check(a.address, a.family);
}
