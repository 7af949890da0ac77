/**
 * The request a server action sees, for integration tests that call actions directly: cookies and
 * headers as next/headers would give them. Tests set `request` before each call.
 */
export const request = {
  cookies: new Map<string, string>(),
  headers: new Headers(),
};

export function sameSiteRequest(cookie?: string): void {
  request.cookies = new Map(cookie ? [["chronicle_session", cookie]] : []);
  request.headers = new Headers({
    host: "localhost:3000",
    "x-forwarded-host": "localhost:3000",
    "x-forwarded-proto": "http",
    "x-forwarded-for": "127.0.0.1",
    origin: "http://localhost:3000",
    "sec-fetch-site": "same-origin",
  });
}

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
  headers: async () => request.headers,
};

/** Where a redirect thrown by next/navigation points (its digest is `NEXT_REDIRECT;type;url;status;`). */
export function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? (digest.split(";")[2] ?? null) : null;
}
