import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { waitForHttp } from "../../lib/startup/wait-for-http";

/**
 * A page that fails while rendering, read without JavaScript: a second instance of the built app, served
 * by the same front door as `npm start`, on a database that is not there.
 */
const PORT = (Number(process.env.E2E_PORT) || 3100) + 1;
const root = path.resolve(import.meta.dirname, "../..");
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, PORT: String(PORT), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "postgresql://postgres@127.0.0.1:9/gone" },
  });
  await waitForHttp(`http://localhost:${PORT}/robots.txt`, 45_000);
});
test.afterAll(() => {
  server?.kill("SIGTERM");
});

test.use({ javaScriptEnabled: false });

test("with the database down and JavaScript off, the 500 page says what happened, in the reader's language", async ({ page, context }) => {
  const response = await page.goto(`http://localhost:${PORT}/`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Что-то пошло не так");
  await expect(page.getByText("Страницу не удалось показать")).toBeVisible();
  await expect(page.getByRole("link", { name: "К хронологии встреч" })).toHaveAttribute("href", "/");

  await context.addCookies([{ name: "lang", value: "en", url: `http://localhost:${PORT}` }]);
  const english = await page.goto(`http://localhost:${PORT}/officials`);
  expect(english?.status()).toBe(500);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Something went wrong");
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });
  test("the client's error page replaces the notice: one message, not two", async ({ page }) => {
    await page.goto(`http://localhost:${PORT}/`);
    await expect(page.getByRole("button", { name: "Попробовать снова" })).toBeVisible();
    await expect(page.getByText("Что-то пошло не так")).toHaveCount(1);
  });
});
