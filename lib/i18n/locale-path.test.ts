import { describe, expect, it } from "vitest";
import { hasEditions, localePath, splitLocalePath } from "./locale-path";

describe("localePath", () => {
  it("puts English pages under /en and leaves Russian ones unprefixed", () => {
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("en", "/?topic=c5-1&page=2")).toBe("/en?topic=c5-1&page=2");
    expect(localePath("en", "/officials/yermek-kosherbayev")).toBe("/en/officials/yermek-kosherbayev");
    expect(localePath("en", "/meetings/6#sources")).toBe("/en/meetings/6#sources");
    expect(localePath("en", "/api")).toBe("/en/api");
    expect(localePath("ru", "/officials")).toBe("/officials");
  });

  it("leaves the editors' area, the API, files and other hosts alone", () => {
    for (const path of ["/admin", "/admin/audit", "/api/v1/meetings", "/meetings/feed.xml", "/export/meetings.csv?status=held", "/calendar.ics", "/icon.svg", "https://example.org/x", "//evil.example/x", "#main"]) {
      expect(hasEditions(path)).toBe(false);
      expect(localePath("en", path)).toBe(path);
    }
  });
});

describe("splitLocalePath", () => {
  it("reads the edition and the unprefixed path", () => {
    expect(splitLocalePath("/en")).toEqual({ locale: "en", path: "/" });
    expect(splitLocalePath("/en?q=1")).toEqual({ locale: "en", path: "/?q=1" });
    expect(splitLocalePath("/en/topics/c5-1")).toEqual({ locale: "en", path: "/topics/c5-1" });
    expect(splitLocalePath("/topics")).toEqual({ locale: "ru", path: "/topics" });
    expect(splitLocalePath("/english")).toEqual({ locale: "ru", path: "/english" });
  });

  it("round-trips with localePath", () => {
    for (const path of ["/", "/?kind=visit", "/search?q=Landau", "/articles/x"]) {
      expect(splitLocalePath(localePath("en", path))).toEqual({ locale: "en", path });
    }
  });
});
