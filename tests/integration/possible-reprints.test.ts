import { expect, it } from "vitest";
import { attachReview } from "../../lib/actions/sources/source-commands";
import { messages } from "../../lib/i18n/messages";
import { extractArticle } from "../../lib/importer/extract-article";
import { backfillSignatures } from "../../lib/importer/store/backfill-signatures";
import { storeArticle, storeUnlessResembling } from "../../lib/importer/store/store-article";
import { LOOSE_POSITIONS } from "../../lib/reprints/lsh-bands";
import { listWaitingReviews } from "../../lib/queries/sources/review-items";
import { fetchItem } from "../../lib/sources/fetch-item";
import { sourceSettings } from "../../lib/sources/fetch-settings";
import { pollSource } from "../../lib/sources/poll-source";
import { asPublishInput, makeEditor } from "../support/editor-fixtures";
import { publishArticle } from "../../lib/actions/articles/publish-article";
import { openReview } from "../../lib/actions/sources/open-review";
import { REWRITE_PAGES } from "../support/source-fixture-server";
import { sourcesTestBed } from "../support/sources-test-bed";

const t = messages.en;
const settings = sourceSettings({ allowPrivate: true, hostDelayMs: 0, review: "unsure" });
const bed = sourcesTestBed();

/** The fixture's two reports of one call (an original and a rewrite keeping two sentences: 20 of 128
 *  minima agree, and they share none of the 42 keys of the 3-row bands), polled. */
async function polled() {
  const outlet = await bed.db.outlet.create({ data: { name: "Степной вестник", feedUrl: bed.fixtures.url("/rewrite/feed.xml"), enabled: true } });
  await pollSource(bed.db, bed.boss, outlet.id, settings);
  const items = await bed.db.sourceItem.findMany({ where: { outletId: outlet.id }, orderBy: { id: "asc" } });
  const [original, copy] = ["/rewrite/original", "/rewrite/copy"].map((p) => items.find((i) => i.url === bed.fixtures.url(p))!);
  return { original: original!, copy: copy! };
}

it("a rewritten report of a stored story waits for review as a possible reprint of it, whichever came first", async () => {
  const { original, copy } = await polled();
  // Alone, the rewrite is a confident report: it publishes at once.
  expect(await fetchItem(bed.db, copy.id, settings, { last: false })).toBe("published");
  const first = await bed.db.sourceItem.findUniqueOrThrow({ where: { id: copy.id } });
  // The original, fetched after it, resembles it below the reprint rule: not merged, not published.
  expect(await fetchItem(bed.db, original.id, settings, { last: false })).toBe("review");
  expect(await bed.db.article.count()).toBe(1);
  const review = await bed.db.reviewItem.findFirstOrThrow();
  expect(review).toMatchObject({ url: original.url, reasons: ["possible-reprint"], resemblesId: first.articleId, status: "waiting" });
  const [listed] = await listWaitingReviews();
  expect(listed!.resembles).toMatchObject({ id: first.articleId, title: "Глава МИД Казахстана поговорил с госсекретарем США" });

  // The editor judges it a story of its own: opened in the preview (which says what it resembles) and published as new.
  const opened = await openReview(review.id, t);
  if (typeof opened === "string") throw new Error(opened);
  expect(opened.notice).toContain(t.polling.review.publishAsNew("Глава МИД Казахстана поговорил с госсекретарем США"));
  const editor = await makeEditor(bed.db);
  const { articleId, reprint } = await publishArticle(bed.db, asPublishInput(opened.draft), editor.id, t.admin.errors);
  expect(reprint).toBe(false);
  expect(articleId).not.toBe(first.articleId);
  expect(await bed.db.reviewItem.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ status: "published", articleId });
  expect(await bed.db.article.count()).toBe(2);
});

