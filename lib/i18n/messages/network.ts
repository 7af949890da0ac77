import { en, ru } from "./counts";
import { defineMessages } from "./define";

/** The network of officials (/network) and its link from an official's page. */
export const network = defineMessages(
  {
    title: "Кто с кем встречался",
    description: "Сеть официальных лиц Казахстана и США: кто с кем встречался и как часто. Фильтры — как у хронологии.",
    lead: "Кружок — официальное лицо: чем больше встреч, тем он крупнее; цвет — страна. Линия соединяет тех, кто был на одной встрече, и тем толще, чем чаще.",
    shown: (n: number, total: number) => `На схеме: ${n} из ${total} — участники с наибольшим числом встреч по выбранным фильтрам.`,
    figureLabel: (n: number) => `Схема связей между ${n} официальными лицами. Те же данные — в таблице пар ниже.`,
    legend: "Страна",
    otherCountries: "другие страны",
    noCountry: "страна не указана",
    meetings: ru.meetings,
    pairsTitle: "Пары",
    pairsCaption: "Кто с кем встречался: пары среди участников на схеме, по числу общих встреч",
    columns: { first: "Официальное лицо", second: "С кем", meetings: "Встречи", latest: "Последняя" },
    pairsMore: (n: number) => `Показаны первые ${n} пар.`,
    empty: "По этим фильтрам нет встреч, где было бы два участника или больше.",
    onNetwork: "Его связи на схеме",
    undated: "без даты",
  },
  {
    title: "Who met whom",
    description: "The network of Kazakh and US officials: who met whom and how often. Filtered like the timeline.",
    lead: "A circle is an official: the more meetings, the larger; its colour is the country. A line joins those who were at the same meeting, the thicker the more often.",
    shown: (n: number, total: number) => `Drawn: ${n} of ${total} — the participants with most meetings under the chosen filters.`,
    figureLabel: (n: number) => `Network of ${n} officials. The same data is in the table of pairs below.`,
    legend: "Country",
    otherCountries: "other countries",
    noCountry: "country unknown",
    meetings: en.meetings,
    pairsTitle: "Pairs",
    pairsCaption: "Who met whom: pairs among the officials drawn, by meetings together",
    columns: { first: "Official", second: "Met", meetings: "Meetings", latest: "Latest" },
    pairsMore: (n: number) => `The first ${n} pairs are shown.`,
    empty: "No meetings with two participants or more under these filters.",
    onNetwork: "Their connections on the network",
    undated: "undated",
  },
);
