// The API's extraction thread (src/modules/editorial/editorial.worker.ts): a bounded queue, parse
// errors as before, a crashed or hung thread fails its job clearly and is replaced.
import "reflect-metadata";
import { afterAll, describe, expect, it } from "vitest";
import { ParseError } from "../../src/ingest/parse.js";
import { IN_THREAD_EXTRACTION_CHARACTERS } from "../../src/limits.js";
import { EXTRACTION_RESOURCE_LIMITS, ExtractionThread } from "../../src/modules/editorial/editorial.worker.js";
import { sourceText } from "../helpers/corpus.js";

const text = (headline: string) =>
  sourceText({ headline, countries: ["JP"], topic: "politics", authors: ["Anita Faake"], date: "29.03.2025" });
const codeOf = (e: unknown) => (e as { extensions?: { code?: string } }).extensions?.code;

describe("ExtractionThread", () => {
  const threads: ExtractionThread[] = [];
  const thread = (limits: ConstructorParameters<typeof ExtractionThread>[0]) => {
    const t = new ExtractionThread(limits);
    threads.push(t);
    return t;
  };
  afterAll(() => Promise.all(threads.map((t) => t.stop())));

  it("extracts off the request thread; one text at a time and one waiting, a third is refused", async () => {
    const t = thread({ queue: 1, timeoutMs: 30_000, resourceLimits: EXTRACTION_RESOURCE_LIMITS });
    const results = await Promise.allSettled([
      t.extract(text("Eins"), "a"),
      t.extract(text("Zwei"), "b"),
      t.extract(text("Drei"), "c"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    const first = (results[0] as PromiseFulfilledResult<Awaited<ReturnType<ExtractionThread["extract"]>>>).value;
    expect(first.countries.map((c) => c.code)).toEqual(["JP"]);
    expect(first.publishedAt).toBeInstanceOf(Date);
    expect(codeOf((results[2] as PromiseRejectedResult).reason)).toBe("EXTRACTION_BUSY");
    // A rejected text is the parser's error, as before.
    await expect(t.extract("kein Artikel", "d")).rejects.toBeInstanceOf(ParseError);
  });

  it("extracts a text of ordinary length on the calling thread, a longer one on the worker", async () => {
    const t = thread({
      queue: 8,
      timeoutMs: 30_000,
      inThreadCharacters: IN_THREAD_EXTRACTION_CHARACTERS,
      resourceLimits: EXTRACTION_RESOURCE_LIMITS,
    });
    const short = text("Kurz");
    expect(short.length).toBeLessThanOrEqual(IN_THREAD_EXTRACTION_CHARACTERS);
    expect((await t.extract(short, "a")).headline).toBe("Kurz");
    expect(t.running).toBe(false);
    await expect(t.extract("kein Artikel", "b")).rejects.toBeInstanceOf(ParseError);
    const long = short.replace("\n\nAutor", `\n\n${"Tokio liegt in Japan. ".repeat(2_000)}\n\nAutor`);
    expect(long.length).toBeGreaterThan(IN_THREAD_EXTRACTION_CHARACTERS);
    expect((await t.extract(long, "c")).countries.map((c) => c.code)).toEqual(["JP"]);
    expect(t.running).toBe(true);
  });

  it("stops an idle thread, giving its memory back, and starts a new one for the next text", async () => {
    const t = thread({ queue: 8, timeoutMs: 30_000, idleMs: 200, resourceLimits: EXTRACTION_RESOURCE_LIMITS });
    expect(t.running).toBe(false);
    await t.extract(text("Eins"), "a");
    expect(t.running).toBe(true);
    await new Promise((r) => setTimeout(r, 600));
    expect(t.running).toBe(false);
    expect((await t.extract(text("Zwei"), "b")).headline).toBe("Zwei");
  });

  it("a thread that runs out of its memory fails the job with EXTRACTION_FAILED and is replaced", async () => {
    const t = thread({
      queue: 8,
      timeoutMs: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 },
    });
    const first = await t.extract(text("Zu wenig"), "a").catch((e) => e);
    expect(codeOf(first)).toBe("EXTRACTION_FAILED");
    // The next text gets a new thread (which fails the same way here), it does not hang.
    expect(codeOf(await t.extract(text("Noch einmal"), "b").catch((e) => e))).toBe("EXTRACTION_FAILED");
  });

  it("a hung extraction fails after the timeout", async () => {
    const t = thread({ queue: 8, timeoutMs: 1, resourceLimits: EXTRACTION_RESOURCE_LIMITS });
    const error = await t.extract(text("Zu langsam"), "a").catch((e) => e);
    expect(codeOf(error)).toBe("EXTRACTION_FAILED");
    expect(String(error.message)).toMatch(/longer than 1 ms/);
  });
});
