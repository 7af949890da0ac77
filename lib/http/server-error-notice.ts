import type { IncomingMessage, ServerResponse } from "node:http";
import { hasEditions, localePath, splitLocalePath } from "@/lib/i18n/locale-path";
import { timeline } from "@/lib/i18n/messages/timeline";

/**
 * When a page fails while rendering, Next answers 500 with an empty document and leaves the message to
 * the browser (app/error.tsx runs only with JavaScript). Without JavaScript the reader saw a blank page
 * with a title. The front door (scripts/serve.ts) puts this notice right after `<body>` of such an
 * answer, in the reader's language. With JavaScript, Next renders its error page into the document
 * from scratch (createRoot, not hydration), and React clears the body first: the notice goes away.
 */
const BODY = Buffer.from("<body>");

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function noticeHtml(locale: "ru" | "en"): string {
  const t = timeline[locale];
  return (
    `<main lang="${locale}" style="max-width:36rem;margin:4rem auto;padding:0 1rem;font-family:system-ui,sans-serif">` +
    `<h1>${escape(t.error.title)}</h1><p>${escape(t.error.text)}</p>` +
    `<p><a href="">${escape(t.error.retry)}</a> · <a href="${localePath(locale, "/")}">${escape(t.notFound.home)}</a></p></main>`
  );
}

/** The page's edition (`/en/…`), or for the editors' area the `lang` cookie, as the proxy decides. */
function localeOf(request: IncomingMessage): "ru" | "en" {
  const { locale, path } = splitLocalePath(request.url ?? "/");
  if (hasEditions(path)) return locale;
  return /(?:^|;\s*)lang=en(?:;|$)/.test(request.headers.cookie ?? "") ? "en" : "ru";
}

type Write = (chunk: unknown, ...rest: unknown[]) => unknown;

/**
 * Adds the notice to this response if it turns out to be a failed HTML page (status 5xx). Next's
 * compression replaces `write` and `end` after this runs and writes gzip through the ones it found;
 * so each is an accessor: whatever is installed later is wrapped too, and the notice goes into the
 * HTML before compression sees it (once; compressed bytes then pass untouched).
 */
export function withServerErrorNotice(request: IncomingMessage, response: ServerResponse): void {
  let pending = true;
  const withNotice = (chunk: unknown): unknown => {
    if (!pending || chunk == null || typeof chunk === "function") return chunk;
    if (response.statusCode < 500 || !String(response.getHeader("content-type") ?? "").startsWith("text/html")) {
      pending = false;
      return chunk;
    }
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    const at = bytes.indexOf(BODY);
    if (at < 0) return chunk;
    pending = false;
    if (!response.headersSent) response.removeHeader("content-length");
    return Buffer.concat([bytes.subarray(0, at + BODY.length), Buffer.from(noticeHtml(localeOf(request))), bytes.subarray(at + BODY.length)]);
  };
  for (const name of ["write", "end"] as const) {
    let installed = response[name] as Write;
    Object.defineProperty(response, name, {
      configurable: true,
      get() {
        const target = installed;
        return (chunk?: unknown, ...rest: unknown[]) => target.call(response, withNotice(chunk), ...rest);
      },
      set(fn: Write) {
        installed = fn;
      },
    });
  }
}
