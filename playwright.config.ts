import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT) || 3100;
// Debian's Chromium when present (Playwright's own browser download is not reachable on these machines).
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};
// Editors' tests publish and change articles in the shared e2e database: they run after every reader
// test, so readers always see the seed archive as imported.
const EDITOR_SPECS = /editor-.*\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  workers: 1,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // A Russian-speaking reader's browser: with English first, a first visit opens the English edition.
  use: { baseURL: `http://localhost:${PORT}`, locale: "ru-RU", trace: "retain-on-failure" },
  projects: [
    { name: "reader", use: chromium, testIgnore: EDITOR_SPECS },
    { name: "editor", use: chromium, testMatch: EDITOR_SPECS, dependencies: ["reader"] },
  ],
  webServer: {
    // A fresh database with the seeds, served by the same start script a newcomer runs.
    command: "tsx scripts/e2e-server.ts",
    url: `http://localhost:${PORT}`,
    env: { PORT: String(PORT) },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
});
