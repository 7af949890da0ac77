import type { Messages } from "@/lib/i18n/messages";
import type { SourceProblem } from "@/lib/sources/source-problem";
import { fetchPageMessage } from "../articles/fetch-page-message";
import { unreadableMessage } from "../articles/unreadable-message";

/** Why a poll or an item failed, in the interface language: the fetch's and the importer's refusals
 *  are said as the Add by URL form says them. */
export function sourceProblemMessage(problem: SourceProblem, t: Messages): string {
  const p = t.polling.problem;
  switch (problem.kind) {
    case "fetch":
      return fetchPageMessage(problem.fetch, t.admin.errors.fetch);
    case "importer":
      return p.skipped(unreadableMessage(problem.importer, t.admin.errors));
    case "malformed-feed":
      return p.malformedFeed(problem.detail);
    case "no-feed":
      return p.noFeed;
    case "robots":
      return p.robots;
    case "internal":
      return p.internal(problem.message);
  }
}
