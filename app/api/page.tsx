import type { Metadata } from "next";
import { EndpointCard } from "@/components/open-data/endpoint-card";
import { LinkList } from "@/components/open-data/link-list";
import { endpoints } from "@/lib/api/endpoints";
import { openApiParts } from "@/lib/api/openapi";
import { referenceOf } from "@/lib/api/reference";
import { getMessages } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.openData.pageTitle };
}

const EXAMPLE_OFFICIAL = "yermek-kosherbayev";
const EXAMPLE_TOPIC = "critical-minerals";

export default async function OpenDataPage() {
  const { t } = await getMessages();
  const reference = referenceOf(openApiParts().paths, Object.fromEntries(Object.values(endpoints).map((e) => [e.operationId, e.example])));
  const o = t.openData;
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">{o.pageTitle}</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">{o.pageIntro}</p>

      <section aria-labelledby="api-heading" className="mt-8">
        <h2 id="api-heading" className="font-serif text-2xl font-semibold">
          {o.apiHeading}
        </h2>
        <p className="mt-2 text-sm">
          {o.apiIntro}{" "}
          <a href="/api/v1/openapi.json" className="font-mono text-sky-800 underline dark:text-sky-300">
            /api/v1/openapi.json
          </a>
        </p>
        <div className="mt-4">
          {reference.map((endpoint) => (
            <EndpointCard key={endpoint.id} endpoint={endpoint} t={t} />
          ))}
        </div>
        <h3 className="mt-6 font-semibold">{o.errorsHeading}</h3>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{o.errorsText}</p>
      </section>

      <section aria-labelledby="feeds-heading" className="mt-10">
        <h2 id="feeds-heading" className="font-serif text-2xl font-semibold">
          {o.feedsHeading}
        </h2>
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{o.feedsText}</p>
        <LinkList
          items={[
            { href: "/articles/feed.xml", label: o.allArticles },
            { href: "/meetings/feed.xml", label: `${o.allMeetings}, ${o.filtered}` },
            { href: `/officials/${EXAMPLE_OFFICIAL}/feed.xml`, label: o.perOfficial },
            { href: `/topics/${EXAMPLE_TOPIC}/feed.xml`, label: o.perTopic },
          ]}
        />
      </section>

      <section aria-labelledby="calendars-heading" className="mt-10">
        <h2 id="calendars-heading" className="font-serif text-2xl font-semibold">
          {o.calendarsHeading}
        </h2>
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{o.calendarsText}</p>
        <LinkList
          items={[
            { href: "/calendar.ics", label: `${o.allMeetings}, ${o.filtered}` },
            { href: `/officials/${EXAMPLE_OFFICIAL}/calendar.ics`, label: o.perOfficial },
            { href: `/topics/${EXAMPLE_TOPIC}/calendar.ics`, label: o.perTopic },
          ]}
        />
      </section>

      <section aria-labelledby="exports-heading" className="mt-10">
        <h2 id="exports-heading" className="font-serif text-2xl font-semibold">
          {o.exportsHeading}
        </h2>
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{o.exportsText}</p>
        <LinkList
          items={[
            { href: "/export/meetings.csv?status=held", label: "CSV" },
            { href: "/export/meetings.json?from=2026", label: "JSON" },
            { href: "/export/search.csv?q=Kosherbayev&sort=date", label: `CSV, ${o.searchExport}` },
            { href: "/export/search.json?q=%22критических%20минералов%22&sort=date", label: `JSON, ${o.searchExport}` },
          ]}
        />
      </section>
    </div>
  );
}
