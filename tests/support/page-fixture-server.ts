import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";

const pages = path.resolve(import.meta.dirname, "../fixtures/pages");
export const page = (file: string) => readFileSync(path.join(pages, file), "utf8");

/** UTF-8 text → windows-1251 bytes (the letters these fixtures use), as old Kazakh and Russian sites serve. */
export function toWindows1251(text: string): Buffer {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, "«": 0xab, "»": 0xbb, "–": 0x96, "—": 0x97, "№": 0xb9 };
  return Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return special[c] ?? 0x3f;
    }),
  );
}

const html = "text/html; charset=utf-8";

/**
 * The pages and faults both fixture servers serve: articles in the shapes of three kinds of outlets (a
 * news agency, a portal that splits its text by <br>, a windows-1251 wire), a redirect loop, a 500, a
 * server that never answers, a body that trickles, a 50 MB body. False when `route` is none of them.
 */
export function answerFixture(route: string, res: http.ServerResponse, timers: Set<NodeJS.Timeout>): boolean {
  switch (route) {
    case "/ru/politics/koshherbaev-landau-tranzit":
      res.writeHead(200, { "content-type": html }).end(page("news-agency.html"));
      return true;
    case "/economy/kazakhstan-usa-tranzit":
      // Another outlet's copy of the story above (a reprint): one article with two pages.
      res.writeHead(200, { "content-type": html }).end(page("news-agency-reprint.html"));
      return true;
    case "/news/consultations":
      res.writeHead(200, { "content-type": html }).end(page("portal-br.html"));
      return true;
    case "/wire/tokayev-rubio":
      // The charset only in <meta http-equiv>, as such sites do.
      res.writeHead(200, { "content-type": "text/html" }).end(toWindows1251(page("wire-1251.html")));
      return true;
    case "/loop-a":
      res.writeHead(302, { location: "/loop-b" }).end();
      return true;
    case "/loop-b":
      res.writeHead(302, { location: "/loop-a" }).end();
      return true;
    case "/broken":
      res.writeHead(500, { "content-type": html }).end("<h1>Internal Server Error</h1>");
      return true;
    case "/hang":
      return true; // never answers
    case "/slow-body": {
      res.writeHead(200, { "content-type": html });
      res.write("<html><body><p>");
      const timer = setInterval(() => res.write("ж"), 200);
      timers.add(timer);
      res.on("close", () => clearInterval(timer));
      return true;
    }
    case "/huge": {
      // 50 MB in 64 KB chunks, no Content-Length: the cap must hold on the stream itself.
      res.writeHead(200, { "content-type": html });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => (sent = Infinity));
      pump();
      return true;
    }
    default:
      return false;
  }
}

/**
 * A web server of news-page fixtures and faults on 127.0.0.1 (a port of its own), started by the test
 * that needs it: articles in the shapes of three kinds of outlets, a windows-1251 page, and 404, 500, a
 * server that never answers, a body that trickles, a 50 MB body, a redirect loop, a PDF.
 */
export async function startPageFixtures(): Promise<{ origin: string; url: (p: string) => string; close: () => Promise<void> }> {
  const served = await serveFixtures((req, res, timers) => {
    const route = new URL(req.url ?? "/", "http://fixture").pathname;
    if (answerFixture(route, res, timers)) return;
    switch (route) {
      case "/listing":
        return res.writeHead(200, { "content-type": html }).end(page("no-article.html"));
      case "/redirect":
        return res.writeHead(302, { location: new URL(req.url ?? "/", "http://fixture").searchParams.get("to") ?? "/" }).end();
      case "/moved":
        return res.writeHead(301, { location: "/ru/politics/koshherbaev-landau-tranzit" }).end();
      case "/report.pdf":
        return res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
      default:
        return res.writeHead(404, { "content-type": html }).end("<h1>Страница не найдена</h1>");
    }
  });
  return { ...served, url: (p: string) => `${served.origin}${p}` };
}

/** A web server on 127.0.0.1 (a port of its own) for a test: `close` cuts open connections and the
 *  timers of trickling answers, so a test never waits on its own fixtures. */
export async function serveFixtures(
  handle: (req: http.IncomingMessage, res: http.ServerResponse, timers: Set<NodeJS.Timeout>) => void,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => handle(req, res, timers));
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const t of timers) {
        clearInterval(t);
        clearTimeout(t);
      }
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
