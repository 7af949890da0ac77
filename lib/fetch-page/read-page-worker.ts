import { decodeHtml } from "./decode-html";
import { FetchPageError, type FetchProblem } from "./fetch-page-error";
import { readArticleHtml, type PageArticle } from "./read-article-html";

export interface ReadPageTask {
  body: Uint8Array;
  contentType: string;
  url: string;
}

export type ReadPageOutcome = { ok: true; page: PageArticle } | { ok: false; message: string; problem: FetchProblem };

/** One fetched page decoded and read, on a worker thread (the refusal travels back as data). */
export default function readPage({ body, contentType, url }: ReadPageTask): ReadPageOutcome {
  try {
    return { ok: true, page: readArticleHtml(decodeHtml(body, contentType), url) };
  } catch (error) {
    if (error instanceof FetchPageError) return { ok: false, message: error.message, problem: error.problem };
    throw error;
  }
}
