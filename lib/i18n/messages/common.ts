import { en, ru } from "./counts";
import type { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import { defineMessages } from "./define";
import { icu } from "./icu";

const kindRu = { meeting: "встреча", talks: "переговоры", conference: "конференция", visit: "визит", call: "телефонный разговор", signing: "подписание" } as const;
const kindEn = { meeting: "meeting", talks: "talks", conference: "conference", visit: "visit", call: "phone call", signing: "signing" } as const;

// The status agrees with the kind's gender and number: «визит запланирован», «переговоры состоялись».
const stateRu = icu<{ kind: MeetingKind; status: MeetingStatus }>(
  "ru",
  "{status, select, held {{kind, select, talks {состоялись} visit {состоялся} call {состоялся} signing {состоялось} other {состоялась}}} " +
    "other {{kind, select, talks {запланированы} visit {запланирован} call {запланирован} signing {запланировано} other {запланирована}}}}",
);
// A planned meeting whose date passed with no report of it: «визит не подтверждён», «переговоры не подтверждены».
const unconfirmedRu = icu<{ kind: MeetingKind }>(
  "ru",
  "{kind, select, talks {не подтверждены} visit {не подтверждён} call {не подтверждён} signing {не подтверждено} other {не подтверждена}}",
);
const stateEn = icu<{ kind: MeetingKind; status: MeetingStatus }>("en", "{status, select, held {held} other {planned}}");

/** The frame every page shares: header, footer, meeting vocabulary. */
export const common = defineMessages(
  {
    siteName: "Хроника",
    tagline: "Архив казахстанско-американской дипломатии",
    navTimeline: "Хронология",
    navOfficials: "Официальные лица",
    navTopics: "Темы",
    navNetwork: "Связи",
    navMap: "Карта",
    navNumbers: "В цифрах",
    sortLabel: "Порядок",
    sort: { name: "по алфавиту", meetings: "по числу встреч", latest: "по последней встрече" },
    latestMeeting: (date: string) => `последняя — ${date}`,
    navLabel: "Разделы",
    searchLabel: "Поиск по архиву",
    searchPlaceholder: "Имя, тема или слова",
    searchSubmit: "Найти",
    skipToContent: "Перейти к содержанию",
    switchLanguage: "English",
    switchLanguageLabel: "Switch to English",
    footer: "Хроника — встречи официальных лиц Казахстана и США по материалам русскоязычной прессы.",
    footerEditors: "Для редакторов",
    dateUnknown: "дата не установлена",
    loading: "Загрузка…",
    sources: ru.sources,
    kind: kindRu,
    status: { held: "состоялась", planned: "запланирована" },
    /** A meeting's kind and status together, as its badge says them. */
    meetingState: (kind: MeetingKind, status: MeetingStatus) => `${kindRu[kind]} ${stateRu({ kind, status })}`,
    /** Beside the planned badge when its date passed unreported, agreeing with the kind: «(визит) не подтверждён». */
    meetingUnconfirmed: (kind: MeetingKind) => unconfirmedRu({ kind }),
  },
  {
    siteName: "Chronicle",
    tagline: "An archive of Kazakhstan–US diplomacy",
    navTimeline: "Timeline",
    navOfficials: "Officials",
    navTopics: "Topics",
    navNetwork: "Network",
    navMap: "Map",
    navNumbers: "In numbers",
    sortLabel: "Order",
    sort: { name: "A–Z", meetings: "by meetings", latest: "by latest meeting" },
    latestMeeting: (date: string) => `latest ${date}`,
    navLabel: "Sections",
    searchLabel: "Search the archive",
    searchPlaceholder: "Name, topic or words",
    searchSubmit: "Search",
    skipToContent: "Skip to content",
    switchLanguage: "Русский",
    switchLanguageLabel: "Переключить на русский",
    footer: "Chronicle — meetings of Kazakhstan and US officials, from Russian-language news.",
    footerEditors: "For editors",
    dateUnknown: "date unknown",
    loading: "Loading…",
    sources: en.sources,
    kind: kindEn,
    status: { held: "held", planned: "planned" },
    meetingState: (kind: MeetingKind, status: MeetingStatus) => `${kindEn[kind]} ${stateEn({ kind, status })}`,
    meetingUnconfirmed: () => "not confirmed",
  },
);
