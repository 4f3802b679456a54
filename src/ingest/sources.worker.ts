// The bulk ingest's extraction thread (startExtractionThread in src/ingest/files.ts starts it): reads and
// extracts whole batches of files, so that the calling thread stores one batch while the next is extracted.
import { parentPort } from "node:worker_threads";
import { extractFiles, type FileResult } from "./sources.js";

export interface BatchRequest {
  id: number;
  files: string[];
}

export interface BatchReply {
  id: number;
  results: FileResult[];
}

parentPort?.on("message", async ({ id, files }: BatchRequest) => {
  parentPort!.postMessage({ id, results: await extractFiles(files) } satisfies BatchReply);
});
