import type { Locale, Messages } from "@/lib/i18n/messages";
import { citationCsl, citationText, type CiteSource } from "@/lib/provenance/cite";
import { CopyButton } from "./copy-button";

const pre = "mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-words rounded bg-stone-100 p-2 text-xs dark:bg-stone-900";

/** How to cite the article: a line for a text, and CSL-JSON to copy or download for a reference manager. */
export function CiteBlock({ source, locale, t }: { source: CiteSource; locale: Locale; t: Messages }) {
  const line = citationText(source, locale);
  const csl = JSON.stringify(citationCsl(source), null, 2);
  return (
    <section aria-labelledby="cite-title" data-testid="cite-block">
      <h2 id="cite-title" className="font-serif text-lg font-semibold">{t.article.cite}</h2>
      <div className="mt-2 flex items-center justify-between gap-2 text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
        <span>{t.article.citeText}</span>
        <CopyButton text={line} label={t.article.copy} done={t.article.copied} />
      </div>
      <p className={pre} data-testid="cite-text">{line}</p>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer">{t.article.citeCsl}</summary>
        <pre className={pre} data-testid="cite-csl">{csl}</pre>
        <div className="mt-1 flex gap-3">
          <a href={`data:application/vnd.citationstyles.csl+json;charset=utf-8,${encodeURIComponent(csl)}`} download={`${source.slug}.json`} className="text-xs underline">
            {t.article.citeDownload}
          </a>
          <CopyButton text={csl} label={t.article.copy} done={t.article.copied} />
        </div>
      </details>
    </section>
  );
}
