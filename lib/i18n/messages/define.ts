/** Turns literal string types into `string` (and keeps functions and nesting), so English must have
 * exactly the keys and shapes Russian has without having to repeat Russian's wording. */
export type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Shape<R>
    : T extends readonly (infer U)[]
      ? readonly Shape<U>[]
      : { readonly [K in keyof T]: Shape<T[K]> };

/** One area's interface text in both languages; English is checked against Russian's shape. */
export function defineMessages<const R extends object>(ru: R, en: Shape<R>): { ru: Shape<R>; en: Shape<R> } {
  // Russian is the reference shape itself; widening its literals to string is safe.
  return { ru: ru as unknown as Shape<R>, en };
}
