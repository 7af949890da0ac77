import type { ParsedQuery, Term } from "./parse-query";

/**
 * What the database said about each query word: the lexemes of its forms as chronicle_tsvector makes
 * them for the index (see word-forms.ts), and the lexemes of the surnames of officials the word names in
 * any case form, Latin spelling or with a small typo.
 */
export interface WordAnalysis {
  lexemes: string[];
  nameLexemes: string[];
}

const LEXEME = /^[\p{L}\p{N}]+$/u;

function quote(lexeme: string): string {
  return `'${lexeme}'`;
}

function wordOperand(word: string, analysis: Map<string, WordAnalysis>): string | null {
  const a = analysis.get(word);
  if (!a) return null;
  const alternatives = new Set([
    ...a.lexemes.filter((l) => LEXEME.test(l)).map(quote),
    ...a.nameLexemes.filter((l) => LEXEME.test(l)).map(quote),
  ]);
  if (alternatives.size === 0) return null;
  return alternatives.size === 1 ? [...alternatives][0]! : `(${[...alternatives].join(" | ")})`;
}

function termOperand(term: Term, analysis: Map<string, WordAnalysis>, phrases: boolean): string | null {
  if (!term.phrase) return wordOperand(term.words[0]!, analysis);
  if (!phrases) {
    const operands = term.words.map((w) => wordOperand(w, analysis)).filter((o): o is string => o !== null);
    return operands.length ? `(${operands.join(" & ")})` : null;
  }
  // Stop words (в, и, по) have no lexeme; the words around them keep their distance, as phraseto_tsquery does.
  let out = "";
  let gap = 1;
  for (const word of term.words) {
    const operand = wordOperand(word, analysis);
    if (operand === null) {
      if (out) gap++;
      continue;
    }
    out = out ? `${out} ${gap === 1 ? "<->" : `<${gap}>`} ${operand}` : operand;
    gap = 1;
  }
  return out ? `(${out})` : null;
}

/**
 * The parsed query as tsquery text for `$1::tsquery` (lexemes verbatim, never re-parsed), or null when
 * nothing searchable is left (only stop words, only punctuation, only exclusions). Built only from
 * lexemes made of letters and digits, so its syntax is always valid whatever was typed. With
 * `phrases: false` a phrase asks only for its words, in any order: what the GIN index answers without
 * reading documents. An excluded phrase is then left out, since excluding its words would exclude more.
 */
export function buildTsquery(q: ParsedQuery, analysis: Map<string, WordAnalysis>, phrases = true): string | null {
  const groups = q.all
    .map((group) => {
      const operands = [...new Set(group.map((t) => termOperand(t, analysis, phrases)).filter((o): o is string => o !== null))];
      return operands.length > 1 ? `(${operands.join(" | ")})` : (operands[0] ?? null);
    })
    .filter((g): g is string => g !== null);
  if (groups.length === 0) return null;
  const excluded = q.none
    .filter((t) => phrases || !t.phrase)
    .map((t) => termOperand(t, analysis, phrases))
    .filter((o): o is string => o !== null);
  return [...groups, ...excluded.map((o) => `!${o}`)].join(" & ");
}
