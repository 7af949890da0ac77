import { stat, readdir } from "node:fs/promises";
import path from "node:path";

export class MissingPathError extends Error {
  override name = "MissingPathError";
}

/**
 * The article files named by the arguments: files as given, folders as their *.txt files (recursively,
 * sorted by name so runs are repeatable). Yields one at a time so a large corpus is never held whole.
 */
export async function* listArticleFiles(paths: string[]): AsyncGenerator<string> {
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) throw new MissingPathError(`${given}: no such file or folder`);
    if (info.isDirectory()) yield* walk(given);
    else yield given;
  }
}

async function* walk(folder: string): AsyncGenerator<string> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && entry.name.endsWith(".txt")) yield full;
  }
}

/** How many files `listArticleFiles` will yield (names only; for progress and ETA). */
export async function countArticleFiles(paths: string[]): Promise<number> {
  let n = 0;
  for await (const file of listArticleFiles(paths)) n += file ? 1 : 0;
  return n;
}
