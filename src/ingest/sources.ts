// Source files: which files a list of paths names, and reading and extracting one of them.
import { type Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { type ExtractedArticle } from "./extract.js";
import { MAX_SOURCE_BYTES } from "../limits.js";
import { decodeSource } from "./parse.js";

/**
 * Files and folders -> the source files in them (*.txt, sorted; symbolic links followed), files named
 * directly kept as given. Everything in a folder that is not read is passed to `onSkip` with the reason.
 */
export async function expandSources(
  paths: string[],
  onSkip: (path: string, reason: string) => void = () => {},
): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info)
      files.push(path); // reported as a failure when read
    else if (info.isDirectory()) {
      const inFolder: string[] = [];
      for (const entry of await readdir(path, { withFileTypes: true })) {
        const file = join(path, entry.name);
        const target = entry.isSymbolicLink() ? await stat(file).catch(() => null) : entry;
        if (!target) onSkip(file, "broken symbolic link");
        else if (target.isDirectory()) onSkip(file, "subfolder (folders are not read recursively)");
        else if (!target.isFile()) onSkip(file, "not a regular file");
        else if (!entry.name.endsWith(".txt")) onSkip(file, "not a .txt file");
        else inFolder.push(file);
      }
      files.push(...inFolder.sort());
    } else files.push(path);
  }
  return files;
}

/**
 * The extractors and their vocabularies (~0.5 s to load), loaded by the first file this thread extracts: the CLI's
 * `ingest` extracts on its extraction thread, so its calling thread never loads them.
 */
let extractor: Promise<typeof import("./extract.js")> | undefined;

/** Reads and extracts one file; the failure message is the cause alone (the caller names the file). */
export async function extractFile(file: string): Promise<ExtractedArticle> {
  let info: Stats;
  let bytes: Buffer;
  try {
    // The size is checked before reading, so a folder of huge files never fills the memory.
    info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: "EISDIR" });
    if (info.size > MAX_SOURCE_BYTES) {
      throw new Error(
        `the file is ${(info.size / 1024 / 1024).toFixed(1)} MB; a source text may be at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB`,
      );
    }
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code) throw e;
    throw new Error(
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : `cannot be read (${code})`,
    );
  }
  extractor ??= import("./extract.js");
  const { extractArticle } = await extractor;
  return extractArticle(decodeSource(bytes), basename(file), new Date(), info.mtime);
}

/** One file's extraction: the article, or why it failed (the cause alone; the caller names the file). */
export type FileResult = { article: ExtractedArticle } | { error: string };

/** Files read concurrently while extracting (bounded: a source file may be up to 1 MB). */
const READ_AHEAD = 32;

/** Reads and extracts files (READ_AHEAD read at a time), each result in the order of `files`. */
export async function extractFiles(files: string[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (let i = 0; i < files.length; i += READ_AHEAD) {
    const chunk = await Promise.allSettled(files.slice(i, i + READ_AHEAD).map((file) => extractFile(file)));
    for (const r of chunk) {
      results.push(r.status === "fulfilled" ? { article: r.value } : { error: message(r.reason) });
    }
  }
  return results;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
