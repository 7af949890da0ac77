/** Why a text is refused, as data: the editor's form says it in the interface language
 *  (lib/actions/articles/unreadable-message.ts), the CLI prints `reason`. */
export type UnreadableProblem =
  | { kind: "empty" }
  | { kind: "binary" }
  | { kind: "not-utf8" }
  | { kind: "not-russian" }
  | { kind: "no-running-text" }
  | { kind: "off-topic" }
  | { kind: "no-body" }
  | { kind: "header-date"; value: string }
  | { kind: "header-url"; value: string }
  | { kind: "too-long"; size: number; unit: "bytes" | "characters"; limit: number }
  | { kind: "too-complex"; seconds: number };

/** A file the importer cannot read as an article of this genre. `reason` is shown to the person who
 *  ran the import, so it says in words what is wrong (the CLI prefixes the file name). */
export class UnreadableArticleError extends Error {
  readonly reason: string;
  readonly problem: UnreadableProblem;

  constructor(reason: string, problem: UnreadableProblem) {
    super(`unreadable article: ${reason}`);
    this.name = "UnreadableArticleError";
    this.reason = reason;
    this.problem = problem;
  }
}
