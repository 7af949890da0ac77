import { expect, it } from "vitest";
import { fetchItem } from "../../lib/sources/fetch-item";
import { sourceSettings } from "../../lib/sources/fetch-settings";
import { pollSource } from "../../lib/sources/poll-source";
import { sourcesTestBed } from "../support/sources-test-bed";

const DELAY_MS = 600;
const settings = sourceSettings({ allowPrivate: true, hostDelayMs: DELAY_MS, review: "none" });
const bed = sourcesTestBed();

// This file's fixture site is new to the process: its robots.txt is not cached yet.
it("every request to a host keeps the per-host delay, robots.txt included", async () => {
  const outlet = await bed.db.outlet.create({ data: { name: "Fixture", feedUrl: bed.fixtures.url("/outlets/feed.xml"), enabled: true } });
  expect(await pollSource(bed.db, bed.boss, outlet.id, settings)).toMatchObject({ queued: 3 });
  const [item] = await bed.db.sourceItem.findMany({ orderBy: { id: "asc" } });
  expect(await fetchItem(bed.db, item!.id, settings, { last: false })).toBe("published");
  const arrivals = bed.fixtures.arrivals();
  // robots.txt once (then cached), the feed, the item's page — each a full delay after the one before.
  expect(arrivals.map((a) => a.path)).toEqual(["/robots.txt", "/outlets/feed.xml", "/ru/politics/koshherbaev-landau-tranzit"]);
  const gaps = arrivals.slice(1).map((a, i) => a.at - arrivals[i]!.at);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(DELAY_MS - 50);
  expect(await bed.db.fetchHost.findMany({ select: { host: true } })).toEqual([{ host: new URL(bed.fixtures.origin).host }]);
});
