/** Title phrases of the posts in `CuratedOfficial.posts`, shared by the people who held them (the
 *  syntax is described at `CuratedPost.titles`). */

// Kazakhstan
export const PRESIDENT = ["президент", "глава государства", "!первый президент", "!елбасы"];
export const FIRST_PRESIDENT = ["первый президент", "елбасы", "лидер нации"];
export const PRIME_MINISTER = ["премьер-министр", "премьер", "глава правительства"];
/** Not `заместитель премьер-министра – министр …`: the ministry says more. */
export const DEPUTY_PRIME_MINISTER = ["заместитель премьер-министра", "вице-премьер", "!– министр"];
export const FOREIGN_MINISTER = [
  "министр иностранных дел",
  "министр индел",
  "глава мид",
  "руководитель мид",
  "глава … внешнеполитического ведомства",
  "руководитель … внешнеполитического ведомства",
];
export const DEPUTY_FOREIGN_MINISTER = ["заместитель министра иностранных дел", "вице-министр иностранных дел", "замминистра иностранных дел", "заместитель главы мид"];
/** A Kazakh envoy's post in Washington. */
export const AMBASSADOR_TO_US = ["посол … в сша", "посол … в соединенных штатах", "посол … при сша"];
export const AMBASSADOR_TO_RUSSIA = ["посол … в россии", "посол … в российской федерации", "посол … в рф"];
export const UN_REPRESENTATIVE = ["постоянный представитель … при оон", "постоянный представитель … в оон", "постпред … при оон", "постпред … в оон", "посол … при оон", "посол … в оон", "постоянный представитель … объединенных наций"];
export const SENATE_CHAIR = ["председатель сената", "спикер сената"];
export const MAZHILIS_CHAIR = ["председатель мажилиса", "спикер мажилиса"];
export const HEAD_OF_ADMINISTRATION = ["руководитель администрации", "глава администрации"];
/** Kazakhstan's state secretary, not the combined `государственный секретарь – министр иностранных дел`. */
export const STATE_SECRETARY = ["государственный секретарь", "госсекретарь", "!министр иностранных дел"];
export const KNB_CHAIR = ["председатель комитета национальной безопасности", "председатель кнб", "глава кнб"];
export const NATIONAL_BANK_CHAIR = ["председатель национального банка", "председатель нацбанка", "глава нацбанка", "глава национального банка"];
export const DEFENCE_MINISTER = ["министр обороны", "глава минобороны"];
export const FINANCE_MINISTER = ["министр финансов", "глава минфина"];
export const TRADE_AND_INTEGRATION_MINISTER = ["министр торговли и интеграции"];
export const NATIONAL_ECONOMY_MINISTER = ["министр национальной экономики"];
export const ENERGY_MINISTER = ["министр энергетики", "глава минэнерго", "!министр энергетики и минеральных ресурсов"];
export const KMG_HEAD = ["… казмунайгаз*", "… кмг"];
export const AKIM_OF_ALMATY = ["аким … алматы", "аким южной столицы"];
export const AKIM_OF_ASTANA = ["аким … астаны", "аким … нур-султана", "аким столицы"];
export const akimOf = (region: string): string[] => [`аким ${region}`];

// The United States
export const US_PRESIDENT = ["президент"];
export const VICE_PRESIDENT = ["вице-президент"];
export const SECRETARY_OF_STATE = [
  "государственный секретарь",
  "госсекретарь",
  "глава госдепартамента",
  "глава госдепа",
  "руководитель госдепартамента",
  "министр иностранных дел сша",
  "глава … внешнеполитического ведомства",
];
/** The deputy secretary, not an under secretary (`заместитель госсекретаря по политическим вопросам`). */
export const DEPUTY_SECRETARY_OF_STATE = ["заместитель государственного секретаря", "заместитель госсекретаря", "замгоссекретаря", "!по"];
export const UNDER_SECRETARY_FOR_POLITICAL_AFFAIRS = ["заместитель … по политическим вопросам"];
export const SENATOR = ["сенатор*"];
export const CIA_DIRECTOR = ["директор цру", "глава цру", "руководитель цру", "директор центрального разведывательного управления"];
export const NATIONAL_SECURITY_ADVISER = ["советник … по национальной безопасности", "помощник … по национальной безопасности", "!заместитель", "!вице-президента"];
export const DEFENSE_SECRETARY = ["министр обороны", "глава пентагона", "шеф пентагона", "глава минобороны"];
export const CENTCOM_COMMANDER = ["командующий … центрального командования", "командующий … центком*", "глава центком*"];
export const GOVERNOR = ["губернатор"];
/** A US envoy's post at the UN. */
export const US_UN_AMBASSADOR = UN_REPRESENTATIVE;
