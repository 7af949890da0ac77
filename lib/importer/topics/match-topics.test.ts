import { describe, expect, it } from "vitest";
import { matchTopics, TOPICS, topicsPerSentence } from ".";

describe("topic taxonomy", () => {
  it("has at least 30 topics with unique slugs, labels and phrasings", () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(TOPICS.map((t) => t.slug)).size).toBe(TOPICS.length);
    for (const t of TOPICS) expect(t.ru && t.en && t.phrasings.length > 0).toBeTruthy();
  });
});

describe("matchTopics", () => {
  it.each([
    ["обсудили поставки критических минералов", "critical-minerals"],
    ["уделили внимание критическим минералам", "critical-minerals"],
    ["рынок критически важных полезных ископаемых", "critical-minerals"],
    ["добыча редкоземельных металлов", "critical-minerals"],
    ["участие в Совете мира", "board-of-peace"],
    ["отмена поправки Джексона – Вэника", "trade-status-jackson-vanik"],
    ["режим постоянных нормальных торговых отношений", "trade-status-jackson-vanik"],
    ["контакты между законодательными органами", "inter-parliamentary"],
    ["расширение межпарламентского взаимодействия", "inter-parliamentary"],
    ["по вопросам региональной и глобальной безопасности", "regional-security"],
    ["по вопросам региональной и глобальной безопасности", "global-security"],
    ["развитие Среднего коридора", "transport-corridors"],
    ["в формате «С5+1»", "c5-plus-1"],
    ["Саммит G20 в Майами", "g20"],
    ["сотрудничество в области искусственного интеллекта", "digital-ai"],
    ["внедрение технологий улавливания углерода", "climate"],
  ])("%s → %s", (text, slug) => {
    expect(matchTopics(text)).toContain(slug);
  });
  it("does not take the conjunction и for the abbreviation ИИ", () => {
    expect(matchTopics("Казахстан и США и Канада")).not.toContain("digital-ai");
    expect(matchTopics("развитие ИИ")).toContain("digital-ai");
  });
  it("does not read a visit (визит, which stems like визы) as visas, nor a sum of money as investment projects", () => {
    expect(matchTopics("речь шла о предстоящем визите госсекретаря в Астану")).toEqual([]);
    expect(matchTopics("упрощение визовых процедур и срок действия виз")).toContain("visas-consular");
    expect(matchTopics("торговля превысила 4 млрд долларов")).not.toContain("investment-projects");
  });
  it("leaves the words of people's titles out (a minister of energy met is not energy discussed)", () => {
    const text = "Он встретился с министром энергетики США Крисом Райтом и обсудил критические минералы.";
    const start = text.indexOf("министром");
    const [topics] = topicsPerSentence([{ part: "body", paragraph: 0, start: 0, text }], [{ sentence: 0, start, end: text.indexOf(" Крисом") }]);
    expect(topics).toEqual(["critical-minerals"]);
    expect(matchTopics(text)).toContain("energy");
  });
  it("leaves out the event a meeting was held beside, up to the next punctuation", () => {
    const sentence = (text: string) => topicsPerSentence([{ part: "body", paragraph: 0, start: 0, text }])[0];
    expect(sentence("На полях Генеральной Ассамблеи ООН министр встретился с коллегой и обсудил энергетику.")).toEqual(["energy"]);
    expect(sentence("В кулуарах форума по энергетике, на котором обсуждались санкции, прошла встреча.")).toEqual(["sanctions"]);
    expect(sentence("Министры обсудили роль ООН в регионе.")).toEqual(["united-nations"]);
  });
  it("does not skip a preposition inside a phrasing's gap", () => {
    expect(matchTopics("обсудили вопросы региональной и глобальной безопасности")).toContain("regional-security");
    expect(matchTopics("приняли участие в региональной конференции по водной безопасности")).not.toContain("regional-security");
  });
  it("finds nothing in a sentence without a topic", () => {
    expect(matchTopics("Стороны договорились продолжить контакты.")).toEqual([]);
  });
});
