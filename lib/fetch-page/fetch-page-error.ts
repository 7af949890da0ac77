/** Why a page could not be fetched or read, as data: the editor's form says it in the interface
 *  language (lib/actions/articles/fetch-page-message.ts); `message` is for logs and the CLI. */
export type FetchProblem =
  | { kind: "bad-url" }
  | { kind: "private-address"; host: string }
  | { kind: "dns"; host: string }
  | { kind: "timeout"; seconds: number }
  | { kind: "too-large"; limitBytes: number }
  | { kind: "too-many-redirects"; limit: number }
  | { kind: "http-status"; status: number }
  | { kind: "not-html"; contentType: string }
  | { kind: "network" }
  | { kind: "no-article" }
  | { kind: "too-complex" };

export class FetchPageError extends Error {
  constructor(
    message: string,
    readonly problem: FetchProblem,
  ) {
    super(message);
    this.name = "FetchPageError";
  }
}
