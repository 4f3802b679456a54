// Extraction of whole batches of files on a worker thread, so that ingestFiles (src/ingest/files.ts) stores
// one batch while the next is extracted: extraction and the writer each take about one core.
import { parentPort, type Worker, workerData } from "node:worker_threads";
import { extractFiles, type FileResult } from "./sources.js";
import { startThread } from "./thread-script.js";

interface BatchRequest {
  id: number;
  files: string[];
}

interface BatchReply {
  id: number;
  results: FileResult[];
}

/** Marks the thread started here, so that no other thread importing this module answers batches. */
const ROLE = "newsroom:sources";

// On the thread: each batch as it comes.
if (parentPort && workerData === ROLE) {
  const port = parentPort;
  port.on("message", async ({ id, files }: BatchRequest) => {
    port.postMessage({ id, results: await extractFiles(files) } satisfies BatchReply);
  });
}

/** The thread, from the calling side. A batch fails (rejects) if the thread dies; later ones fail at once. */
export interface ExtractionThread {
  extract(files: string[]): Promise<FileResult[]>;
  stop(): Promise<void>;
}

export function startExtractionThread(): ExtractionThread {
  const pending = new Map<number, { resolve(results: FileResult[]): void; reject(error: Error): void }>();
  let nextId = 1;
  let failure: Error | undefined;
  const worker: Worker = startThread("sources.worker", { workerData: ROLE });
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
