import { xmlEscape } from "./xml";

/**
 * Atom 1.0 (RFC 4287) documents. Small enough to write directly: what matters is escaping every text
 * and attribute, and dropping characters XML 1.0 forbids (control characters that can hide in imported
 * text), which would make strict feed readers reject the whole feed.
 */

export interface AtomEntry {
  /** A permanent IRI: the record's page. */
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  summary?: string | null;
  content?: string | null;
  authors?: string[];
  categories?: { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  lang: string;
  /** The feed's own URL (rel="self") and the page it follows (rel="alternate"). */
  self: string;
  alternate: string;
  generator: string;
  entries: AtomEntry[];
}

const text = (name: string, value: string) => `<${name}>${xmlEscape(value)}</${name}>`;
const typedText = (name: string, value: string) => `<${name} type="text">${xmlEscape(value)}</${name}>`;
const link = (href: string, rel: string, type?: string) => `<link rel="${rel}"${type ? ` type="${type}"` : ""} href="${xmlEscape(href)}"/>`;

function entryXml(e: AtomEntry): string {
  return [
    "<entry>",
    text("id", e.id),
    typedText("title", e.title),
    link(e.link, "alternate", "text/html"),
    text("updated", e.updated.toISOString()),
    e.published ? text("published", e.published.toISOString()) : "",
    ...(e.authors ?? []).map((name) => `<author>${text("name", name)}</author>`),
    ...(e.categories ?? []).map((c) => `<category term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>`),
    e.summary ? typedText("summary", e.summary) : "",
    e.content ? typedText("content", e.content) : "",
    "</entry>",
  ].join("");
}

/** The feed's `updated` is its newest entry's: the same archive gives the same bytes (and ETag). */
export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.lang)}">`,
    text("id", feed.id),
    typedText("title", feed.title),
    feed.subtitle ? typedText("subtitle", feed.subtitle) : "",
    link(feed.self, "self", "application/atom+xml"),
    link(feed.alternate, "alternate", "text/html"),
    text("updated", updated.toISOString()),
    `<author>${text("name", feed.generator)}</author>`,
    text("generator", feed.generator),
    ...feed.entries.map(entryXml),
    "</feed>\n",
  ].join("");
}
