import { describe, expect, it } from "vitest";
import { routeEdition } from "./edition-routing";

const get = (pathname: string, more: { search?: string; cookie?: string; acceptLanguage?: string; method?: string } = {}) =>
  routeEdition({ method: more.method ?? "GET", pathname, search: more.search ?? "", cookie: more.cookie, acceptLanguage: more.acceptLanguage ?? null });

describe("routeEdition", () => {
  it("serves /en/… in English from the unprefixed route, whatever the cookie says", () => {
    expect(get("/en")).toEqual({ kind: "serve", path: "/", locale: "en" });
    expect(get("/en/meetings/6", { cookie: "ru" })).toEqual({ kind: "serve", path: "/meetings/6", locale: "en" });
  });

  it("serves unprefixed pages in Russian to Russian readers and to first visitors who prefer Russian", () => {
    expect(get("/officials")).toEqual({ kind: "serve", path: "/officials", locale: "ru" });
    expect(get("/officials", { acceptLanguage: "ru-RU,en;q=0.5" })).toEqual({ kind: "serve", path: "/officials", locale: "ru" });
    // The cookie beats the browser: a reader who switched to Russian stays there.
    expect(get("/officials", { cookie: "ru", acceptLanguage: "en-US" })).toEqual({ kind: "serve", path: "/officials", locale: "ru" });
  });

  it("redirects to the English edition a reader whose cookie says English, or a first visitor whose browser prefers it", () => {
    expect(get("/topics/c5-1", { cookie: "en" })).toEqual({ kind: "redirect", to: "/en/topics/c5-1" });
    expect(get("/", { search: "?kind=visit", acceptLanguage: "en-GB,en;q=0.9,ru;q=0.8" })).toEqual({ kind: "redirect", to: "/en?kind=visit" });
  });

  it("never redirects a form post, and leaves pages without editions in the cookie's language", () => {
    expect(get("/officials", { cookie: "en", method: "POST" })).toEqual({ kind: "serve", path: "/officials", locale: "ru" });
    expect(get("/admin/audit", { cookie: "en" })).toEqual({ kind: "serve", path: "/admin/audit", locale: "en" });
    expect(get("/meetings/feed.xml", { acceptLanguage: "en" })).toEqual({ kind: "serve", path: "/meetings/feed.xml", locale: "ru" });
    expect(get("/api/v1/meetings", { cookie: "en" })).toEqual({ kind: "serve", path: "/api/v1/meetings", locale: "en" });
  });
});
