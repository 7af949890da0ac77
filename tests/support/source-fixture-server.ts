import { generateArticle } from "../../lib/bench/generate-article";
import { answerFixture, serveFixtures } from "./page-fixture-server";

const html = "text/html; charset=utf-8";
const rss = "application/rss+xml; charset=utf-8";
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The three outlets' article pages (served by page-fixture-server's `answerFixture`) in feeds and a listing. */
const OUTLET_PAGES = {
  agency: { path: "/ru/politics/koshherbaev-landau-tranzit", title: "Кошербаев и Ландау обсудили транзит и энергетику" },
  portal: { path: "/news/consultations", title: "В Астане прошли казахстанско-американские консультации" },
  wire: { path: "/wire/tokayev-rubio", title: "Токаев и Рубио" },
} as const;

export function rssFeed(origin: string, items: { path: string; title: string }[]): string {
  const entries = items.map((i) => `<item><title>${escape(i.title)}</title><link>${origin}${i.path}?utm_source=rss</link><guid>${origin}${i.path}</guid></item>`);
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Fixture</title><link>${origin}/</link><description>Fixture feed</description>${entries.join("")}</channel></rss>`;
}

/** A generated article (lib/bench/generate-article.ts) in a news page's clothes: navigation, related
 *  links, an ad, a caption, the text split by <br> as some outlets do. */
export function generatedPage(n: number): string {
  const text = generateArticle(n);
  const paged = text.startsWith(" date ");
  const lines = paged ? text.split("\n\n") : text.split("\n");
  const date = paged ? /^ date (\d{4}-\d{2}-\d{2}) /.exec(lines[0]!)?.[1] : undefined;
  const title = paged ? `Встреча номер ${n}` : lines[0]!;
  const body = (paged ? [lines[0]!.replace(/^ date \S+ /, ""), ...lines.slice(1)] : lines.slice(1)).filter((l) => !/^Фото:/.test(l));
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${escape(title)} | Степной вестник</title>
<meta property="og:site_name" content="Степной вестник">${date ? `<meta property="article:published_time" content="${date}T10:00:00+05:00">` : ""}
</head><body><header><nav><a href="/">Главная</a> <a href="/politics">Политика</a> <a href="/sport">Спорт</a></nav></header>
<div class="banner" id="adfox_top">Реклама: вклады под высокий процент</div>
<main><article><h1>${escape(title)}</h1><div class="article-text">${body.map(escape).join("<br><br>\n")}</div>
<figure><img src="/photo.jpg" alt=""><figcaption>Фото: пресс-служба</figcaption></figure></article>
<aside><h3>Читайте также</h3><ul><li><a href="/p/1">Погода на выходные</a></li><li><a href="/p/2">Курс тенге</a></li></ul></aside></main>
<footer>© Степной вестник</footer></body></html>`;
}

/** One call, reported by an outlet and rewritten by another that kept two of its sentences word for word:
 *  alike, but far from a reprint (about a quarter of the shorter text in common). */
export const REWRITE_PAGES: Record<string, { title: string; sentences: string[] }> = {
  "/rewrite/original": {
    title: "Кошербаев и Рубио обсудили итоги саммита",
    sentences: [
      "Глава МИД Казахстана Ермек Кошербаев провел телефонный разговор с государственным секретарем США Марко Рубио по итогам недавнего саммита.",
      "Собеседники рассмотрели ход реализации договоренностей, достигнутых в ходе саммита «Центральная Азия – США» в Вашингтоне.",
      "Особое внимание было уделено взаимодействию в области критических минералов, энергетики и транспортной логистики.",
      "Кошербаев отметил, что Казахстан рассматривает США как одного из ключевых партнеров в привлечении инвестиций и передовых технологий.",
      "«Мы заинтересованы в расширении присутствия американского бизнеса в нашей стране и готовы создавать для него благоприятные условия», – подчеркнул министр.",
      "Рубио в свою очередь подтвердил намерение американской стороны углублять расширенное стратегическое партнерство с Казахстаном.",
      "Собеседники также обменялись мнениями по актуальным вопросам региональной и международной повестки дня, включая ситуацию в Афганистане.",
      "По итогам разговора стороны договорились продолжить регулярные контакты на высоком уровне.",
    ],
  },
  "/rewrite/copy": {
    title: "Глава МИД Казахстана поговорил с госсекретарем США",
    sentences: [
      "Министр иностранных дел Казахстана Ермек Кошербаев и государственный секретарь США Марко Рубио провели телефонный разговор, сообщает пресс-служба министерства.",
      "Дипломаты обсудили, как выполняются договоренности вашингтонского саммита в формате С5+1.",
      "По словам сторон, приоритетами остаются редкоземельные металлы, нефтегазовая отрасль и грузовые перевозки.",
      "«Мы заинтересованы в расширении присутствия американского бизнеса в нашей стране и готовы создавать для него благоприятные условия», – подчеркнул министр.",
      "Американский госсекретарь заявил, что Вашингтон намерен и дальше развивать стратегическое партнерство с Астаной.",
      "Собеседники также обменялись мнениями по актуальным вопросам региональной и международной повестки дня, включая ситуацию в Афганистане.",
      "Министры условились поддерживать регулярный диалог.",
    ],
  },
};

