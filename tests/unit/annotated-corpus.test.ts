import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "../../src/ingest/files.js";

// Our own annotated texts (politics, economy, culture, sport, science, society), written with
// the traps in them; annotations list every country each text references.
const FIXTURES = new URL("../fixtures/", import.meta.url);
const annotations: Record<string, string[]> = JSON.parse(readFileSync(new URL("annotations.json", FIXTURES), "utf8"));

describe("country extraction on the annotated corpus", () => {
  it.each(Object.entries(annotations))("%s", async (file, expected) => {
    const article = await extractFile(new URL(`articles/${file}`, FIXTURES).pathname);
    expect(article.countries.map((c) => c.code).sort()).toEqual([...expected].sort());
  });
});
