import type { CuratedOfficial } from "./curated-official";

/** Leaders of neighbouring and other countries who meet both sides, and heads of international bodies. */
export const NEIGHBOURS: CuratedOfficial[] = [
  { name: "Владимир Путин", country: "RU" },
  { name: "Сергей Лавров", country: "RU" },
  { name: "Си Цзиньпин", latin: "Xi Jinping", country: "CN" },
  { name: "Ван И", latin: "Wang Yi", country: "CN" },
  { name: "Шавкат Мирзиёев", latin: "Shavkat Mirziyoyev", country: "UZ", terms: [[2016, 2030]] },
  { name: "Бахтиёр Саидов", latin: "Bakhtiyor Saidov", country: "UZ", terms: [[2022, 2030]] },
  { name: "Садыр Жапаров", latin: "Sadyr Japarov", country: "KG", terms: [[2020, 2030]] },
  { name: "Алмазбек Атамбаев", latin: "Almazbek Atambayev", country: "KG", terms: [[2010, 2017]] },
  { name: "Сооронбай Жээнбеков", latin: "Sooronbay Jeenbekov", country: "KG", terms: [[2016, 2020]] },
  { name: "Жээнбек Кулубаев", latin: "Jeenbek Kulubaev", country: "KG", terms: [[2020, 2030]] },
  { name: "Абдулазиз Камилов", latin: "Abdulaziz Kamilov", country: "UZ", terms: [[1994, 2003], [2012, 2022]] },
  { name: "Пан Ги Мун", latin: "Ban Ki-moon", country: null, terms: [[2007, 2016]] },
  { name: "Ислам Каримов", latin: "Islam Karimov", country: "UZ", terms: [[1991, 2016]] },
  { name: "Аскар Акаев", latin: "Askar Akayev", country: "KG", terms: [[1991, 2005]] },
  { name: "Курманбек Бакиев", latin: "Kurmanbek Bakiyev", country: "KG", terms: [[2005, 2010]] },
  { name: "Эмомали Рахмон", latin: "Emomali Rahmon", country: "TJ", aliases: ["Эмомали Рахмонов"] },
  { name: "Сердар Бердымухамедов", latin: "Serdar Berdimuhamedow", country: "TM", terms: [[2022, 2030]] },
  { name: "Ильхам Алиев", latin: "Ilham Aliyev", country: "AZ" },
  { name: "Реджеп Тайип Эрдоган", latin: "Recep Tayyip Erdoğan", country: "TR" },
  { name: "Антониу Гутерриш", latin: "António Guterres", country: null, aliases: ["Антониу Гутерреш"], terms: [[2017, 2030]] },
  { name: "Виктор Черномырдин", country: "RU", terms: [[1992, 1998]] },
  { name: "Ян Цзечи", country: "CN", terms: [[2007, 2013]] },
  { name: "Ху Цзиньтао", country: "CN", terms: [[2003, 2013]] },
];
