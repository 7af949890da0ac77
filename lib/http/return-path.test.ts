import { describe, expect, it } from "vitest";
import { returnPath } from "./return-path";

describe("returnPath (the language switch's way back)", () => {
  const host = "chronicle.example";
  it("returns to a page of this site, with its query", () => {
    expect(returnPath("https://chronicle.example/officials/ermek-kosherbayev?page=2", host)).toBe("/officials/ermek-kosherbayev?page=2");
    expect(returnPath("http://chronicle.example/", host)).toBe("/");
  });

  it("never to another host, whatever the Referer's path or host says", () => {
    for (const referer of [
      "https://chronicle.example//evil.example/x",
      "https://chronicle.example/\\evil.example/x",
      "https://chronicle.example/%2F%2Fevil.example",
      "https://evil.example/officials",
      "https://chronicle.example.evil.example/",
      "javascript:alert(1)",
      "not a url",
    ]) {
      const path = returnPath(referer, host);
      expect(path.startsWith("/"), referer).toBe(true);
      expect(new URL(path, "https://chronicle.example").host, referer).toBe(host);
    }
    expect(returnPath("https://chronicle.example//evil.example/x", host)).toBe("/");
    expect(returnPath(null, host)).toBe("/");
  });
});
