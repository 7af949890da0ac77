import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./public-address";

describe("isPublicAddress", () => {
  it.each(["127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:7f00:1", "::ffff:a9fe:a9fe", "::127.0.0.1", "64:ff9b::7f00:1", "224.0.0.1", "not an address"])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2a00:1450:4001:81a::200e", "::ffff:93.184.216.34", "::ffff:5db8:d822"])("accepts %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});
