import { describe, expect, it } from "vitest";
import { formDataToObject } from "./form-data";

describe("formDataToObject", () => {
  it("nests dotted names, lists repeated names and drops Next's own fields", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("title", "Встреча");
    form.append("participants.0.officialId", "7");
    form.append("participants.0.position", "министр");
    form.append("participants.1.officialId", "9");
    form.append("topicIds", "1");
    form.append("topicIds", "3");
    expect(formDataToObject(form)).toEqual({
      title: "Встреча",
      participants: { 0: { officialId: "7", position: "министр" }, 1: { officialId: "9" } },
      topicIds: ["1", "3"],
    });
  });

  it("never writes to the object prototype", () => {
    const form = new FormData();
    form.append("__proto__.polluted", "yes");
    form.append("a.constructor.prototype.polluted", "yes");
    const out = formDataToObject(form);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual([]);
  });
});
