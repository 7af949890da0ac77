import { defineMessages } from "./define";

/** The relationship in numbers (/numbers). */
export const numbers = defineMessages(
  {
    title: "Казахстан и США в цифрах",
    description: "Встречи официальных лиц Казахстана и США по годам: по видам, по уровню участников, состоявшиеся и запланированные, главные темы.",
    lead: "Каждая цифра — ссылка на эти встречи в хронологии. Год считается по дате встречи.",
    year: "Год",
    total: "Всего",
    byKindTitle: "Встречи по видам",
    byKindCaption: "Встречи по годам: всего, состоявшиеся, запланированные и по видам",
    byLevelTitle: "Встречи по уровню",
    byLevelCaption: "Встречи по годам и по высшему уровню их участников",
    levelNote:
      "Уровень встречи — высшая должность за столом: главы государств и правительств, затем министры (с заместителями и госсекретарями), парламентарии (сенаторы, конгрессмены, депутаты), послы и посланники; остальные — «другие».",
    level: { head: "Главы государств", minister: "Министры", parliament: "Парламент", ambassador: "Послы", other: "Другие" },
    topicsTitle: "Главные темы года",
    topicsCaption: "Три темы, которые чаще всего обсуждались на встречах каждого года",
    topics: "Темы",
    noTopics: "тем не отмечено",
    undated: (n: string) => `Ещё ${n} без даты в таблицы не вошли.`,
    empty: "В архиве пока нет датированных встреч.",
    scrollHint: "Таблица прокручивается вбок",
  },
  {
    title: "Kazakhstan–US in numbers",
    description: "Meetings of Kazakhstan and US officials per year: by kind, by the level of those taking part, held and planned, and the main topics.",
    lead: "Every number links to those meetings on the timeline. A year is the meeting's date.",
    year: "Year",
    total: "Total",
    byKindTitle: "Meetings by kind",
    byKindCaption: "Meetings per year: in all, held, planned and by kind",
    byLevelTitle: "Meetings by level",
    byLevelCaption: "Meetings per year by the highest level of those taking part",
    levelNote:
      "A meeting's level is the highest post at the table: heads of state and government, then ministers (with their deputies and secretaries of state), members of parliament (senators, congressmen, deputies), ambassadors and envoys; everyone else is “other”.",
    level: { head: "Heads of state", minister: "Ministers", parliament: "Parliament", ambassador: "Ambassadors", other: "Other" },
    topicsTitle: "Main topics of the year",
    topicsCaption: "The three topics most often discussed at each year's meetings",
    topics: "Topics",
    noTopics: "no topics marked",
    undated: (n: string) => `${n} more without a date are not in the tables.`,
    empty: "The archive has no dated meetings yet.",
    scrollHint: "The table scrolls sideways",
  },
);
