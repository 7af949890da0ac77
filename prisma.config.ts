import { defineConfig } from "prisma/config";

// Prisma 7 does not read .env itself; a missing file is fine.
try {
  process.loadEnvFile();
} catch {}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // `env("DATABASE_URL")` would throw when unset and break `npm install`; the app resolves the URL itself.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
