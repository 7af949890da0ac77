import "server-only";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getMessages } from "@/lib/i18n/locale";
import { localePath } from "@/lib/i18n/locale-path";
import { editionMetadata } from "@/lib/seo/edition-metadata";
import { parseTimelineQuery } from "@/lib/timeline/parse-timeline-query";
import { givenHref, viewHref } from "@/lib/timeline/view-href";
import type { QueryRecord } from "@/lib/validation/url-params";

/** The views drawn from the timeline's filters (`/map`, `/network`): their page titles live under these keys. */
type ViewKey = "map" | "network";

/** A filtered view's title, description and edition links. */
export async function filteredViewMetadata(key: ViewKey): Promise<Metadata> {
  const [{ t }, edition] = await Promise.all([getMessages(), editionMetadata()]);
  const { title, description } = t[key];
  return {
    title,
    description,
    alternates: edition.alternates,
    openGraph: { ...edition.openGraph, siteName: t.siteName, title, description, type: "website" },
  };
}

/** The view's filters read from the address. A submitted form names every field, empty ones too: one
 *  canonical address per view, as the timeline has, so anything else redirects there. */
export async function readFilteredView(path: `/${ViewKey}`, record: QueryRecord) {
  const parsed = parseTimelineQuery(record);
  const messages = await getMessages();
  if (parsed.issues.length === 0 && givenHref(path, record) !== viewHref(path, parsed.query)) redirect(localePath(messages.locale, viewHref(path, parsed.query)));
  return { parsed, ...messages };
}
