import type { WeightedPaths } from "./wrk";

/** Russian queries as readers type them: cases, a phrase, Latin spellings, an operator, a typo. */
const SEARCHES = ["Кошербаев", "Кошербаевым", "Токаева", "критических минералов", "\"Центральная Азия\"", "визит OR переговоры", "Ландау", "Kosherbayev", "Landau", "уран -нефть", "Кошербаеф", "С5+1"];

interface Listed {
  id?: number;
  slug?: string;
}

/**
 * The pages a crowd of readers opens, weighted as a crowd opens them, discovered from the archive's own
 * API so one scenario fits the 165-article seed archive and the 100,000-article benchmark alike: the
 * timeline with and without filters, meetings, officials, topics, articles, search and the API. URLs are
 * written as the app writes them (dates in full): the timeline redirects a short `from=2025` to its
 * canonical form, and wrk does not follow redirects.
 */
export async function readerMix(baseUrl: string, per = 40): Promise<WeightedPaths[]> {
  const list = async (path: string): Promise<Listed[]> => {
    const response = await fetch(new URL(path, baseUrl));
    if (!response.ok) throw new Error(`${path} answered ${response.status}: the archive cannot be listed`);
    return ((await response.json()) as { data: Listed[] }).data;
  };
  const [meetings, officials, topics, articles] = await Promise.all([
    list(`/api/v1/meetings?pageSize=${per}`),
    list(`/api/v1/officials?pageSize=${per}`),
    list(`/api/v1/topics?pageSize=${per}`),
    list(`/api/v1/articles?pageSize=${per}`),
  ]);
  const q = (text: string) => encodeURIComponent(text);
  const slugs = (items: Listed[]) => items.map((i) => i.slug!).filter(Boolean);
  const timeline = [
    "/",
    "/?page=2",
    "/?order=asc",
    "/?kind=talks",
    "/?kind=visit&status=planned",
    "/?country=US",
    "/?from=2025-01-01&to=2026-12-31",
    "/?from=2026-01-01",
    ...slugs(officials).slice(0, 10).map((s) => `/?official=${q(s)}`),
    ...slugs(topics).slice(0, 6).map((s) => `/?topic=${q(s)}`),
    ...slugs(officials).slice(0, 3).flatMap((s) => slugs(topics).slice(0, 2).map((t) => `/?official=${q(s)}&topic=${q(t)}&from=2025-01-01`)),
  ];
  return [
    { name: "timeline", weight: 25, paths: timeline },
    { name: "meeting", weight: 15, paths: meetings.map((m) => `/meetings/${m.id}`) },
    { name: "official", weight: 10, paths: ["/officials", ...slugs(officials).map((s) => `/officials/${q(s)}`)] },
    { name: "topic", weight: 8, paths: ["/topics", ...slugs(topics).map((s) => `/topics/${q(s)}`)] },
    { name: "article", weight: 15, paths: slugs(articles).map((s) => `/articles/${q(s)}`) },
    { name: "search", weight: 12, paths: SEARCHES.map((s) => `/search?q=${q(s)}`) },
    {
      name: "api",
      weight: 15,
      paths: [
        "/api/v1/meetings",
        "/api/v1/meetings?kind=talks&from=2025",
        "/api/v1/articles",
        "/api/v1/officials",
        "/api/v1/topics",
        ...meetings.slice(0, 10).map((m) => `/api/v1/meetings/${m.id}`),
        ...slugs(articles).slice(0, 10).map((s) => `/api/v1/articles/${q(s)}`),
        ...slugs(officials).slice(0, 5).map((s) => `/api/v1/officials/${q(s)}`),
        ...SEARCHES.slice(0, 6).map((s) => `/api/v1/search?q=${q(s)}`),
      ],
    },
  ];
}
