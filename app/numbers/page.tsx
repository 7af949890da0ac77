import type { Metadata } from "next";
import { YearTable, type YearColumn } from "@/components/numbers/year-table";
import { YearTopics } from "@/components/numbers/year-topics";
import { MeetingKind } from "@/lib/generated/prisma/enums";
import { getMessages } from "@/lib/i18n/locale";
import { editionMetadata } from "@/lib/seo/edition-metadata";
import { LEVELS, yearlyNumbers, type YearNumbers } from "@/lib/queries/meetings/yearly-numbers";
import { yearHref } from "@/lib/timeline/timeline-query";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, edition] = await Promise.all([getMessages(), editionMetadata("/numbers")]);
  return {
    title: t.numbers.title,
    description: t.numbers.description,
    alternates: edition.alternates,
    openGraph: { ...edition.openGraph, type: "website", title: t.numbers.title, description: t.numbers.description, siteName: t.siteName },
  };
}

export default async function NumbersPage() {
  const [{ locale, t }, { years, undated }] = await Promise.all([getMessages(), yearlyNumbers()]);
  const n = t.numbers;
  const format = (value: number) => value.toLocaleString(locale === "en" ? "en-GB" : "ru-RU");
  const byKind: YearColumn<YearNumbers>[] = [
    { key: "total", label: n.total, strong: true, value: (y) => ({ n: y.total, href: yearHref(y.year) }) },
    { key: "held", label: t.status.held, value: (y) => ({ n: y.status.held ?? 0, href: yearHref(y.year, { status: "held" }) }) },
    { key: "planned", label: t.status.planned, value: (y) => ({ n: y.status.planned ?? 0, href: yearHref(y.year, { status: "planned" }) }) },
    ...Object.values(MeetingKind).map((kind) => ({
      key: kind,
      label: t.kind[kind],
      value: (y: YearNumbers) => ({ n: y.kind[kind] ?? 0, href: yearHref(y.year, { kind: [kind] }) }),
    })),
  ];
  // The timeline has no filter by level: these counts stand alone.
  const byLevel: YearColumn<YearNumbers>[] = LEVELS.map((level) => ({ key: level, label: n.level[level], value: (y) => ({ n: y.level[level] ?? 0 }) }));
  const table = { yearLabel: n.year, rows: years, yearHref: (y: YearNumbers) => yearHref(y.year), scrollHint: n.scrollHint, format };
  return (
    <article aria-labelledby="numbers-title" className="space-y-10">
      <header>
        <h1 id="numbers-title" className="font-serif text-3xl font-semibold sm:text-4xl">
          {n.title}
        </h1>
        <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{n.lead}</p>
        {undated > 0 && <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{n.undated(t.topics.meetings(undated))}</p>}
      </header>
      {years.length === 0 ? (
        <p>{n.empty}</p>
      ) : (
        <>
          <section aria-labelledby="by-kind-title" className="space-y-3">
            <h2 id="by-kind-title" className="font-serif text-2xl font-semibold">
              {n.byKindTitle}
            </h2>
            <YearTable caption={n.byKindCaption} columns={byKind} {...table} />
          </section>
          <section aria-labelledby="by-level-title" className="space-y-3">
            <h2 id="by-level-title" className="font-serif text-2xl font-semibold">
              {n.byLevelTitle}
            </h2>
            <p className="max-w-prose text-sm text-stone-700 dark:text-stone-300">{n.levelNote}</p>
            <YearTable caption={n.byLevelCaption} columns={byLevel} {...table} />
          </section>
          <section aria-labelledby="topics-year-title" className="space-y-3">
            <h2 id="topics-year-title" className="font-serif text-2xl font-semibold">
              {n.topicsTitle}
            </h2>
            <YearTopics years={years} locale={locale} t={t} />
          </section>
        </>
      )}
    </article>
  );
}
