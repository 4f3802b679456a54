// The README's limits are the code's: every number a client can run into is read from src/limits.ts
// and must stand in the README where it is described, so neither can drift from the other.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as limits from "../../src/limits.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8").replace(/\s+/g, " ");
const n = (value: number) => value.toLocaleString("en-US");
const mb = (bytes: number) => `${bytes / (1024 * 1024)} MB`;

describe("README states the limits of src/limits.ts", () => {
  const { SUBSCRIPTION_LIMITS: subscriptions } = limits;
  it.each([
    ["document length", `Documents up to ${n(limits.MAX_DOCUMENT_LENGTH)} characters`],
    ["tokens", `and ${n(limits.MAX_TOKENS)} tokens, depth ${limits.MAX_DEPTH},`],
    ["tokens (errors)", `a document over ${n(limits.MAX_TOKENS)} tokens`],
    ["depth (errors)", `depth over ${limits.MAX_DEPTH}`],
    ["body", `bodies and WebSocket messages up to ${mb(limits.MAX_BODY_BYTES)}`],
    ["body (errors)", `over ${mb(limits.MAX_BODY_BYTES)}`],
    ["strings", `subscriptions up to ${n(limits.MAX_STRING_LENGTH)} characters, never a NUL`],
    ["strings (errors)", `a string over ${n(limits.MAX_STRING_LENGTH)} characters`],
    ["ingest text", `an \`ingestArticle\` text up to ${n(limits.MAX_INGEST_CHARACTERS)}`],
    [
      "filter values",
      `${limits.MAX_FILTER_VALUES} values per filter list, each at most ${limits.MAX_NAME_LENGTH} characters`,
    ],
    ["filter values (errors)", `more than ${limits.MAX_FILTER_VALUES} values in a filter list`],
    ["search text", `one over ${limits.MAX_SEARCH_LENGTH} characters, over ${limits.MAX_SEARCH_TERMS} words`],
    ["page size", `take 1-${limits.MAX_PAGE_SIZE} (default ${limits.DEFAULT_PAGE_SIZE})`],
    ["node ids", `\`nodes(ids:)\` (at most ${limits.MAX_NODE_IDS} ids,`],
    ["document cache", `cached up to an estimated ${mb(limits.DOCUMENT_CACHE_BYTES)}`],
    ["persisted queries", `automatic persisted queries up to ${mb(limits.PERSISTED_QUERY_CACHE_BYTES)} of text`],
    [
      "subscriptions",
      `at most ${n(subscriptions.perSocket)} per WebSocket connection, ${n(subscriptions.perAddress)} per client address and ${n(subscriptions.total)} per API process`,
    ],
    ["cost", `cost limit is ${n(limits.MAX_COST)}`],
    ["cost (errors)", `estimated cost is over ${n(limits.MAX_COST)}`],
    ["nested connections", `at most ${limits.MAX_NESTED_CONNECTIONS}, so`],
    ["nested connections (errors)", `more than ${limits.MAX_NESTED_CONNECTIONS} lists of articles`],
    ["occurrences per entity", `at most the first ${n(limits.MAX_OCCURRENCES_PER_ENTITY)} occurrences`],
    ["occurrences per article", `at most ${n(limits.MAX_OCCURRENCES_PER_ARTICLE)} in all`],
    ["evidence", `\`sentence\` is at most ${limits.MAX_EVIDENCE_CHARS} characters`],
    [
      "in-thread extraction",
      `texts up to ${n(limits.IN_THREAD_EXTRACTION_CHARACTERS)} characters on the request thread`,
    ],
    ["extraction queue", `with at most ${limits.MAX_QUEUED_EXTRACTIONS} texts waiting`],
  ])("%s", (_name, phrase) => {
    expect(readme).toContain(phrase);
  });
});
