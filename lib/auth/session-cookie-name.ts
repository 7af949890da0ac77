/** The session cookie's name, apart from next/headers so the proxy can import it. */
export const SESSION_COOKIE = "chronicle_session";
