/** Interface text. Article text is never translated; only the frame around it. */
export const messages = {
  ru: {
    siteName: "Хроника",
    tagline: "Архив казахстанско-американской дипломатии",
    navTimeline: "Хронология",
    navOfficials: "Официальные лица",
    navTopics: "Темы",
    skipToContent: "Перейти к содержанию",
    switchLanguage: "English",
    switchLanguageLabel: "Switch to English",
    footer: "Хроника — встречи официальных лиц Казахстана и США по материалам русскоязычной прессы.",
    timelineTitle: "Встречи",
    timelineEmpty: "Встреч пока нет. Импортируйте статьи командой npm run import.",
    dateUnknown: "дата не установлена",
    sources: (n: number) => `${n} ${plural(n, "источник", "источника", "источников")}`,
    kind: { meeting: "встреча", talks: "переговоры", conference: "конференция", visit: "визит", call: "телефонный разговор", signing: "подписание" },
    status: { held: "состоялась", planned: "запланирована" },
  },
  en: {
    siteName: "Chronicle",
    tagline: "An archive of Kazakhstan–US diplomacy",
    navTimeline: "Timeline",
    navOfficials: "Officials",
    navTopics: "Topics",
    skipToContent: "Skip to content",
    switchLanguage: "Русский",
    switchLanguageLabel: "Переключить на русский",
    footer: "Chronicle — meetings of Kazakhstan and US officials, from Russian-language news.",
    timelineTitle: "Meetings",
    timelineEmpty: "No meetings yet. Import articles with npm run import.",
    dateUnknown: "date unknown",
    sources: (n: number) => `${n} ${n === 1 ? "source" : "sources"}`,
    kind: { meeting: "meeting", talks: "talks", conference: "conference", visit: "visit", call: "phone call", signing: "signing" },
    status: { held: "held", planned: "planned" },
  },
} as const;

export type Locale = keyof typeof messages;
export type Messages = (typeof messages)[Locale];
export const locales = Object.keys(messages) as Locale[];
export const defaultLocale: Locale = "ru";

function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}
