/** What an editor's form can say in its own language; every other reason is shown as written. */
export type UnreadableProblem = { kind: "header-date"; value: string };

/** A file the importer cannot read as an article of this genre. `reason` is shown to the person who
 *  ran the import, so it says in words what is wrong (the CLI prefixes the file name). */
export class UnreadableArticleError extends Error {
  readonly reason: string;
  readonly problem: UnreadableProblem | null;

  constructor(reason: string, problem: UnreadableProblem | null = null) {
    super(`unreadable article: ${reason}`);
    this.name = "UnreadableArticleError";
    this.reason = reason;
    this.problem = problem;
  }
}
