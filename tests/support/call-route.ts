type Handler<P> = (request: Request, context: { params: Promise<P> }) => Response | Promise<Response>;

/** Calls a route handler the way Next does: a Request for the URL and the dynamic segments as params. */
export function callRoute<P extends Record<string, string>>(
  handler: Handler<P>,
  url: string,
  { params = {} as P, headers = {} }: { params?: P; headers?: Record<string, string> } = {},
) {
  return Promise.resolve(handler(new Request(new URL(url, "http://chronicle.test"), { headers }), { params: Promise.resolve(params) }));
}
