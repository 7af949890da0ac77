import { lstat, readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import path from "node:path";

/** A file to import, or a path that cannot be read, with the reason (shown beside the path). */
export type ListedPath = { file: string; problem?: undefined } | { file: string; problem: string };

/**
 * The article files named by the arguments: files as given, folders as their *.txt files (recursively,
 * sorted by name so runs are repeatable). Symbolic links are followed, to files and to folders; a path
 * that cannot be read (missing, a symlink loop, a link to nothing) is yielded with its problem and the
 * listing goes on, so one bad argument does not lose the others' results. Yields one at a time so a
 * large corpus is never held whole.
 */
export async function* listArticleFiles(paths: string[]): AsyncGenerator<ListedPath> {
  for (const given of paths) {
    const info = await statOrProblem(given);
    if (typeof info === "string") yield { file: given, problem: info };
    else if (info.isDirectory()) yield* walk(given, new Set());
    else yield { file: given };
  }
}

/** `seen`: the real paths of the folders above this one, so a link back up is a loop, not a endless walk. */
async function* walk(folder: string, seen: Set<string>): AsyncGenerator<ListedPath> {
  const real = await realpath(folder);
  if (seen.has(real)) {
    yield { file: folder, problem: "symlink loop (a link back to a folder above it)" };
    return;
  }
  const inside = new Set(seen).add(real);
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(full, inside);
    else if (entry.isFile()) {
      if (entry.name.endsWith(".txt")) yield { file: full };
    } else if (entry.isSymbolicLink()) {
      const target = await statOrProblem(full);
      if (typeof target === "string") {
        if (entry.name.endsWith(".txt")) yield { file: full, problem: target };
      } else if (target.isDirectory()) yield* walk(full, inside);
      else if (target.isFile() && entry.name.endsWith(".txt")) yield { file: full };
    }
  }
}

/** What the path leads to after its links, or why it leads nowhere. */
async function statOrProblem(file: string): Promise<Stats | string> {
  try {
    return await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return "symlink loop";
    if (code === "ENOENT") {
      const link = await lstat(file).catch(() => null);
      return link?.isSymbolicLink() ? "symlink to a file or folder that does not exist" : "no such file or folder";
    }
    if (code === "EACCES") return "permission denied";
    return (error as Error).message;
  }
}

/** How many files `listArticleFiles` will yield (names only; for progress and ETA). */
export async function countArticleFiles(paths: string[]): Promise<number> {
  let n = 0;
  for await (const listed of listArticleFiles(paths)) n += listed.problem ? 0 : 1;
  return n;
}
