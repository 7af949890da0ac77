import { internalError } from "@/lib/api/errors";
import { CORS_HEADERS } from "@/lib/api/http";

/** A chunk of a download: text, or text already encoded as UTF-8 (the CSV formatting thread's). */
export type Chunk = string | Uint8Array;

/**
 * Text chunks from an async source as a byte stream that reads the next chunk only when the consumer
 * asks for it (pull), so a slow download holds one batch in memory, not the whole export. Closing the
 * download early stops the source (its `finally` blocks run). A source that fails errors the stream,
 * which Next turns into an aborted response (no final chunk), so a client can tell a cut download from
 * a complete one.
 */
export function textStream(
  source: AsyncIterator<Chunk>,
  onError: (error: unknown) => void,
  first?: Chunk,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const bytes = (chunk: Chunk) => (typeof chunk === "string" ? encoder.encode(chunk) : chunk);
  let pending = first;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (pending !== undefined) {
          controller.enqueue(bytes(pending));
          pending = undefined;
          return;
        }
        try {
          const { value, done } = await source.next();
          if (done) controller.close();
          else controller.enqueue(bytes(value));
        } catch (error) {
          onError(error);
          controller.error(error);
        }
      },
      async cancel() {
        await source.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

/**
 * A streamed download (export, calendar) with CORS. Its sources write nothing before their first
 * database read, and that first chunk is read here before the status is chosen: a database that cannot
 * answer gives a 500 (never a 200 with an empty file); a failure after that aborts the stream.
 */
export async function streamedResponse(
  source: AsyncIterable<Chunk>,
  { contentType, disposition, cacheControl, where }: { contentType: string; disposition: string; cacheControl: string; where: string },
): Promise<Response> {
  const iterator = source[Symbol.asyncIterator]();
  let first: IteratorResult<Chunk>;
  try {
    first = await iterator.next();
  } catch (error) {
    return internalError(error, where);
  }
  const onError = (error: unknown) => console.error(`[open-data] ${where} failed mid-stream:`, error);
  const body = first.done ? textStream(iterator, onError) : textStream(iterator, onError, first.value);
  return new Response(body, {
    headers: {
      ...CORS_HEADERS,
      "Content-Type": contentType,
      "Content-Disposition": disposition,
      "Cache-Control": cacheControl,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
