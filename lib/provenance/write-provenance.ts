import { pressNameInEnglish } from "@/lib/i18n/press-name";
import { sql, type Sql, type Tx } from "@/lib/db";

export interface Provenance {
  url: string | null;
  outlet: string | null;
  /** ISO timestamp; null when the page was named (a file header, an editor), not fetched. */
  fetchedAt: string | null;
}

/** The URL is already another article's page: one URL belongs to one article. */
export class UrlTakenError extends Error {
  constructor(
    readonly url: string,
    readonly articleTitle: string,
  ) {
    super(`the URL ${url} is already a page of the article «${articleTitle}»`);
    this.name = "UrlTakenError";
  }
}

/**
 * The outlet named with a URL, created on first sight (its site: the URL's host; its English name the
 * one the press uses, when lib/i18n/press-name.ts knows it — an editor's later change is kept): a CTE's body.
 */
function outletSql(p: Provenance): Sql {
  const site = p.url ? new URL(p.url).hostname : null;
  const nameEn = p.outlet ? pressNameInEnglish(p.outlet) : null;
  return sql`INSERT INTO "Outlet" (name, site, "nameEn") SELECT ${p.outlet}::text, ${site}::text, ${nameEn}::text WHERE ${p.outlet}::text IS NOT NULL
    ON CONFLICT (name) DO UPDATE SET site = coalesce("Outlet".site, excluded.site) RETURNING id`;
}

/**
 * A further page that carried the article's story (a reprint), with the outlet that published it. A URL
 * that is already stored is left as it is: the caller found it belongs to no other article.
 */
export async function addFurtherUrl(tx: Tx, articleId: number, p: Provenance & { url: string }): Promise<void> {
  await tx.rows(sql`
    WITH outlet AS (${outletSql(p)})
    INSERT INTO "ArticleUrl" (url, "articleId", "outletId", original, "fetchedAt")
    VALUES (${p.url}::text, ${articleId}::int, (SELECT id FROM outlet), false, ${p.fetchedAt}::timestamptz AT TIME ZONE 'UTC')
    ON CONFLICT (url) DO NOTHING`);
}

/**
 * Sets an article's outlet and original page, in the caller's transaction (the importer's store, an
 * editor's publish or correction). The previous original, if it was another URL, is removed rather than
 * kept as a reprint: a changed header or an editor's fix corrects the address, it does not add a page.
 * Further URLs (reprints) are left alone. Throws `UrlTakenError` when the URL belongs to another article.
 */
export async function writeProvenance(tx: Tx, articleId: number, p: Provenance): Promise<void> {
  // Two statements: the old original must be gone before the new one passes the one-original index.
  const [outlet] = await tx.rows<{ id: number | null }>(sql`
    WITH outlet AS (${outletSql(p)}),
    article AS (UPDATE "Article" SET "outletId" = (SELECT id FROM outlet) WHERE id = ${articleId}::int RETURNING id),
    dropped AS (DELETE FROM "ArticleUrl" WHERE "articleId" = ${articleId}::int AND original AND url IS DISTINCT FROM ${p.url}::text RETURNING id)
    SELECT (SELECT id FROM outlet) AS id, (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM dropped)::int AS dropped`);
  if (!p.url) return;
  const [row] = await tx.rows<{ stored: boolean; taken: string | null }>(sql`
    WITH kept AS (
      INSERT INTO "ArticleUrl" (url, "articleId", "outletId", original, "fetchedAt")
      VALUES (${p.url}::text, ${articleId}::int, ${outlet?.id ?? null}::int, true, ${p.fetchedAt}::timestamptz AT TIME ZONE 'UTC')
      ON CONFLICT (url) DO UPDATE SET original = true, "outletId" = excluded."outletId", "fetchedAt" = coalesce(excluded."fetchedAt", "ArticleUrl"."fetchedAt")
        WHERE "ArticleUrl"."articleId" = excluded."articleId"
      RETURNING id
    )
    SELECT EXISTS (SELECT 1 FROM kept) AS stored,
      (SELECT a.title FROM "ArticleUrl" u JOIN "Article" a ON a.id = u."articleId" WHERE u.url = ${p.url}::text) AS taken`);
  if (!row?.stored) throw new UrlTakenError(p.url, row?.taken ?? "?");
}
