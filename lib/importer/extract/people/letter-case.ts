/** Gives `word` the capitalisation of `model` segment by segment (hyphen-separated):
 *  ("Вице-президентом", "вице-президент") → "Вице-президент". */
export function capitalizeLike(model: string, word: string): string {
  const modelParts = model.split("-");
  return word
    .split("-")
    .map((part, i) => {
      const m = modelParts[i] ?? modelParts[modelParts.length - 1] ?? "";
      if (m.length > 1 && m === m.toUpperCase()) return part.toUpperCase();
      const first = m.charAt(0);
      return first && first === first.toUpperCase() && first !== first.toLowerCase()
        ? part.charAt(0).toUpperCase() + part.slice(1)
        : part;
    })
    .join("-");
}

export function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
