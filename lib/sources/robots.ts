import robotsParser from "robots-parser";
import type { Tx } from "@/lib/db";
import { fetchPage, ROBOTS_TOKEN } from "@/lib/fetch-page/fetch-page";
import { FetchPageError } from "@/lib/fetch-page/fetch-page-error";
import type { SourceSettings } from "./fetch-settings";
import { waitForHostSlot } from "./host-slot";

type Rules = { isAllowed(url: string, ua?: string): boolean | undefined };

const KEEP_MS = 60 * 60 * 1000;
/** An unreachable robots.txt is asked for again sooner. */
const RETRY_MS = 60 * 1000;
const ROBOTS_ACCEPT = { header: "text/plain,*/*;q=0.1", types: /^(text\/plain|text\/html|application\/octet-stream)\b/i, label: "a robots.txt" };
const cache = new Map<string, { rules: Rules; until: number }>();

/**
 * Whether the site's robots.txt lets Chronicle fetch this address (RFC 9309): a robots.txt that is
 * missing (4xx) allows everything; one the site cannot serve (5xx, a timeout) allows nothing until it
 * is read again. Kept an hour per site, per process. Reading it is a request to the site like any
 * other: it waits for the host's slot (SOURCES_HOST_DELAY_MS, shared by all workers through `tx`).
 */
export async function robotsAllow(tx: Tx, address: string, settings: SourceSettings): Promise<boolean> {
  const origin = new URL(address).origin;
  const now = Date.now();
  let entry = cache.get(origin);
  if (!entry || entry.until < now) {
    const read = await readRobots(tx, origin, settings);
    entry = { rules: read.rules, until: now + (read.reachable ? KEEP_MS : RETRY_MS) };
    cache.set(origin, entry);
  }
  return entry.rules.isAllowed(address, ROBOTS_TOKEN) !== false;
}

async function readRobots(tx: Tx, origin: string, settings: SourceSettings): Promise<{ rules: Rules; reachable: boolean }> {
  const url = `${origin}/robots.txt`;
  await waitForHostSlot(tx, new URL(url).host, settings.hostDelayMs);
  try {
    const page = await fetchPage(url, { ...settings.fetch, maxBytes: 512 * 1024, accept: ROBOTS_ACCEPT, conditional: undefined });
    return { rules: robotsParser(url, page.body.toString("utf8")), reachable: true };
  } catch (error) {
    const missing = error instanceof FetchPageError &&
      ((error.problem.kind === "http-status" && error.problem.status >= 400 && error.problem.status < 500) || error.problem.kind === "not-html");
    return missing ? { rules: robotsParser(url, ""), reachable: true } : { rules: { isAllowed: () => false }, reachable: false };
  }
}
