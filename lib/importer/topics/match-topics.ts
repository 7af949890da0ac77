import { stem, tokenize, type Token } from "@/lib/text/stem";
import { TOPICS } from "./taxonomy";

/** One word of a phrasing: a stem to compare, an exact token, or a gap of up to three words. */
type Part = { kind: "stem"; value: string } | { kind: "exact"; value: string } | { kind: "gap" };

interface Phrasing {
  slug: string;
  parts: Part[];
}

const MAX_GAP = 3;
const EXACT_WORD = /^(?:[\p{Lu}\d+-]{2,}|.*[A-Za-z\d].*)$/u;

function compile(phrase: string, slug: string): Phrasing {
  const parts: Part[] = phrase.split(/\s+/).flatMap((word): Part[] => {
    if (word === "*") return [{ kind: "gap" }];
    return tokenize(word).map((t) =>
      EXACT_WORD.test(t.text) ? { kind: "exact", value: t.text } : { kind: "stem", value: stem(t.text) },
    );
  });
  return { slug, parts };
}

/** Phrasings indexed by their first word — the token as written, or its stem — so each token looks up
 *  only the few that can start there (two maps: a token is looked up without building a key). */
const BY_EXACT = new Map<string, Phrasing[]>();
const BY_STEM = new Map<string, Phrasing[]>();
for (const topic of TOPICS) {
  for (const phrase of topic.phrasings) {
    const compiled = compile(phrase, topic.slug);
    const first = compiled.parts[0];
    const [index, key] = first?.kind === "exact" ? [BY_EXACT, first.value] : [BY_STEM, first?.kind === "stem" ? first.value : ""];
    index.set(key, [...(index.get(key) ?? []), compiled]);
  }
}
const NONE: readonly Phrasing[] = [];

function partMatches(part: Part, token: Token | undefined): boolean {
  if (!token || part.kind === "gap") return false;
  return part.kind === "exact" ? token.text === part.value : token.stem === part.value;
}

/** A gap skips modifiers (`региональной и глобальной безопасности`), never a preposition, which opens
 *  a phrase of its own (`региональной конференции по водной безопасности` is not regional security). */
const GAP_STOPS = new Set(["по", "в", "во", "на", "с", "со", "к", "о", "об", "для", "при", "от", "до", "из", "за", "между"]);

function matchesAt(tokens: readonly Token[], at: number, parts: readonly Part[], pi = 1): boolean {
  if (pi >= parts.length) return true;
  const part = parts[pi];
  if (!part) return true;
  if (part.kind === "gap") {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      if (skip > 0 && GAP_STOPS.has(tokens[at + skip]?.text.toLowerCase() ?? "")) return false;
      if (matchesAt(tokens, at + skip, parts, pi + 1)) return true;
    }
    return false;
  }
  return partMatches(part, tokens[at + 1]) && matchesAt(tokens, at + 1, parts, pi + 1);
}

/** Topic slugs whose phrasings occur in `text`, in taxonomy order. */
export function matchTopics(text: string): string[] {
  const tokens = tokenize(text);
  const found = new Set<string>();
  tokens.forEach((token, i) => {
    for (const candidates of [BY_EXACT.get(token.text) ?? NONE, BY_STEM.get(token.stem) ?? NONE]) {
      for (const p of candidates) {
        if (!found.has(p.slug) && matchesAt(tokens, i, p.parts)) found.add(p.slug);
      }
    }
  });
  return TOPICS.filter((t) => found.has(t.slug)).map((t) => t.slug);
}
