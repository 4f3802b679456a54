import { type PrismaClient } from "../db/client.js";
import { type ExtractedArticle } from "./extract.js";
import { extractFiles, type FileResult } from "./sources.js";
import { type BatchReply, type BatchRequest } from "./sources.worker.js";
import { startThread } from "./thread-script.js";
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

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The extraction thread, from the calling side. A batch fails (rejects) if the thread dies; later ones fail at once. */
interface ExtractionThread {
  extract(files: string[]): Promise<FileResult[]>;
  stop(): Promise<void>;
}

function startExtractionThread(): ExtractionThread {
  const pending = new Map<number, { resolve(results: FileResult[]): void; reject(error: Error): void }>();
  let nextId = 1;
  let failure: Error | undefined;
  const worker = startThread("sources.worker");
  const fail = (error: Error) => {
    failure ??= error;
    for (const job of pending.values()) job.reject(failure);
    pending.clear();
  };
  worker.on("message", ({ id, results }: BatchReply) => {
    pending.get(id)?.resolve(results);
    pending.delete(id);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the extraction thread exited with code ${code}`)));
  return {
    extract(files) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, files } satisfies BatchRequest);
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}

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

  // More than one batch: extraction on a thread of its own, so the next batch is extracted while this
  // thread stores the previous one. If the thread fails, the rest is extracted here.
  const thread = files.length > batchSize ? startExtractionThread() : undefined;
  const extractBatch = async (batchFiles: string[]) => {
    const results: FileResult[] = thread
      ? await thread.extract(batchFiles).catch(() => extractFiles(batchFiles))
      : await extractFiles(batchFiles);
    const batch: Array<{ file: string; article: ExtractedArticle }> = [];
    results.forEach((result, j) => {
      const file = batchFiles[j]!;
      if ("article" in result) {
        batch.push({ file, article: result.article });
        summary.warnings.push(...result.article.warnings.map((warning) => ({ file, warning })));
      } else summary.failed.push({ file, error: result.error });
    });
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

  // The database stores batch n while batch n+1 is extracted.
  let storing: Promise<void> = Promise.resolve();
  try {
    for (let i = 0; i < files.length; i += batchSize) {
      const batch = await extractBatch(files.slice(i, i + batchSize));
      await storing;
      storing = storeBatch(batch, Math.min(i + batchSize, files.length));
    }
    await storing;
  } finally {
    await thread?.stop();
  }
  return summary;
}
