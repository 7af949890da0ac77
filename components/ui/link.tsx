import NextLink from "next/link";
import type { ComponentProps } from "react";
import { getLocale } from "@/lib/i18n/locale";
import { localePath } from "@/lib/i18n/locale-path";

/**
 * A link to a page of the archive, in the edition being read: `href="/officials"` on an English page
 * goes to `/en/officials`. Components write the unprefixed path; files, the API and the editors' area
 * pass through unchanged. Server components only (client components use `localePath` with `usePageLocale`).
 */
export async function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  return <NextLink href={localePath(await getLocale(), href)} {...props} />;
}
