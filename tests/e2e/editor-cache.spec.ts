import { expect, request as playwrightRequest, test } from "@playwright/test";
import { e2eDb, signIn } from "./support/editor";

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test("readers get the kept page with a nonce of their own, and an editor's save shows to them at once", async ({ page, browser, baseURL }) => {
  const db = e2eDb();
  const topic = await db.topic.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true, slug: true, labelRu: true } });
  await db.$disconnect();
  const reader = await playwrightRequest.newContext({ baseURL });
  const path = `/topics/${topic.slug}`;

  await reader.get(path);
  const [first, second] = [await reader.get(path), await reader.get(path)];
  expect(first.headers()["x-chronicle-cache"]).toBe("hit");
  expect(second.headers()["x-chronicle-cache"]).toBe("hit");
  const [a, b] = [nonceOf(first.headers()["content-security-policy"]), nonceOf(second.headers()["content-security-policy"])];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
  expect(await second.text()).toContain(`nonce="${b}"`);
  expect(await second.text()).not.toContain(a!);

  // A kept page runs its scripts: the browser finds every one allowed by the new policy.
  const readerPage = await (await browser.newContext()).newPage();
  const violations: string[] = [];
  readerPage.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
  await readerPage.goto(path); // the browser's Accept-Language makes its own key: its first visit may render
  const shown = await readerPage.goto(path);
  expect(shown?.headers()["x-chronicle-cache"]).toBe("hit");
  await expect(readerPage.getByRole("heading", { level: 1 })).toContainText(topic.labelRu);
  await readerPage.waitForLoadState("networkidle");
  expect(violations).toEqual([]);

  await signIn(page);
  const label = `${topic.labelRu} (проверка кэша)`;
  try {
    await page.goto(`/admin/topics/${topic.id}`);
    await page.getByLabel("Название по-русски").fill(label);
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect(page.getByText("Сохранено.")).toBeVisible();

    const after = await reader.get(path);
    expect(after.headers()["x-chronicle-cache"]).toBe("miss");
    expect(await after.text()).toContain(label);
  } finally {
    await page.goto(`/admin/topics/${topic.id}`);
    await page.getByLabel("Название по-русски").fill(topic.labelRu);
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect(page.getByText("Сохранено.")).toBeVisible();
    await reader.dispose();
  }
});
