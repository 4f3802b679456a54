import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "../../src/ingest/sources.js";

// Our own annotated texts (politics, economy, culture, sport, science, society, weather):
// articles/ was written together with the rules, heldout/ afterwards, annotated before the
// extractor ever saw it (see docs/benchmarks.md). Annotations list every country a text references.
const FIXTURES = new URL("../fixtures/", import.meta.url);

describe.each([
  ["articles", "annotations.json"],
  ["heldout", "annotations-heldout.json"],
])("country extraction on the annotated corpus %s/", (folder, annotationFile) => {
  const annotations: Record<string, string[]> = JSON.parse(readFileSync(new URL(annotationFile, FIXTURES), "utf8"));
  it.each(Object.entries(annotations))("%s", async (file, expected) => {
    const article = await extractFile(new URL(`${folder}/${file}`, FIXTURES).pathname);
    expect(article.countries.map((c) => c.code).sort()).toEqual([...expected].sort());
  });
});
