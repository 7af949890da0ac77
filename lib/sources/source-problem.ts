import { FetchPageError, type FetchProblem } from "@/lib/fetch-page/fetch-page-error";
import { UnreadableArticleError, type UnreadableProblem } from "@/lib/importer/parse/unreadable-article-error";

/** Why a poll or an item failed or was skipped, as data (stored as JSON, said in the editor's language
 *  by lib/actions/sources/source-problem-message.ts). */
export type SourceProblem =
  | { kind: "fetch"; fetch: FetchProblem }
  | { kind: "importer"; importer: UnreadableProblem }
  | { kind: "malformed-feed"; detail: string }
  | { kind: "no-feed" }
  | { kind: "robots" }
  | { kind: "internal"; message: string };

/** Thrown by the pipeline's own steps with a problem already in words. */
export class SourceError extends Error {
  constructor(readonly problem: SourceProblem) {
    super(problem.kind);
    this.name = "SourceError";
  }
}

/** Any error of a poll or an item as a problem; an unexpected one keeps its first line. */
export function problemOf(error: unknown): SourceProblem {
  if (error instanceof SourceError) return error.problem;
  if (error instanceof FetchPageError) return { kind: "fetch", fetch: error.problem };
  if (error instanceof UnreadableArticleError) return { kind: "importer", importer: error.problem };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "internal", message: message.split("\n")[0]?.slice(0, 300) ?? "unknown error" };
}

/** A problem the next attempt may not have (the site down, slow, or answering 5xx): worth a retry. */
export function isPassing(problem: SourceProblem): boolean {
  if (problem.kind === "internal") return true;
  if (problem.kind !== "fetch") return false;
  const f = problem.fetch;
  return f.kind === "timeout" || f.kind === "network" || f.kind === "dns" || (f.kind === "http-status" && (f.status >= 500 || f.status === 429));
}
