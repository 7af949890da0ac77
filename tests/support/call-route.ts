type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

/** Calls a route handler the way Next does: a Request for the URL and the dynamic segments as params. */
export function callRoute(handler: Handler, url: string, { params = {}, headers = {} }: { params?: Record<string, string>; headers?: Record<string, string> } = {}) {
  return Promise.resolve(handler(new Request(new URL(url, "http://chronicle.test"), { headers }), { params: Promise.resolve(params) }));
}
