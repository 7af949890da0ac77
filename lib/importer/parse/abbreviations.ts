/** Abbreviations whose period never ends a sentence, even before a capital: `г-н Ландау`,
 *  `им. Аль-Фараби`, `Дж. Вэнс`, `т.е. Казахстан`. Ones like `млрд.` or `г.` need no entry: before a
 *  lowercase word nothing splits, and before a capital they usually do end the sentence (`в 2025 г. Это`). */
export const ABBREVIATIONS_ALWAYS = new Set([
  "им", "г-н", "г-жа", "гр", "проф", "акад", "докт", "ген", "тов", "т.е", "т.к", "т.н", "т.ч", "напр", "см",
  "Дж", "Вл", "Ал", "Св", "Mr", "Mrs", "Ms", "Dr", "St",
]);
