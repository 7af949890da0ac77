import { AsyncResource } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { matchesIfNoneMatch } from "@/lib/api/http";
import { cacheKey } from "./cache-key";
import { acceptsGzip, type CachedEntry, freshCopy, toCachedEntry } from "./cached-entry";
import { captureResponse } from "./capture-response";

/** Tells tests and operators how an answer was made: `hit`, `miss` (rendered, may be kept) or `bypass`. */
export const CACHE_HEADER = "x-chronicle-cache";

interface Options {
  maxBytes: number;
  /** Answers larger than this are sent but not kept (an eighth of the cache by default). */
  maxEntryBytes?: number;
  /** Readers waiting for another reader's render of the same page render it themselves after this. */
  waitMs?: number;
  /**
   * Renders for the cache run this many at a time, the rest in arrival order: 200 renders at once
   * each hold a page's tree in memory and finish no sooner than one after another would (Node renders
   * on one thread), while the queue keeps memory flat and lets the first pages be kept early.
   */
  maxRenders?: number;
  /** Today's date (UTC, YYYY-MM-DD); a test sets the clock. */
  today?: () => string;
}

/**
 * Anonymous readers' answers (cache-key.ts says which), kept in memory up to a byte budget, least
 * recently used out first. It serves only while `enabled` — while this process hears every change
 * (the database listener is connected) — and is emptied by `clear()` whenever anything commits a
 * change. Concurrent misses for one page wait for the first reader's render rather than render it
 * again. A render that was under way when the cache was cleared may have read the old data, so it is
 * not kept (each clear starts a new generation).
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedEntry>;
  private readonly rendering = new Map<string, Promise<CachedEntry | null>>();
  private readonly maxEntryBytes: number;
  private readonly waitMs: number;
  private readonly maxRenders: number;
  private readonly queue: (() => void)[] = [];
  private activeRenders = 0;
  private generation = 0;
  private on = false;
  private readonly today: () => string;
  private day: string;

  constructor(o: Options) {
    this.maxEntryBytes = o.maxEntryBytes ?? Math.floor(o.maxBytes / 8);
    this.waitMs = o.waitMs ?? 30_000;
    this.maxRenders = o.maxRenders ?? 4;
    this.today = o.today ?? (() => new Date().toISOString().slice(0, 10));
    this.day = this.today();
    this.entries = new LRUCache<string, CachedEntry>({ maxSize: o.maxBytes, sizeCalculation: (entry) => entry.size });
  }

  get enabled(): boolean {
    return this.on;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize };
  }

  /** Off while changes might go unheard; either way what was kept may be stale, so it goes. */
  setEnabled(on: boolean): void {
    this.on = on;
    this.clear();
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.rendering.clear();
  }

  /** Answers from the cache, or calls `render` (Next's handler) and keeps what it sends if it may. */
  handle(request: IncomingMessage, response: ServerResponse, render: () => void): void {
    // Pages also change with the date alone: a planned meeting whose day has passed turns «не
    // подтверждён» with no write to announce it (lib/queries/meetings/follow-ups.ts). A new UTC day
    // empties the cache, as a change would.
    if (this.today() !== this.day) {
      this.day = this.today();
      this.clear();
    }
    const key = cacheKey(request);
    if (key === null || !this.on) {
      response.setHeader(CACHE_HEADER, "bypass");
      if (key === null) return render();
      // Readers still take turns while nothing may be kept: the crowd must not render all at once.
      return this.inTurn(() => {
        if (response.destroyed) return this.nextRender();
        response.once("close", () => this.nextRender());
        render();
      });
    }
    const entry = this.entries.get(key);
    if (entry) return send(entry, request, response);
    const pending = this.rendering.get(key);
    if (pending) {
      void pending.then((ready) => (ready ? send(ready, request, response) : this.renderAndKeep(key, request, response, render)));
      return;
    }
    this.renderAndKeep(key, request, response, render);
  }

  private renderAndKeep(key: string, request: IncomingMessage, response: ServerResponse, render: () => void): void {
    response.setHeader(CACHE_HEADER, "miss");
    if (request.method === "HEAD") return render(); // no body to keep
    let settle!: (entry: CachedEntry | null) => void;
    const pending = new Promise<CachedEntry | null>((resolve) => (settle = resolve));
    const stopWaiting = setTimeout(() => settle(null), this.waitMs);
    this.rendering.set(key, pending);
    const finish = (entry: CachedEntry | null) => {
      clearTimeout(stopWaiting);
      if (this.rendering.get(key) === pending) this.rendering.delete(key);
      settle(entry);
      this.nextRender();
    };
    this.inTurn(() => {
      if (response.destroyed) return finish(null); // the reader left while waiting
      const generation = this.generation;
      captureResponse(response, this.maxEntryBytes, (captured) => {
        const entry = captured && generation === this.generation ? toCachedEntry(captured) : null;
        if (entry) this.entries.set(key, entry);
        finish(entry);
      });
      // Kept bodies are uncompressed: the nonce is replaced in them byte for byte on every hit.
      delete request.headers["accept-encoding"];
      render();
    });
  }

  private inTurn(start: () => void): void {
    if (this.activeRenders < this.maxRenders) {
      this.activeRenders++;
      start();
      // A queued render is started by whichever request frees a turn: bound to its own request's
      // async context, it still reads where the front door sent that request (lib/db/read-db.ts).
    } else this.queue.push(AsyncResource.bind(start));
  }

  private nextRender(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.activeRenders--;
  }
}

function send(entry: CachedEntry, request: IncomingMessage, response: ServerResponse): void {
  const { headers, body } = freshCopy(entry, acceptsGzip(request.headers["accept-encoding"]));
  for (const [name, value] of headers) response.setHeader(name, value);
  response.setHeader(CACHE_HEADER, "hit");
  // The API's validators hold for the kept copy as they did for the render (lib/api/http.ts).
  const etag = response.getHeader("etag");
  if (typeof etag === "string" && matchesIfNoneMatch(request.headers["if-none-match"] ?? null, etag)) {
    response.statusCode = 304;
    return void response.end();
  }
  response.setHeader("content-length", body.reduce((sum, part) => sum + part.length, 0));
  response.statusCode = entry.status;
  if (request.method === "HEAD") return void response.end();
  response.cork();
  for (const part of body) response.write(part);
  response.end();
}
