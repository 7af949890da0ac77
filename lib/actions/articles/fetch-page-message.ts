import type { FetchProblem } from "@/lib/fetch-page/fetch-page-error";
import type { Messages } from "@/lib/i18n/messages";

type Texts = Messages["admin"]["errors"]["fetch"];

/** Why a page could not be added, in the interface language. */
export function fetchPageMessage(problem: FetchProblem, t: Texts): string {
  switch (problem.kind) {
    case "bad-url":
      return t.badUrl;
    case "private-address":
      return t.privateAddress(problem.host);
    case "dns":
      return t.dns(problem.host);
    case "timeout":
      return t.timeout(problem.seconds);
    case "too-large":
      return t.tooLarge(Math.round(problem.limitBytes / (1024 * 1024)));
    case "too-many-redirects":
      return t.tooManyRedirects(problem.limit);
    case "http-status":
      return t.httpStatus(problem.status);
    case "not-html":
      return t.notHtml;
    case "network":
      return t.network;
    case "no-article":
      return t.noArticle;
    case "too-complex":
      return t.tooComplex;
  }
}
