import { describeIssues, fixtureSchema, type ExpectedArticle } from "./article-out-schema";

/** Fixture text as the importer sees it, for the verbatim-evidence check: no BOM, LF, single spaces. */
const flatten = (text: string): string => text.replace(/^\uFEFF/, "").replace(/\s+/g, " ");

export type FixtureCheck = { ok: true; article: ExpectedArticle } | { ok: false; problems: string[] };

/**
 * An expected file must satisfy the contract, name its own text file and quote its evidence verbatim;
 * otherwise the figures it produces would measure the fixture, not the extractor.
 */
export function checkFixture(json: unknown, text: string, relativeTxtPath: string): FixtureCheck {
  const parsed = fixtureSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  const article = parsed.data;
  const problems: string[] = [];
  if (article.file !== relativeTxtPath) problems.push(`file: "${article.file}" should be "${relativeTxtPath}"`);
  const flat = flatten(text);
  article.meetings.forEach((m, i) => {
    m.evidence.forEach((sentence, j) => {
      if (!flat.includes(flatten(sentence))) problems.push(`meetings.${i}.evidence.${j}: not verbatim in the text`);
    });
    const known = new Set(article.officials.map((o) => o.name));
    m.participants.forEach((p, j) => {
      if (!known.has(p.name)) problems.push(`meetings.${i}.participants.${j}: ${p.name} is not among officials`);
    });
  });
  return problems.length === 0 ? { ok: true, article } : { ok: false, problems };
}
