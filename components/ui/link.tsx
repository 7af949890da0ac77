import NextLink from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { getLocale } from "@/lib/i18n/locale";
import { localePath } from "@/lib/i18n/locale-path";
import type { Locale } from "@/lib/i18n/messages";

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: string; locale?: Locale };

/**
 * A link to a page of the archive, in the edition being read: `href="/officials"` on an English page
 * goes to `/en/officials`. Components write the unprefixed path; files, the API and the editors' area
 * pass through unchanged. Server components only (client components use `localePath` with `usePageLocale`).
 *
 * A caller that has the page's `locale` passes it, and the link renders at once; without it the link
 * asks the request for it, which makes it an async component — React then sends it as a chunk of its own
 * in the page's payload. Lists of hundreds of links pass it: on the timeline the deferred links were a
 * fifth of the payload's rows and a promise each on every render.
 */
export function Link({ href, locale, ...props }: LinkProps): ReactNode | Promise<ReactNode> {
  if (locale) return <NextLink href={localePath(locale, href)} {...props} />;
  return getLocale().then((l) => <NextLink href={localePath(l, href)} {...props} />);
}
