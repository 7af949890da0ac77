import type { Metadata } from "next";
import { SearchResults } from "@/components/search/search-results";
import { getMessages } from "@/lib/i18n/locale";
import { searchArticles } from "@/lib/queries/articles/search-articles";
import { searchFeedUrl } from "@/lib/search/search-url";
import { editionMetadata } from "@/lib/seo/edition-metadata";
import { readSearchParams } from "@/lib/validation/search-params";
import type { QueryRecord } from "@/lib/validation/url-params";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<QueryRecord> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ locale, t }, raw] = await Promise.all([getMessages(), searchParams]);
  const { params } = readSearchParams(raw);
  const q = params.q.trim();
  if (!q) return { title: t.search.title, robots: { index: false } };
  const edition = await editionMetadata();
  return {
    title: t.search.titleFor(q.slice(0, 80)),
    robots: { index: false },
    // The search's own alert, in place of the site-wide feeds the layout announces.
    alternates: { ...edition.alternates, types: { "application/atom+xml": [{ url: searchFeedUrl(params, locale), title: t.openData.alternateSearchFeed }] } },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const [{ locale, t }, raw] = await Promise.all([getMessages(), searchParams]);
  const { params, ignored } = readSearchParams(raw);
  const result = await searchArticles(params);
  return <SearchResults result={result} ignored={ignored} locale={locale} t={t} />;
}
