/**
 * Bytes of an HTML page → text, in the charset the page declares: the Content-Type header first, then a
 * `<meta charset>` or `<meta http-equiv content="…; charset=…">` in its first kilobytes (where HTML
 * requires it to be), else UTF-8. Kazakh and Russian sites still serve windows-1251.
 */
export function decodeHtml(body: Uint8Array, contentType: string): string {
  const label = charsetOf(contentType) ?? metaCharset(body) ?? "utf-8";
  return decoderFor(label).decode(body);
}

function charsetOf(text: string): string | null {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(text)?.[1]?.toLowerCase() ?? null;
}

function metaCharset(body: Uint8Array): string | null {
  // Latin-1 maps each byte to one character: ASCII markup reads the same whatever the real charset.
  const head = Buffer.from(body.subarray(0, 4096)).toString("latin1");
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder("utf-8");
  }
}
