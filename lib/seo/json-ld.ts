/**
 * A schema.org object as the text of a `<script type="application/ld+json">`. JSON may contain `</script>`
 * or `<!--` inside strings (an article title can say anything), so every `<`, `>` and `&` is written as a
 * Unicode escape, which JSON parsers read back unchanged and HTML parsers never see as markup; so are the
 * line separators JavaScript once treated as line ends.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
