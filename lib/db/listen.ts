import pg from "pg";

export interface ChangeListener {
  /** True while LISTEN holds on a live connection: only then is every change heard. */
  readonly listening: boolean;
  close(): Promise<void>;
}

interface ListenOptions {
  connectionString: string;
  channel: string;
  /** A notification arrived: something committed a change. */
  onChange: () => void;
  /** LISTEN began or ended (connected, or the connection dropped and notifications may have been missed). */
  onListeningChange: (listening: boolean) => void;
  log?: (line: string) => void;
  /** How often the connection is proved alive (a half-open TCP connection reports nothing by itself). */
  heartbeatMs?: number;
}

/** The channel chronicle_notify_change (prisma/sql-objects) notifies when what readers see has changed. */
export const CONTENT_CHANNEL = "chronicle_content";

const RETRY_MS = [250, 500, 1000, 2000, 5000];

/**
 * LISTEN on a dedicated connection (a pooled one would be handed to other work and lose it), kept
 * up for the life of the process: when the connection drops, or a heartbeat goes unanswered, the
 * listener says it is no longer listening and reconnects with growing pauses.
 */
export function listenForChanges(o: ListenOptions): ChangeListener {
  const heartbeatMs = o.heartbeatMs ?? 5000;
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let attempt = 0;
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  const setListening = (value: boolean) => {
    if (listening === value) return;
    listening = value;
    o.onListeningChange(value);
  };

  const drop = (reason: string) => {
    clearInterval(heartbeat);
    const dead = client;
    client = null;
    dead?.removeAllListeners();
    dead?.on("error", () => {}); // a late socket error from the dead connection is already handled
    void dead?.end().catch(() => {});
    setListening(false);
    if (closed) return;
    const pause = RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]!;
    o.log?.(`change listener: ${reason}; reconnecting in ${pause} ms`);
    retry = setTimeout(connect, pause);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: o.connectionString, keepAlive: true, application_name: "chronicle-listener" });
    client = next;
    next.on("error", (error) => drop(error.message));
    next.on("end", () => client === next && drop("connection ended"));
    next.on("notification", (message) => message.channel === o.channel && o.onChange());
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(o.channel)}`);
    } catch (error) {
      if (client === next) drop(error instanceof Error ? error.message : String(error));
      return;
    }
    if (client !== next || closed) return;
    attempt = 0;
    setListening(true);
    // Dropped only after three intervals without an answer: a busy event loop runs timers before it
    // reads sockets, so one late answer is not a dead connection.
    let unanswered = 0;
    heartbeat = setInterval(() => {
      if (++unanswered > 3) return drop("heartbeat unanswered");
      next.query("SELECT 1").then(() => (unanswered = 0), () => {});
    }, heartbeatMs);
  };

  void connect();
  return {
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const last = client;
      client = null;
      setListening(false);
      await last?.end().catch(() => {});
    },
  };
}
