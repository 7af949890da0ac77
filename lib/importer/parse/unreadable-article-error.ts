/** A file the importer cannot read as an article of this genre. `reason` is shown to the person who
 *  ran the import, so it says in words what is wrong (the CLI prefixes the file name). */
export class UnreadableArticleError extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(`unreadable article: ${reason}`);
    this.name = "UnreadableArticleError";
    this.reason = reason;
  }
}
