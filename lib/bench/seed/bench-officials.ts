import { declineGiven, declineSurname } from "@/lib/importer/extract/people/declension";
import { genderOfName } from "@/lib/importer/extract/people/name-forms";
import { latinName, nameForms, sameOfficialKey } from "@/lib/importer/extract/people";
import { slugify } from "@/lib/text/slugify";
import { PEOPLE } from "../people-pool";
import { pick, random } from "../generate-article";

/** An official of the benchmark archive, stored the way the importer stores one (case forms, Latin
 *  spelling, match key), with the forms the article composer writes. */
export interface BenchOfficial {
  nameRu: string;
  nameLatin: string;
  slug: string;
  matchKey: string;
  surname: string;
  country: "KZ" | "US" | "GB" | "UZ";
  /** Every form the importer would store: case forms of the full name and of the surname. */
  forms: string[];
  nom: string;
  gen: string;
  ins: string;
  title: { nom: string; gen: string; ins: string };
}

const KZ_MALE = ["Ермек", "Нурлан", "Серик", "Бауыржан", "Ерлан", "Асет", "Канат", "Данияр", "Марат", "Аскар", "Арман", "Болат", "Даурен", "Ержан", "Кайрат", "Талгат", "Азамат", "Олжас", "Мухтар", "Жандос", "Бахыт", "Рустем", "Тимур", "Алмас"];
const KZ_FEMALE = ["Айгуль", "Дана", "Асель", "Гульнара", "Жанар", "Салтанат", "Динара", "Камила", "Мадина", "Арайлым"];
const KZ_ROOTS = ["Жаксылык", "Есим", "Садык", "Тулеу", "Бекмурат", "Омарбек", "Кенжебай", "Нурпеис", "Абдраим", "Сыздык", "Тажибай", "Ахметжан", "Мусабай", "Балтабай", "Ергали", "Кайырбек", "Смагул", "Жумабай", "Исатай", "Калиакпар", "Орынбас", "Турсынбай", "Шалабай", "Утемис", "Ибрай", "Дуйсенбай", "Кудайберген", "Бектас", "Амангельды", "Сарсенбай"];
const US_MALE = ["Джон", "Майкл", "Дэвид", "Роберт", "Джеймс", "Уильям", "Ричард", "Томас", "Чарльз", "Кристофер", "Дэниел", "Мэттью", "Эндрю", "Джошуа", "Кевин", "Брайан", "Джордж", "Эдвард", "Рональд", "Тимоти"];
const US_FEMALE = ["Мэри", "Патрисия", "Дженнифер", "Линда", "Элизабет", "Барбара", "Сьюзан", "Джессика", "Сара", "Карен", "Нэнси", "Лиза", "Бетти", "Сандра"];
const US_SURNAMES = ["Смит", "Джонсон", "Браун", "Миллер", "Уилсон", "Мур", "Тейлор", "Андерсон", "Джексон", "Уайт", "Харрис", "Мартин", "Томпсон", "Робинсон", "Кларк", "Льюис", "Уокер", "Холл", "Аллен", "Янг", "Кинг", "Райт", "Скотт", "Грин", "Бейкер", "Адамс", "Нельсон", "Хилл", "Кэмпбелл", "Митчелл", "Робертс", "Картер", "Филлипс", "Эванс", "Тернер", "Паркер", "Коллинз", "Эдвардс", "Стюарт", "Моррис"];

const KZ_TITLES: [string, string, string][] = [
  ["министр иностранных дел Казахстана", "министра иностранных дел Казахстана", "министром иностранных дел Казахстана"],
  ["заместитель министра иностранных дел Казахстана", "заместителя министра иностранных дел Казахстана", "заместителем министра иностранных дел Казахстана"],
  ["посол Казахстана в США", "посла Казахстана в США", "послом Казахстана в США"],
  ["министр энергетики Казахстана", "министра энергетики Казахстана", "министром энергетики Казахстана"],
  ["министр торговли и интеграции Казахстана", "министра торговли и интеграции Казахстана", "министром торговли и интеграции Казахстана"],
  ["депутат Мажилиса", "депутата Мажилиса", "депутатом Мажилиса"],
  ["аким Алматы", "акима Алматы", "акимом Алматы"],
  ["председатель правления АО «Самрук-Казына»", "председателя правления АО «Самрук-Казына»", "председателем правления АО «Самрук-Казына»"],
];
const US_TITLES: [string, string, string][] = [
  ["сенатор", "сенатора", "сенатором"],
  ["член Палаты представителей США", "члена Палаты представителей США", "членом Палаты представителей США"],
  ["помощник госсекретаря США", "помощника госсекретаря США", "помощником госсекретаря США"],
  ["посол США в Казахстане", "посла США в Казахстане", "послом США в Казахстане"],
  ["заместитель министра торговли США", "заместителя министра торговли США", "заместителем министра торговли США"],
  ["специальный представитель президента США", "специального представителя президента США", "специальным представителем президента США"],
];

/**
 * `count` officials: the people of the import benchmark's pool first (the best known, so the most
 * mentioned), then invented Kazakh and American officials. Deterministic for a given count.
 */
export function benchOfficials(count: number): BenchOfficial[] {
  const rnd = random(4242);
  const out = new Map<string, BenchOfficial>();
  for (const p of PEOPLE) {
    const country = p.side === "KZ" ? "KZ" : p.side === "US" ? "US" : p.nom.includes("Саидов") ? "UZ" : "GB";
    out.set(p.nom, build(p.nom, country, [p.title.nom, p.title.gen, p.title.ins]));
  }
  for (let attempts = 0; out.size < count && attempts < count * 20; attempts++) {
    const kz = rnd() < 0.55;
    const female = rnd() < 0.25;
    let name: string;
    if (kz) {
      const root = pick(rnd, KZ_ROOTS);
      const suffix = /[йь]$/.test(root) ? "ев" : /[аеиоуыэюя]$/.test(root) ? "ев" : "ов";
      name = `${pick(rnd, female ? KZ_FEMALE : KZ_MALE)} ${root.replace(/[йь]$/, "")}${suffix}${female ? "а" : ""}`;
    } else {
      name = `${pick(rnd, female ? US_FEMALE : US_MALE)} ${pick(rnd, US_SURNAMES)}`;
    }
    if (out.has(name)) continue;
    out.set(name, build(name, kz ? "KZ" : "US", pick(rnd, kz ? KZ_TITLES : US_TITLES)));
  }
  return [...out.values()].slice(0, count);
}

function build(nameRu: string, country: BenchOfficial["country"], title: [string, string, string]): BenchOfficial {
  const gender = genderOfName(nameRu);
  const parts = nameRu.split(" ");
  const surnameForms = declineSurname(parts.at(-1) as string, gender);
  const givenForms = parts.slice(0, -1).map((g) => declineGiven(g, gender));
  const full = (c: "gent" | "ablt") => [...givenForms.map((g) => g[c]), surnameForms[c]].join(" ");
  const nameLatin = latinName(nameRu);
  return {
    nameRu,
    nameLatin,
    slug: slugify(nameLatin, 60),
    matchKey: sameOfficialKey(nameRu),
    surname: (parts.at(-1) as string).toLowerCase(),
    country,
    forms: nameForms(nameRu, gender),
    nom: nameRu,
    gen: full("gent"),
    ins: full("ablt"),
    title: { nom: title[0], gen: title[1], ins: title[2] },
  };
}
