import { expect, test } from "@playwright/test";
import { signIn } from "./support/editor";

test("every page carries the security headers, with a fresh script nonce each time", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  for (const response of [first, second]) {
    const h = response.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  }
  const nonce = (r: typeof first) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce(first)).not.toBe(nonce(second));
  expect(await first.text()).toContain(`nonce="${nonce(first)}"`);
});

test("pages run their scripts under the Content-Security-Policy", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

  await page.goto("/");
  await expect(page.getByTestId("timeline-meeting").first()).toBeVisible();
  expect(await violations()).toEqual([]);

  await signIn(page);
  expect(await violations()).toEqual([]);
  await page.goto("/admin/articles/new");
  // Client-side state works only if React's scripts ran: the "fill in fields" switch shows the title field.
  await page.getByLabel("Заполнить поля").check();
  await expect(page.getByLabel("Заголовок", { exact: true })).toBeVisible();
  expect(await violations()).toEqual([]);
});
