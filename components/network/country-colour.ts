/** The two sides' colours, the rest in grey: the classes fill circles and legend swatches alike, with
 *  enough contrast against the page in both schemes (globals.css). */
export function countryClass(code: string | null): string {
  if (code === "KZ") return "network-kz";
  if (code === "US") return "network-us";
  return code ? "network-other" : "network-none";
}
