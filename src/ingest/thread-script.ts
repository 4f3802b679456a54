// How a worker thread is started on a module of src/ingest: from the build the module is JavaScript; from
// src/ (tsx, tests) it is TypeScript, loaded through tsx's API.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

const FROM_SOURCE = import.meta.url.endsWith(".ts");

/** A worker thread running `name` ("extract.worker" for src/ingest/extract.worker.ts or dist/ingest/extract.worker.js). */
export function startThread(name: string, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  const url = new URL(`./${name}.${FROM_SOURCE ? "ts" : "js"}`, import.meta.url);
  if (!FROM_SOURCE) return new Worker(url, options);
  const tsx = new URL(
    "dist/esm/api/index.mjs",
    pathToFileURL(createRequire(import.meta.url).resolve("tsx/package.json")),
  );
  const script = `import(${JSON.stringify(tsx.href)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(script, { ...options, eval: true });
}
