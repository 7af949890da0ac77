import { expect, request as playwrightRequest, type Page } from "@playwright/test";

export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Lets the browser build a real server-action request (the editor clicks the button), keeps it and
 * stops it before it reaches the server: nothing is saved, and the test can send it again as someone
 * else — without a cookie, with a forged or expired one, from another site.
 */
export async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | null = null;
  await page.route("**/*", async (route) => {
    const r = route.request();
    if (r.method() === "POST" && r.headers()["next-action"]) {
      captured = { url: r.url(), headers: r.headers(), body: r.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await trigger();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return captured as unknown as CapturedAction;
}

/** Sends a captured action again from a clean client: only the cookie and headers given here. */
export async function replay(action: CapturedAction, { cookie, headers = {} }: { cookie?: string; headers?: Record<string, string | null> }) {
  const context = await playwrightRequest.newContext();
  const sent: Record<string, string> = { ...action.headers };
  delete sent.cookie;
  if (cookie) sent.cookie = `chronicle_session=${cookie}`;
  for (const [k, v] of Object.entries(headers)) {
    if (v === null) delete sent[k];
    else sent[k] = v;
  }
  try {
    const response = await context.post(action.url, { headers: sent, data: action.body, maxRedirects: 0 });
    return { status: response.status(), headers: response.headers(), text: await response.text() };
  } finally {
    await context.dispose();
  }
}
