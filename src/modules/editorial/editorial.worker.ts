// The API's extraction: a text of ordinary length on the request thread, a long one on a worker thread
// started when needed. The largest accepted text takes up to half a second of CPU, which on the request
// thread blocked /health (and every other request) for as long (issue 19); the thread costs 50-90 MB
// while it runs, so ordinary articles do without it. One thread, not a pool: the machine has two cores
// and the request thread needs the other. Texts wait in a short queue; past it they are refused.
import { type ResourceLimits, type Worker } from "node:worker_threads";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../../errors.js";
import { type ExtractedArticle } from "../../ingest/extract.js";
import { type ExtractionReply, type ExtractionRequest, extractRequest } from "../../ingest/extract.worker.js";
import { ParseError } from "../../ingest/parse.js";
import { startThread } from "../../ingest/thread-script.js";
import { IN_THREAD_EXTRACTION_CHARACTERS, MAX_QUEUED_EXTRACTIONS } from "../../limits.js";

/** Longest one extraction may take (the largest accepted texts take under a second); then the thread is replaced. */
export const EXTRACTION_TIMEOUT_MS = 5_000;
/** An idle thread is stopped after this long, giving its memory back (~50 MB); the next text starts a new one. */
export const EXTRACTION_IDLE_MS = 30_000;
/** The thread's own heap: the largest accepted texts of every kind are extracted within 24 MB (2026-12-05; 40 MB before the persons work). Semi-spaces of 2 MB saved 10 MB RSS but, scavenging all the time, blocked /health for 300-800 ms. */
export const EXTRACTION_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 };

/** The extraction thread failed (crashed, ran out of its memory, hung): an internal error with a clear message. */
function failed(reason: string): GraphQLError {
  return new GraphQLError(`the text could not be extracted: ${reason}`, {
    extensions: { code: ErrorCode.EXTRACTION_FAILED },
  });
}

/** A reply as the caller sees it: the article, the parser's error, or EXTRACTION_FAILED. */
function outcome(reply: ExtractionReply, resolve: (a: ExtractedArticle) => void, reject: (e: Error) => void): void {
  if ("article" in reply) resolve(reply.article);
  else if ("parseError" in reply) reject(new ParseError(reply.parseError));
  // The extractor's own exception is a bug to find in the tests, not a message for the client.
  else reject(failed("the extractor failed on this text"));
}

interface Job {
  request: ExtractionRequest;
  resolve(article: ExtractedArticle): void;
  reject(error: Error): void;
}

/** One worker thread running extractArticle, with a bounded queue; a failed thread is replaced. */
export class ExtractionThread {
  private worker: Worker | undefined;
  private current: Job | undefined;
  private timer: NodeJS.Timeout | undefined;
  private idle: NodeJS.Timeout | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(
    private readonly limits: {
      queue: number;
      timeoutMs: number;
      idleMs?: number;
      /** Texts up to this long are extracted on the calling thread (default 0: every text on the worker). */
      inThreadCharacters?: number;
      resourceLimits: ResourceLimits;
    } = {
      queue: MAX_QUEUED_EXTRACTIONS,
      inThreadCharacters: IN_THREAD_EXTRACTION_CHARACTERS,
      timeoutMs: EXTRACTION_TIMEOUT_MS,
      idleMs: EXTRACTION_IDLE_MS,
      resourceLimits: EXTRACTION_RESOURCE_LIMITS,
    },
  ) {}

  /** decodeSource + extractArticle on the thread; a ParseError is rethrown as one, anything else is EXTRACTION_FAILED. */
  extract(text: string, sourceName: string): Promise<ExtractedArticle> {
    if (text.length <= (this.limits.inThreadCharacters ?? 0)) {
      return new Promise((resolve, reject) =>
        outcome(extractRequest({ id: 0, text, sourceName, now: Date.now() }), resolve, reject),
      );
    }
    if (this.queue.length >= this.limits.queue) {
      return Promise.reject(
        new GraphQLError(
          `${this.limits.queue} texts are waiting for extraction already; send this one again in a few seconds`,
          { extensions: { code: ErrorCode.EXTRACTION_BUSY, http: { status: 503 } } },
        ),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, text, sourceName, now: Date.now() }, resolve, reject });
      this.next();
    });
  }

  /** Whether a thread is running (from the first text until it has been idle for `idleMs`). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Stops the thread (the jobs in hand fail); the next extraction starts a new one. */
  async stop(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    if (worker) this.fail(worker, "the server is stopping");
    for (const job of this.queue.splice(0)) job.reject(failed("the server is stopping"));
    await worker?.terminate();
  }

  private next(): void {
    if (this.current) return;
    clearTimeout(this.idle);
    if (this.queue.length === 0) {
      const worker = this.worker;
      if (worker && this.limits.idleMs !== undefined) {
        this.idle = setTimeout(() => this.retire(worker), this.limits.idleMs).unref();
      }
      return;
    }
    const job = this.queue.shift()!;
    const worker = this.started();
    this.current = job;
    this.timer = setTimeout(
      () => this.fail(worker, `it took longer than ${this.limits.timeoutMs} ms`),
      this.limits.timeoutMs,
    );
    worker.postMessage(job.request);
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startThread("extract.worker", { execArgv: [], resourceLimits: this.limits.resourceLimits });
    worker.unref(); // an idle thread never keeps the process alive
    worker.on("message", (reply: ExtractionReply) => this.settle(reply));
    worker.on("error", (error) => this.fail(worker, error.message));
    worker.on("exit", (code) => this.fail(worker, `the extraction thread exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private settle(reply: ExtractionReply): void {
    const job = this.current;
    if (!job || job.request.id !== reply.id) return;
    clearTimeout(this.timer);
    this.current = undefined;
    outcome(reply, job.resolve, job.reject);
    this.next();
  }

  /** Stops an idle thread; the next extraction starts a new one. */
  private retire(worker: Worker): void {
    if (worker !== this.worker || this.current) return;
    this.worker = undefined;
    void worker.terminate();
  }

  /** The job in hand fails with `reason`; the thread is terminated and replaced at the next job. */
  private fail(worker: Worker, reason: string): void {
    if (worker !== this.worker) return; // a replaced thread's late "exit"
    this.worker = undefined;
    clearTimeout(this.timer);
    void worker.terminate();
    const job = this.current;
    this.current = undefined;
    job?.reject(failed(reason));
    this.next();
  }
}

/** The API's one extraction thread. */
export const extractionThread = new ExtractionThread();
