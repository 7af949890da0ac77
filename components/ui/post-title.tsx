import { postInEnglish } from "@/lib/i18n/post-in-english";
import type { Locale } from "@/lib/i18n/messages";

/** A person's post in the page's language: in English by rule when the post's words allow
 *  (lib/i18n/post-in-english.ts), otherwise as the press wrote it, marked as Russian on a page that is not. */
export function PostTitle({ post, locale }: { post: string; locale: Locale }) {
  if (locale === "ru") return post;
  return postInEnglish(post) ?? <span lang="ru">{post}</span>;
}
