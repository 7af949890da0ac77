export { parseArticle, type ParseResult } from "./parse-article";
export { UnreadableArticleError } from "./unreadable-article-error";
export { splitSentences } from "./split-sentences";
