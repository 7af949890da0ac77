import type { Metadata } from "next";
import { OfficialFilter } from "@/components/official/official-filter";
import { OfficialGroup } from "@/components/official/official-group";
import { getMessages } from "@/lib/i18n/locale";
import { editionMetadata } from "@/lib/seo/edition-metadata";
import { listOfficials, type OfficialGroup as Group } from "@/lib/queries/officials/list-officials";
import { SortLinks } from "@/components/ui/sort-links";
import { firstParam, listSortSchema, nameFilterSchema, type ListSort } from "@/lib/validation/page-params";

export const dynamic = "force-dynamic";

const GROUPS: Group[] = ["KZ", "US", "other", "unknown"];

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, edition] = await Promise.all([getMessages(), editionMetadata("/officials")]);
  return {
    title: t.officials.indexTitle,
    description: t.officials.indexDescription,
    alternates: edition.alternates,
    openGraph: { ...edition.openGraph, type: "website", title: t.officials.indexTitle, description: t.officials.indexDescription, siteName: t.siteName },
  };
}

export default async function OfficialsPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = nameFilterSchema.parse(firstParam(params.q));
  const sort = listSortSchema.parse(firstParam(params.sort));
  const { locale, t } = await getMessages();
  const { total, items } = await listOfficials({ q, locale, sort });
  return (
    <section aria-labelledby="officials-title">
      <h1 id="officials-title" className="font-serif text-3xl font-semibold sm:text-4xl">
        {t.officials.indexTitle}
      </h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{t.officials.indexLead}</p>
      <OfficialFilter q={q} sort={sort} locale={locale} t={t} />
      <SortLinks current={sort} hrefFor={(s) => officialsHref(q, s)} t={t} />
      <div aria-live="polite" className="mt-4 text-sm text-stone-700 dark:text-stone-300">
        {q && total > 0 && <p>{t.officials.found(total)}</p>}
        {total > items.length && <p>{t.officials.truncated(items.length, total)}</p>}
      </div>
      {items.length === 0 ? (
        <p className="mt-6 text-stone-700 dark:text-stone-300">{q ? t.officials.noMatches(q) : t.officials.empty}</p>
      ) : (
        GROUPS.map((group) => {
          const officials = items.filter((o) => o.group === group);
          return officials.length > 0 && <OfficialGroup key={group} group={group} officials={officials} locale={locale} t={t} />;
        })
      )}
    </section>
  );
}

/** The index's address with its filter and order (the defaults left out). */
function officialsHref(q: string | undefined, sort: ListSort): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (sort !== "name") params.set("sort", sort);
  const search = params.toString();
  return search ? `/officials?${search}` : "/officials";
}
