import { type Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { type PrismaClient } from "../db/client.js";
import { extractArticle, type ExtractedArticle } from "./extract.js";
import { MAX_SOURCE_BYTES } from "../limits.js";
import { decodeSource } from "./parse.js";
import { writeArticles, type IngestOutcome } from "./write.js";

export interface FileFailure {
  file: string;
  error: string;
}

export interface IngestSummary {
  ingested: number;
  updated: number;
  unchanged: number;
  /** Older versions of stored articles, not written (see writeArticles). */
  stale: number;
  failed: FileFailure[];
  warnings: Array<{ file: string; warning: string }>;
}

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
  return extractArticle(decodeSource(bytes), basename(file), new Date(), info.mtime);
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Files read concurrently while extracting (bounded: a source file may be up to 1 MB). */
const READ_AHEAD = 32;

/**
 * Extracts and stores files in batches. A batch is one transaction; if it fails, its articles are
 * retried one transaction each, so one bad article never keeps the others out and never half-writes.
 */
export async function ingestFiles(
  prisma: PrismaClient,
  files: string[],
  options: {
    batchSize?: number;
    /** Store every text even where a newer version of its article is stored. */
    force?: boolean;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 500;
  const summary: IngestSummary = { ingested: 0, updated: 0, unchanged: 0, stale: 0, failed: [], warnings: [] };
  const count = (outcomes: IngestOutcome[], files: string[]) => {
    outcomes.forEach((o, i) => {
      summary[o.status]++;
      if (o.status === "stale") {
        summary.warnings.push({
          file: files[i]!,
          warning: "not stored: a newer version of this article is stored (--force stores it anyway)",
        });
      }
    });
  };

  const extractBatch = async (batchFiles: string[]) => {
    const batch: Array<{ file: string; article: ExtractedArticle }> = [];
    // Reads overlap (READ_AHEAD files at a time); failures keep the order of the files.
    for (let i = 0; i < batchFiles.length; i += READ_AHEAD) {
      const chunk = batchFiles.slice(i, i + READ_AHEAD);
      const results = await Promise.allSettled(chunk.map((file) => extractFile(file)));
      results.forEach((result, j) => {
        const file = chunk[j]!;
        if (result.status === "fulfilled") {
          batch.push({ file, article: result.value });
          summary.warnings.push(...result.value.warnings.map((warning) => ({ file, warning })));
        } else summary.failed.push({ file, error: message(result.reason) });
      });
    }
    return batch;
  };
  const storeBatch = async (batch: Array<{ file: string; article: ExtractedArticle }>, done: number) => {
    try {
      count(
        await writeArticles(
          prisma,
          batch.map((b) => b.article),
          { force: options.force },
        ),
        batch.map((b) => b.file),
      );
    } catch {
      for (const { file, article } of batch) {
        try {
          count(await writeArticles(prisma, [article], { force: options.force }), [file]);
        } catch (e) {
          summary.failed.push({ file, error: `could not be stored: ${message(e).split("\n").at(-1)}` });
        }
      }
    }
    options.onProgress?.(done, files.length);
  };

  // The database stores batch n while this process extracts batch n+1 (two cores, two jobs).
  let storing: Promise<void> = Promise.resolve();
  for (let i = 0; i < files.length; i += batchSize) {
    const batch = await extractBatch(files.slice(i, i + batchSize));
    await storing;
    storing = storeBatch(batch, Math.min(i + batchSize, files.length));
  }
  await storing;
  return summary;
}
