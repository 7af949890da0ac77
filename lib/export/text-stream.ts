import { CORS_HEADERS } from "@/lib/api/http";

/**
 * Text chunks from an async source as a byte stream that reads the next chunk only when the consumer
 * asks for it (pull), so a slow download holds one batch in memory, not the whole export. Closing the
 * download early stops the source (its `finally` blocks run).
 */
export function textStream(source: AsyncIterable<string>, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          onError(error);
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

/** A streamed download (export, calendar) with CORS; errors after the headers went out are logged. */
export function streamedResponse(
  source: AsyncIterable<string>,
  { contentType, disposition, cacheControl, where }: { contentType: string; disposition: string; cacheControl: string; where: string },
): Response {
  const body = textStream(source, (error) => console.error(`[open-data] ${where} failed mid-stream:`, error));
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
