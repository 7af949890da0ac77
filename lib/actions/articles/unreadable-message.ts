import type { Messages } from "@/lib/i18n/messages";
import type { UnreadableProblem } from "@/lib/importer/parse/unreadable-article-error";

type Errors = Messages["admin"]["errors"];

/** Why the importer refused a text, in the interface language: the importer's own reasons are English. */
export function unreadableMessage(problem: UnreadableProblem, errors: Errors): string {
  switch (problem.kind) {
    case "too-complex":
      return errors.tooComplex(problem.seconds);
    case "too-long":
      return errors.textTooLong(problem.size, problem.limit);
    case "header-date":
      return errors.unreadable(errors.badHeaderDate(problem.value));
    case "header-url":
      return errors.unreadable(errors.badHeaderUrl(problem.value));
    case "empty":
      return errors.unreadable(errors.unreadableEmpty);
    case "binary":
      return errors.unreadable(errors.unreadableBinary);
    case "not-utf8":
      return errors.unreadable(errors.unreadableNotUtf8);
    case "not-russian":
      return errors.unreadable(errors.unreadableNotRussian);
    case "no-running-text":
      return errors.unreadable(errors.unreadableNoRunningText);
    case "off-topic":
      return errors.unreadable(errors.unreadableOffTopic);
    case "no-body":
      return errors.unreadable(errors.unreadableNoBody);
  }
}
