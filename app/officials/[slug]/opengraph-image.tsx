import { notFound } from "next/navigation";
import { countryName } from "@/lib/i18n/country-name";
import { personName } from "@/lib/i18n/display-name";
import { getMessages } from "@/lib/i18n/locale";
import { postInEnglish } from "@/lib/i18n/post-in-english";
import { CARD_SIZE, CARD_TYPE, shareCard } from "@/lib/og/share-card";
import { getOfficial } from "@/lib/queries/officials/get-official";
import { slugSchema } from "@/lib/validation/page-params";

export const dynamic = "force-dynamic";
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;
export const alt = "Chronicle";

/** The picture a shared link to an official shows: their country, name, latest post and how many meetings. */
export default async function OfficialCard({ params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }, { locale, t }] = await Promise.all([params, getMessages()]);
  const parsed = slugSchema.safeParse(slug);
  const official = parsed.success ? await getOfficial(parsed.data) : null;
  if (!official) notFound();
  const post = official.latestPosition && (locale === "en" ? (postInEnglish(official.latestPosition) ?? official.latestPosition) : official.latestPosition);
  return shareCard({
    eyebrow: official.country ? countryName(official.country.code, locale) : t.siteName,
    title: personName(official, locale),
    lines: [...(post ? [post] : []), t.network.meetings(official.meetings.held + official.meetings.planned)],
    siteName: t.siteName,
    tagline: t.tagline,
  });
}