export interface SourceFixtures {
  origin: string;
  url: (p: string) => string;
  /** Requests served per path (query left out). */
  requests: (path: string) => number;
  /** Every request in the order it arrived: its path and when (performance.now(), ms). */
  arrivals: () => { path: string; at: number }[];
  /** Answers this status at the path until cleared (null): a site down, then back. */
  fail: (path: string, status: number | null) => void;
  close: () => Promise<void>;
}

/**
 * The sources' web: on 127.0.0.1, started by the test that needs it. Feeds of the three outlets' pages;
 * `/gen/feed.xml?count=N` (items `/gen/item/<n>`, `?from=` to shift) for batches; a listing page; and
 * faults: a 404, a malformed feed, and page-fixture-server's (500, no answer, a trickling body, 50 MB, a
 * redirect loop). `/gen/item/<n>` waits `itemDelayMs` before answering, so a batch takes long enough to be killed.
 */
export async function startSourceFixtures({ itemDelayMs = 0 }: { itemDelayMs?: number } = {}): Promise<SourceFixtures> {
  const counts = new Map<string, number>();
  const arrivals: { path: string; at: number }[] = [];
  const failing = new Map<string, number>();
  let origin = "";
  const served = await serveFixtures((req, res, timers) => {
    const url = new URL(req.url ?? "/", "http://fixture");
    const route = url.pathname;
    counts.set(route, (counts.get(route) ?? 0) + 1);
    arrivals.push({ path: route, at: performance.now() });
    const status = failing.get(route);
    if (status) return res.writeHead(status, { "content-type": html }).end(`<h1>${status}</h1>`);
    if (answerFixture(route, res, timers)) return;
    const item = /^\/gen\/item\/(\d+)$/.exec(route);
    if (item) {
      const timer = setTimeout(() => res.writeHead(200, { "content-type": html }).end(generatedPage(Number(item[1]))), itemDelayMs);
      timers.add(timer);
      return;
    }
    switch (route) {
      case "/robots.txt":
        return res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
      case "/gen/feed.xml": {
        const count = Number(url.searchParams.get("count") ?? 10);
        const from = Number(url.searchParams.get("from") ?? 0);
        const items = Array.from({ length: count }, (_, i) => ({ path: `/gen/item/${from + i}`, title: `Новость ${from + i}` }));
        return res.writeHead(200, { "content-type": rss, etag: `"gen-${from}-${count}"` }).end(rssFeed(origin, items));
      }
      case "/gen/etag-feed.xml":
        if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304).end();
        return res.writeHead(200, { "content-type": rss, etag: '"v1"' }).end(rssFeed(origin, [{ path: "/gen/item/900", title: "Новость" }]));
      case "/outlets/feed.xml":
        return res.writeHead(200, { "content-type": rss }).end(rssFeed(origin, Object.values(OUTLET_PAGES)));
      case "/outlets/listing":
        return res.writeHead(200, { "content-type": html }).end(
          `<html><body><nav><a href="/">Главная</a><a href="/about">О нас</a></nav><ul>${Object.values(OUTLET_PAGES).map((p) => `<li><a href="${p.path}">${escape(p.title)}</a></li>`).join("")}</ul><a href="/private/secret">Служебное</a></body></html>`,
        );
      case "/off-topic/feed.xml":
        return res.writeHead(200, { "content-type": rss }).end(rssFeed(origin, [{ path: "/off-topic/football", title: "Футбол" }]));
      case "/off-topic/football":
        return res.writeHead(200, { "content-type": html }).end(
          `<html><body><article><h1>Футбольный клуб выиграл кубок</h1>${"<p>Футбольный клуб из Караганды выиграл кубок страны в напряжённом финале, забив победный гол на последней минуте встречи. Болельщики праздновали победу до утра.</p>".repeat(3)}</article></body></html>`,
        );
      case "/e2e/feed.xml":
        return res.writeHead(200, { "content-type": rss }).end(rssFeed(origin, [{ path: "/e2e/call", title: "Кошербаев и Рубио провели телефонный разговор" }]));
      case "/e2e/call":
        return res.writeHead(200, { "content-type": html }).end(
          `<html><head><meta property="og:site_name" content="Степной вестник"><meta property="article:published_time" content="2026-06-10T09:00:00+05:00"></head><body>
          <nav><a href="/">Главная</a> <a href="/politics">Политика</a></nav><div class="banner">Реклама</div>
          <article><h1>Кошербаев и Рубио провели телефонный разговор</h1><div class="text">
          Министр иностранных дел Казахстана Ермек Кошербаев провел телефонный разговор с государственным секретарем США Марко Рубио.<br><br>
          Стороны обсудили сотрудничество в сфере критических минералов и подготовку встречи в формате С5+1.<br><br>
          Кошербаев подчеркнул значение стратегического партнерства между Казахстаном и США, а Рубио отметил готовность американской стороны к углублению сотрудничества.
          </div></article><aside><a href="/p/1">Погода</a></aside></body></html>`,
        );
      case "/unsure/feed.xml":
        return res.writeHead(200, { "content-type": rss }).end(rssFeed(origin, [{ path: "/unsure/visit", title: "Консультации" }]));
      case "/unsure/visit":
        // People no lexicon knows and a visit with no date: the importer is unsure.
        return res.writeHead(200, { "content-type": html }).end(
          `<html><head><meta property="article:published_time" content="2026-03-02"></head><body><article><h1>В Астане прошли консультации с делегацией США</h1>
          <p>Заместитель министра иностранных дел Казахстана Арман Жумабеков встретился с советником Государственного департамента США Питером Хэмилтоном в Астане.</p>
          <p>Стороны обсудили сотрудничество в энергетике и развитие транспортных маршрутов, а также подготовку предстоящих контактов.</p>
          <p>Планируется, что делегация Казахстана посетит Вашингтон для продолжения переговоров.</p></article></body></html>`,
        );
      case "/rewrite/feed.xml":
        return res.writeHead(200, { "content-type": rss }).end(rssFeed(origin, Object.entries(REWRITE_PAGES).map(([path, p]) => ({ path, title: p.title }))));
      case "/rewrite/original":
      case "/rewrite/copy": {
        const page = REWRITE_PAGES[route]!;
        return res.writeHead(200, { "content-type": html }).end(
          `<html><head><meta property="article:published_time" content="2026-04-14T09:00:00+05:00"></head><body><nav><a href="/">Главная</a></nav>
          <article><h1>${escape(page.title)}</h1>${page.sentences.map((s) => `<p>${escape(s)}</p>`).join("")}</article></body></html>`,
        );
      }
      case "/malformed.xml":
        return res.writeHead(200, { "content-type": rss }).end(`<?xml version="1.0"?><rss><channel><item><title>Обрыв`);
      default:
        return res.writeHead(404, { "content-type": html }).end("<h1>Страница не найдена</h1>");
    }
  });
  origin = served.origin;
  return {
    origin,
    url: (p: string) => `${origin}${p}`,
    requests: (p: string) => counts.get(p) ?? 0,
    arrivals: () => [...arrivals],
    fail: (p: string, s: number | null) => (s === null ? failing.delete(p) : failing.set(p, s)),
    close: served.close,
  };
}
