import type { ArticleSourceInput } from "@/lib/validation/article";

type Fields = Extract<ArticleSourceInput, { mode: "fields" }>;

/**
 * Fields typed by hand, written out as an article file the importer reads: with a date, the page layout
 * (` date YYYY-MM-DD ` line, blocks separated by blank lines); without, the wire layout (one block per
 * line). Title, subtitle and the dateline city in capitals come first, as in a wire story.
 */
export function composeRawText(f: Fields): string {
  const paragraphs = f.body
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const blocks = [f.title, f.lead, f.dateline?.toUpperCase(), ...paragraphs].filter((b): b is string => !!b);
  return f.publishedOn ? ` date ${f.publishedOn} \n${blocks.join("\n\n")}\n` : `${blocks.join("\n")}\n`;
}
