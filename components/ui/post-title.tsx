import { postInEnglish } from "@/lib/i18n/post-in-english";
import type { Locale } from "@/lib/i18n/messages";

/** A person's post in the page's language: in English by rule when the post's words allow
 *  (lib/i18n/post-in-english.ts), otherwise as the press wrote it, marked as Russian. */
export function PostTitle({ post, locale }: { post: string; locale: Locale }) {
  const english = locale === "en" ? postInEnglish(post) : null;
  return english ? <span>{english}</span> : <span lang={locale === "ru" ? undefined : "ru"}>{post}</span>;
}
