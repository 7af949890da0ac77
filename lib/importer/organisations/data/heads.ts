/** Nouns that head an organisation's name, in the genitive a title puts them in (секретарь Совета
 *  безопасности РК), with the nominative and English word. Sub-units (департамент, управление, отдел)
 *  are left out: alone they name no organisation. Ministries have a rule of their own. */
export const ORGANISATION_HEADS: Record<string, { ru: string; en: string }> = {
  совета: { ru: "Совет", en: "Council" },
  комитета: { ru: "Комитет", en: "Committee" },
  комиссии: { ru: "Комиссия", en: "Commission" },
  агентства: { ru: "Агентство", en: "Agency" },
  службы: { ru: "Служба", en: "Service" },
  фонда: { ru: "Фонд", en: "Fund" },
  банка: { ru: "Банк", en: "Bank" },
  университета: { ru: "Университет", en: "University" },
  академии: { ru: "Академия", en: "Academy" },
  института: { ru: "Институт", en: "Institute" },
  центра: { ru: "Центр", en: "Centre" },
  администрации: { ru: "Администрация", en: "Administration" },
  правительства: { ru: "Правительство", en: "Government" },
  парламента: { ru: "Парламент", en: "Parliament" },
  палаты: { ru: "Палата", en: "Chamber" },
  суда: { ru: "Суд", en: "Court" },
  прокуратуры: { ru: "Прокуратура", en: "Prosecutor's Office" },
  казначейства: { ru: "Казначейство", en: "Treasury" },
  корпорации: { ru: "Корпорация", en: "Corporation" },
  компании: { ru: "Компания", en: "Company" },
  ассоциации: { ru: "Ассоциация", en: "Association" },
  бюро: { ru: "Бюро", en: "Bureau" },
};
