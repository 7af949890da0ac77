import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * `npm run test:scale`: two app instances, a primary and its streaming replica, and a round-robin proxy,
 * all started by the spec itself (tests/scale/support); not part of `npm test` (it starts two
 * PostgreSQL servers and two production servers: about a minute here, three more when it builds first).
 */
export default defineConfig({
  testDir: "tests/scale",
  timeout: 60_000,
  // CI runs it: however the cluster misbehaves, the run ends (its afterAll stopping every server) by then.
  globalTimeout: 15 * 60_000,
  workers: 1,
  reporter: [["list"]],
  use: { locale: "ru-RU" },
  projects: [{ name: "scale", use: base.projects?.[0]?.use }],
});
