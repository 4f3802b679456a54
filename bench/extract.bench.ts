// npm run bench:extract: CPU time of parse + country/topic extraction per KB of text, and the
// precision/recall of country extraction on the annotated corpus in tests/fixtures.
import { readdirSync, readFileSync } from "node:fs";
import { extractArticle } from "../src/ingest/extract.js";
import { syntheticArticle } from "./corpus.js";
import { describeScore, scoreHeldout } from "./entity-score.js";

const SOURCE = readFileSync(new URL("../seed/articles/japan-usa-sicherheitskooperation.txt", import.meta.url), "utf8");
const texts = [SOURCE, ...Array.from({ length: 200 }, (_, i) => syntheticArticle(i))];
const kb = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1024;
for (let i = 0; i < 3; i++) for (const t of texts) extractArticle(t, "warm-up"); // JIT warm-up
const rounds = 10;
const cpu = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (const t of texts) extractArticle(t, "bench");
const used = process.cpuUsage(cpu);
const ms = (used.user + used.system) / 1000;
console.log(
  `extraction: ${(ms / (kb * rounds)).toFixed(3)} ms CPU per KB (${texts.length} texts, ${kb.toFixed(0)} KB, ${rounds} rounds)`,
);

// The same on the person held-out sets (issue 15): short texts dense with names, roles and quotes.
const personDirs = ["heldout-persons", "heldout-persons-2"].map(
  (d) => new URL(`../tests/fixtures/${d}/texts/`, import.meta.url),
);
const personTexts = personDirs.flatMap((dir) => readdirSync(dir).map((f) => readFileSync(new URL(f, dir), "utf8")));
const personKb = personTexts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1024;
for (let i = 0; i < 3; i++) for (const t of personTexts) extractArticle(t, "warm-up");
const personCpu = process.cpuUsage();
for (let r = 0; r < rounds * 2; r++) for (const t of personTexts) extractArticle(t, "bench");
const personUsed = process.cpuUsage(personCpu);
console.log(
  `extraction, person-rich texts: ${((personUsed.user + personUsed.system) / 1000 / (personKb * rounds * 2)).toFixed(3)} ms CPU per KB (${personTexts.length} texts, ${personKb.toFixed(0)} KB, ${rounds * 2} rounds)`,
);

const fixtures = new URL("../tests/fixtures/", import.meta.url);
for (const [folder, annotationFile] of [
  ["articles", "annotations.json"],
  ["heldout", "annotations-heldout.json"],
]) {
  const annotations: Record<string, string[]> = JSON.parse(readFileSync(new URL(annotationFile!, fixtures), "utf8"));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [file, expected] of Object.entries(annotations)) {
    const found = extractArticle(readFileSync(new URL(`${folder}/${file}`, fixtures), "utf8"), file).countries.map(
      (c) => c.code,
    );
    tp += found.filter((c) => expected.includes(c)).length;
    fp += found.filter((c) => !expected.includes(c)).length;
    fn += expected.filter((c) => !found.includes(c)).length;
  }
  console.log(
    `countries on tests/fixtures/${folder} (${Object.keys(annotations).length} texts, ${tp + fn} references): precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
}

// Held-out set 2: countries, places, organisations and country surface forms (bench/entity-score.ts).
const { texts: heldoutTexts, scores } = scoreHeldout();
console.log(`tests/fixtures/heldout-2 (${heldoutTexts} texts, annotated before the extractor ran on them):`);
for (const [name, score] of Object.entries(scores)) {
  console.log(`  ${describeScore(name, score)}`);
  if (process.argv.includes("--verbose")) {
    for (const miss of score.misses) console.log(`    missed ${miss}`);
    for (const extra of score.extras) console.log(`    extra  ${extra}`);
  }
}
