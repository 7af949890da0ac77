import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** What `ImageResponse` takes for a font. */
export interface CardFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: "normal";
}

/** The family list the card asks for: each subset under a name of its own, so that the renderer falls
 *  back from one to the other glyph by glyph (under one shared name it drew Cyrillic as empty boxes). */
export const CARD_FONT = "PT Serif Latin, PT Serif Cyrillic";

/** PT Serif (ParaType's Cyrillic-first serif, shipped as an npm package: nothing is fetched at run time):
 *  the Latin and Cyrillic files of each weight. */
const FILES = ["latin-400", "cyrillic-400", "latin-700", "cyrillic-700"] as const;

let loaded: Promise<CardFont[]> | null = null;

export function cardFonts(): Promise<CardFont[]> {
  loaded ??= load().catch((error: unknown) => {
    loaded = null; // a failed read is retried by the next card, not remembered
    throw error;
  });
  return loaded;
}

async function load(): Promise<CardFont[]> {
  // From the project root, where `npm start` runs: the server bundle's own `require.resolve` gives module
  // ids, not paths.
  const dir = path.join(process.cwd(), "node_modules", "@fontsource", "pt-serif", "files");
  return Promise.all(
    FILES.map(async (file) => {
      const bytes = await readFile(path.join(dir, `pt-serif-${file}-normal.woff`));
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const name = file.startsWith("latin") ? "PT Serif Latin" : "PT Serif Cyrillic";
      return { name, data, weight: file.endsWith("700") ? 700 : 400, style: "normal" } satisfies CardFont;
    }),
  );
}
