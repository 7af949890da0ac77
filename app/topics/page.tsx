import type { Metadata } from "next";
import { TopicTable } from "@/components/topic/topic-table";
import { getMessages } from "@/lib/i18n/locale";
import { editionMetadata } from "@/lib/seo/edition-metadata";
import { listTopics } from "@/lib/queries/topics/list-topics";
import { SortLinks } from "@/components/ui/sort-links";
import { firstParam, listSortSchema } from "@/lib/validation/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, edition] = await Promise.all([getMessages(), editionMetadata("/topics")]);
  return {
    title: t.topics.indexTitle,
    description: t.topics.indexDescription,
    alternates: edition.alternates,
    openGraph: { ...edition.openGraph, type: "website", title: t.topics.indexTitle, description: t.topics.indexDescription, siteName: t.siteName },
  };
}

export default async function TopicsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sort = listSortSchema.parse(firstParam((await searchParams).sort));
  const { locale, t } = await getMessages();
  const topics = await listTopics(locale, sort);
  return (
    <section aria-labelledby="topics-title">
      <h1 id="topics-title" className="font-serif text-3xl font-semibold sm:text-4xl">
        {t.topics.indexTitle}
      </h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{t.topics.indexLead}</p>
      {topics.length > 0 && <SortLinks current={sort} hrefFor={(s) => (s === "name" ? "/topics" : `/topics?sort=${s}`)} t={t} />}
      {topics.length === 0 ? <p className="mt-6">{t.topics.empty}</p> : <TopicTable topics={topics} locale={locale} t={t} />}
    </section>
  );
}
