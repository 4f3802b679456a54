// The extraction thread's entry (src/modules/editorial/editorial.worker.ts starts it): extractArticle,
// off the API's event loop. Imports extraction only, never an API module.
import { parentPort } from "node:worker_threads";
import { extractArticle } from "./extract.js";
import { decodeSource, ParseError } from "./parse.js";

/** A text to extract, as the API received it. */
export interface ExtractionRequest {
  id: number;
  text: string;
  sourceName: string;
  /** Epoch milliseconds: the receiving request's clock, for the extraction's `now`. */
  now: number;
}

export type ExtractionReply =
  | { id: number; article: ReturnType<typeof extractArticle> }
  | { id: number; parseError: string }
  | { id: number; error: string };

/** decodeSource and extractArticle, as the CLI runs them on a file's bytes; every failure as a message. */
export function extractRequest({ id, text, sourceName, now }: ExtractionRequest): ExtractionReply {
  try {
    return { id, article: extractArticle(decodeSource(Buffer.from(text, "utf8")), sourceName, new Date(now)) };
  } catch (e) {
    if (e instanceof ParseError) return { id, parseError: e.message };
    return { id, error: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on("message", (request: ExtractionRequest) => parentPort!.postMessage(extractRequest(request)));
