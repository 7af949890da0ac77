import type { Metadata } from "next";
import { SearchResults } from "@/components/search/search-results";
import { getMessages } from "@/lib/i18n/locale";
import { searchArticles } from "@/lib/queries/articles/search-articles";
import { readSearchParams } from "@/lib/validation/search-params";
import type { QueryRecord } from "@/lib/validation/url-params";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<QueryRecord> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ t }, raw] = await Promise.all([getMessages(), searchParams]);
  const { params } = readSearchParams(raw);
  return { title: params.q.trim() ? t.search.titleFor(params.q.trim().slice(0, 80)) : t.search.title, robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const [{ locale, t }, raw] = await Promise.all([getMessages(), searchParams]);
  const { params, ignored } = readSearchParams(raw);
  const result = await searchArticles(params);
  return <SearchResults result={result} ignored={ignored} locale={locale} t={t} />;
}
