/** The id of a part of an article page, as Evidence.paragraph numbers it: -2 title, -1 lead, else body. */
export function paragraphId(paragraph: number): string {
  return paragraph === -2 ? "p-title" : paragraph === -1 ? "p-lead" : `p-${paragraph}`;
}

/** Characters with a meaning inside a text fragment directive, beyond what encodeURIComponent escapes. */
function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/**
 * A link to the paragraph that holds a quoted sentence, with a text fragment (`:~:text=start,end`) so
 * browsers that support it also highlight the sentence itself; the others just go to the paragraph.
 */
export function quoteHref(articleSlug: string, paragraph: number, sentence: string): string {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  const target = `/articles/${articleSlug}#${paragraphId(paragraph)}`;
  if (words.length === 0) return target;
  const fragment =
    words.length <= 8
      ? encodeFragmentPart(words.join(" "))
      : `${encodeFragmentPart(words.slice(0, 4).join(" "))},${encodeFragmentPart(words.slice(-3).join(" "))}`;
  return `${target}:~:text=${fragment}`;
}