it("a possible reprint attached by an editor becomes a further page of the article it resembles, in the change log", async () => {
  const { original, copy } = await polled();
  expect(await fetchItem(bed.db, original.id, settings, { last: false })).toBe("published");
  expect(await fetchItem(bed.db, copy.id, settings, { last: false })).toBe("review");
  const article = await bed.db.article.findFirstOrThrow({ select: { id: true, title: true } });
  const review = await bed.db.reviewItem.findFirstOrThrow();
  expect(review.resemblesId).toBe(article.id);
  const editor = await makeEditor(bed.db);
  expect(await attachReview(bed.db, { id: review.id }, editor.id, t)).toEqual(article);
  const urls = await bed.db.articleUrl.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" }, select: { url: true, original: true, fetchedAt: true, outlet: { select: { name: true } } } });
  expect(urls).toEqual([
    { url: original.url, original: true, fetchedAt: expect.any(Date), outlet: { name: "Степной вестник" } },
    { url: copy.url, original: false, fetchedAt: review.fetchedAt, outlet: { name: "Степной вестник" } },
  ]);
  expect(await bed.db.reviewItem.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ status: "published", articleId: article.id });
  expect(await bed.db.auditLog.findFirstOrThrow({ where: { entity: "article", entityId: String(article.id) } })).toMatchObject({ editorId: editor.id, action: "update", after: { reprintUrl: copy.url } });
  expect(await bed.db.article.count()).toBe(1);
  // Settled: attaching again is refused, nothing changes.
  await expect(attachReview(bed.db, { id: review.id }, editor.id, t)).rejects.toThrow(t.polling.review.notWaiting);
});

it("two rewrites of one story stored at the same moment: the second waits for the first, then is held back as its possible reprint", async () => {
  // Their texts alone (no meetings, whose own locks would order them anyway).
  const [a, b] = Object.values(REWRITE_PAGES).map((p, i) => {
    const x = extractArticle(`${p.title}\nАСТАНА\n${p.sentences.join("\n")}`, `rewrite-${i}.txt`);
    return { ...x, article: { ...x.article, url: `https://site${i}.kz/news/call` }, officials: [], meetings: [], topics: [] };
  });
  for (let round = 0; round < 3; round++) {
    await bed.db.article.deleteMany();
    const results = await Promise.all([a!, b!].map((x) => storeUnlessResembling(bed.db, x, [x.article.url!])));
    expect(results.filter((r) => "resembles" in r)).toHaveLength(1);
    expect(await bed.db.article.count()).toBe(1);
  }
});

it("an item that resembles nothing cannot be attached", async () => {
  const review = await bed.db.reviewItem.create({ data: { url: bed.fixtures.url("/unsure/visit"), rawText: "Текст", fetchedAt: new Date(), reasons: ["no-participants"] } });
  const editor = await makeEditor(bed.db);
  await expect(attachReview(bed.db, { id: review.id }, editor.id, t)).rejects.toThrow(t.polling.review.nothingToAttach);
  expect(await bed.db.reviewItem.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ status: "waiting", articleId: null });
});

it("the loose index holds the first 32 minima of each article's stored version, written by the store and by the backfill", async () => {
  const stored = async () => {
    const { mins } = await bed.db.articleSignature.findFirstOrThrow();
    const rows = await bed.db.articleMinimum.findMany({ orderBy: { position: "asc" }, select: { position: true, value: true } });
    return { rows, expected: mins.slice(0, LOOSE_POSITIONS).map((value, position) => ({ position, value })) };
  };
  const text = (n: number) => `Кошербаев провел встречу номер ${n} с послом США.\nВашингтон\n${REWRITE_BODY}`;
  await storeArticle(bed.db, extractArticle(text(1), "story.txt"), "story.txt");
  const first = await stored();
  expect(first.rows).toEqual(first.expected);
  // A corrected file: the article's new version, its loose index with it (no rows of the old one left).
  await storeArticle(bed.db, extractArticle(`${text(2)}\nСтороны договорились о новой встрече в ближайшие месяцы.`, "story.txt"), "story.txt");
  const second = await stored();
  expect(second.rows).toEqual(second.expected);
  expect(second.rows).not.toEqual(first.rows);
  // An article signed before the loose index: the backfill writes it with the signature.
  await bed.db.articleSignature.deleteMany();
  await bed.db.articleMinimum.deleteMany();
  expect(await backfillSignatures(bed.db)).toBe(1);
  const backfilled = await stored();
  expect(backfilled.rows).toEqual(second.expected);
});

const REWRITE_BODY = [
  "Министр иностранных дел Казахстана Ермек Кошербаев провел встречу с послом США Дэниелом Розенблюмом в Астане.",
  "Стороны обсудили ход реализации договоренностей, достигнутых в ходе саммита «Центральная Азия – США» в Вашингтоне.",
  "Особое внимание было уделено сотрудничеству в сфере критических минералов, энергетики и транспортной логистики.",
].join("\n");
