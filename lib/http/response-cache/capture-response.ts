import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

export interface CapturedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

type Write = (chunk?: unknown, ...rest: unknown[]) => unknown;

/**
 * Copies what is written to `response` while it streams to the client, and hands the whole answer to
 * `done` when it has been sent — or null when it grew past `maxBytes` or the client went away first.
 * Installed before anything else wraps `write`/`end`, so it sees the bytes as they go to the socket.
 */
export function captureResponse(response: ServerResponse, maxBytes: number, done: (captured: CapturedResponse | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let finished = false;
  const record = (chunk: unknown, encoding: unknown) => {
    if (overflow || chunk == null || typeof chunk === "function") return;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size > maxBytes) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(bytes);
  };
  for (const name of ["write", "end"] as const) {
    const original = response[name] as Write;
    (response as unknown as Record<string, Write>)[name] = (chunk?: unknown, ...rest: unknown[]) => {
      record(chunk, rest[0]);
      return original.call(response, chunk, ...rest);
    };
  }
  const finish = (captured: CapturedResponse | null) => {
    if (finished) return;
    finished = true;
    done(captured);
  };
  response.once("finish", () => finish(overflow ? null : { status: response.statusCode, headers: response.getHeaders(), body: Buffer.concat(chunks) }));
  response.once("close", () => finish(null));
}
