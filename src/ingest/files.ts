import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { type PrismaClient } from "../db/client.js";
import { extractArticle, type ExtractedArticle } from "./extract.js";
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
  failed: FileFailure[];
  warnings: Array<{ file: string; warning: string }>;
}

/** Files and folders -> the source files in them (*.txt, sorted), files named directly kept as given. */
export async function expandSources(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info)
      files.push(path); // reported as a failure when read
    else if (info.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && e.name.endsWith(".txt"))
          .map((e) => join(path, e.name))
          .sort(),
      );
    } else files.push(path);
  }
  return files;
}

/** Reads and extracts one file; the failure message is the cause alone (the caller names the file). */
export async function extractFile(file: string): Promise<ExtractedArticle> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : `cannot be read (${code ?? String(e)})`,
    );
  }
  return extractArticle(decodeSource(bytes), basename(file));
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
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 500;
  const summary: IngestSummary = { ingested: 0, updated: 0, unchanged: 0, failed: [], warnings: [] };
  const count = (outcomes: IngestOutcome[]) => {
    for (const o of outcomes) summary[o.status]++;
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
        ),
      );
    } catch {
      for (const { file, article } of batch) {
        try {
          count(await writeArticles(prisma, [article]));
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
