"use client";

import { useSyncExternalStore } from "react";
import type { Locale } from "@/lib/i18n/messages";

const noSubscription = () => () => {};

/** The interface language in a client component that cannot read the cookie: the page's `<html lang>`
 *  (Russian while rendering on the server, which is the default anyway). */
export function usePageLocale(): Locale {
  const lang = useSyncExternalStore(noSubscription, () => document.documentElement.lang, () => "ru");
  return lang === "en" ? "en" : "ru";
}
