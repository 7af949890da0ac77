import { boundedMemo } from "./bounded-memo";

const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и",
};

/** Folds Kazakh letters to their Russian press equivalents (Тоқаев → Токаев). */
export function foldKazakh(text: string): string {
  return text.replace(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g, (ch) => {
    const lower = KAZAKH_TO_RUSSIAN[ch.toLowerCase()] ?? ch;
    return ch === ch.toLowerCase() ? lower : lower.toUpperCase();
  });
}

/** A key equal for spelling variants of one person's name, for identity across articles:
 *  Тлеуберди/Тлеуберды, Дэйнс/Дейнс, ё/е, final й/и, Касым-Жомарт/Касым Жомарт, doubled letters
 *  (Хегсет/Хегсетт), soft/hard signs, Kazakh letters. Not for display. */
export const sameOfficialKey: (name: string) => string = boundedMemo(computeKey);

function computeKey(name: string): string {
  return foldKazakh(name)
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/э/g, "е")
    .replace(/[ьъ]/g, "")
    .replace(/[-‐‑–—\s]+/g, " ")
    .replace(/[.'’]/g, "")
    .replace(/й/g, "и")
    .replace(/ы(?=\s|$)/g, "и")
    .replace(/(\p{L})\1+/gu, "$1")
    .trim();
}
