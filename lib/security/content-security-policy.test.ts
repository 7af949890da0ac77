import { describe, expect, it } from "vitest";
import { pagePolicy } from "./content-security-policy";

describe("pagePolicy", () => {
  it("allows only this response's scripts and forbids framing", () => {
    const policy = pagePolicy({ nonce: "abc123", dev: false, https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("lets the development build evaluate and upgrades requests over HTTPS", () => {
    expect(pagePolicy({ nonce: "n", dev: true, https: false })).toContain("'unsafe-eval'");
    expect(pagePolicy({ nonce: "n", dev: false, https: true })).toContain("upgrade-insecure-requests");
  });
});
