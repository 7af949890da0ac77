import type { CountryCode } from "@/lib/importer/types";

/** A ministry's field as position keys write it (after министр/министра/министерства), in English,
 *  for "Ministry of … of <country>". A field not listed gets no English name rather than a guess. */
export const MINISTRY_FIELDS_EN: Record<string, string> = {
  "иностранных дел": "Foreign Affairs",
  "экологии и природных ресурсов": "Ecology and Natural Resources",
  "экологии": "Ecology",
  "торговли и интеграции": "Trade and Integration",
  "торговли": "Trade",
  "сельского хозяйства": "Agriculture",
  "энергетики": "Energy",
  "промышленности и строительства": "Industry and Construction",
  "промышленности и инфраструктурного развития": "Industry and Infrastructure Development",
  "культуры и информации": "Culture and Information",
  "информации и общественного развития": "Information and Social Development",
  "здравоохранения": "Health",
  "цифрового развития, инноваций и аэрокосмической промышленности": "Digital Development, Innovation and Aerospace Industry",
  "обороны": "Defence",
  "финансов": "Finance",
  "экономики": "Economy",
  "экономики и финансов": "Economy and Finance",
  "национальной экономики": "National Economy",
  "юстиции": "Justice",
  "внутренних дел": "Internal Affairs",
  "просвещения": "Education",
  "образования": "Education",
  "образования и науки": "Education and Science",
  "науки и высшего образования": "Science and Higher Education",
  "транспорта": "Transport",
  "труда и социальной защиты населения": "Labour and Social Protection of the Population",
  "водных ресурсов и ирригации": "Water Resources and Irrigation",
  "туризма и спорта": "Tourism and Sports",
  "культуры и спорта": "Culture and Sports",
  "по чрезвычайным ситуациям": "Emergency Situations",
  "инвестиций и развития": "Investment and Development",
};

/** Where a country's ministry of a field has a name of its own: the US departments (the Russian press
 *  writes "министр торговли США"; the ministry of foreign affairs there is the State Department). */
export const MINISTRY_NAMES: Partial<Record<CountryCode, Record<string, { ru: string; en: string }>>> = {
  US: {
    "иностранных дел": { ru: "Государственный департамент США", en: "U.S. Department of State" },
    "торговли": { ru: "Министерство торговли США", en: "U.S. Department of Commerce" },
    "энергетики": { ru: "Министерство энергетики США", en: "U.S. Department of Energy" },
    "финансов": { ru: "Министерство финансов США", en: "U.S. Department of the Treasury" },
    "сельского хозяйства": { ru: "Министерство сельского хозяйства США", en: "U.S. Department of Agriculture" },
    // The Department of Defense took "Department of War" as a second name in 2025: one department.
    "обороны": { ru: "Министерство обороны США", en: "U.S. Department of Defense" },
    "войны": { ru: "Министерство обороны США", en: "U.S. Department of Defense" },
    "здравоохранения и социальных служб": { ru: "Министерство здравоохранения и социальных служб США", en: "U.S. Department of Health and Human Services" },
    "внутренней безопасности": { ru: "Министерство внутренней безопасности США", en: "U.S. Department of Homeland Security" },
    "юстиции": { ru: "Министерство юстиции США", en: "U.S. Department of Justice" },
    "внутренних дел": { ru: "Министерство внутренних дел США", en: "U.S. Department of the Interior" },
    "образования": { ru: "Министерство образования США", en: "U.S. Department of Education" },
    "труда": { ru: "Министерство труда США", en: "U.S. Department of Labor" },
    "транспорта": { ru: "Министерство транспорта США", en: "U.S. Department of Transportation" },
  },
  GB: {
    "иностранных дел": { ru: "Министерство иностранных дел Великобритании", en: "Foreign, Commonwealth and Development Office" },
  },
};
