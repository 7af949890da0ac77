import { pressName } from "@/lib/i18n/press-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { outletLabel } from "@/lib/provenance/cite";
import type { Provenance } from "@/lib/queries/articles/provenance";

/** "Original: Kazinform, 5 February 2026" linking out to the page the article was first published on;
 *  nothing when the archive knows neither the page nor the outlet. */
export function OriginalLink({ provenance, publishedOn, locale, t }: { provenance: Provenance; publishedOn: string | null; locale: Locale; t: Messages }) {
  const label = outletLabel(provenance.outlet?.name ?? null, provenance.originalUrl);
  if (!label) return null;
  const text = [pressName(label, provenance.outlet?.nameEn, locale), publishedOn && formatDate(publishedOn, "day", locale)].filter(Boolean).join(", ");
  return (
    <div className="text-sm" data-testid="original-link">
      <p>
        <span className="font-semibold">{t.article.original}:</span>{" "}
        {provenance.originalUrl ? (
          <a href={provenance.originalUrl} rel="noopener noreferrer nofollow" className="underline underline-offset-2" title={t.article.originalOpens}>
            {text}
          </a>
        ) : (
          text
        )}
      </p>
      {provenance.further.length > 0 && (
        <p className="mt-1 text-xs text-stone-600 dark:text-stone-400" data-testid="also-published">
          {t.article.alsoPublishedBy}:{" "}
          {provenance.further.map((u, i) => (
            <span key={u.url}>
              {i > 0 && ", "}
              <a href={u.url} rel="noopener noreferrer nofollow" className="underline underline-offset-2">{pressName(outletLabel(u.outlet, u.url) ?? u.url, u.outletEn, locale)}</a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
