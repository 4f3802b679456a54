// npm run bench:persons: scores persons and quote speakers against tests/fixtures/heldout-persons (35
// texts annotated before any person extractor existed) and heldout-persons-2, -3 and -4 (10, 8 and 33
// texts written after the rules were fitted to the sets before, annotated before the extractor ran on
// them), and -5 to -11 (36 texts each, the same way); places too on the fourth to eleventh sets, which
// annotate them (regions, listed by the eighth and ninth sets only, are left out). A person counts once per text, matched by its
// full name after folding case and diacritics (or one of the annotated alternatives); a surname alone
// where the text gives the full name is a miss and an extra. Quote speakers: each annotated quote is
// found by its first words; right when the extracted speaker is the annotated one (or both are none).
import { readFileSync } from "node:fs";
import { extractArticle, type ExtractedArticle } from "../src/ingest/extract.js";
import { personKey } from "../src/vocab/person-names.js";
import { describeScore, scorePlaces } from "./entity-score.js";

interface Annotation {
  persons: Array<{ name: string; alternatives?: string[]; country?: string }>;
  quotes: Array<{ start: string; speaker: string | null }>;
}

const FIXTURES = new URL("../tests/fixtures/", import.meta.url);
export const PERSON_SETS = [
  "heldout-persons",
  "heldout-persons-2",
  "heldout-persons-3",
  "heldout-persons-4",
  "heldout-persons-5",
  "heldout-persons-6",
  "heldout-persons-7",
  "heldout-persons-8",
  "heldout-persons-9",
  "heldout-persons-10",
  "heldout-persons-11",
  "heldout-persons-12",
  "heldout-persons-13",
  "heldout-persons-14",
  "heldout-persons-15",
  "heldout-persons-16",
  "heldout-persons-17",
  "heldout-persons-18",
  "heldout-persons-19",
  "heldout-persons-20",
  "heldout-persons-21",
  "heldout-persons-22",
  "heldout-persons-23",
  "heldout-persons-24",
  "heldout-persons-25",
  "heldout-persons-26",
  "heldout-persons-27",
  "heldout-persons-28",
  "heldout-persons-29",
  "heldout-persons-30",
  "heldout-persons-31",
];

/** The sets that annotate places: the fourth and every one after it. */
const PLACE_SETS = PERSON_SETS.slice(PERSON_SETS.indexOf("heldout-persons-4"));

export interface PersonScore {
  texts: number;
  persons: { tp: number; fp: number; fn: number };
  countries: { right: number; wrong: number; missing: number; extra: number };
  speakers: { right: number; total: number; notFound: number };
  quotes: { found: number; unannotated: number };
  details: string[];
}

function scoreText(file: string, expected: Annotation, article: ExtractedArticle, s: PersonScore): void {
  const found = article.persons;
  const matched = new Set<number>();
  for (const person of expected.persons) {
    const keys = [person.name, ...(person.alternatives ?? [])].map(personKey);
    // By name: a person named in part has a key of its own article ("marcel d. #1506…").
    const hit = found.findIndex((p, i) => !matched.has(i) && keys.includes(personKey(p.name)));
    if (hit === -1) {
      s.persons.fn++;
      s.details.push(`${file}: missed ${person.name}`);
      continue;
    }
    s.persons.tp++;
    matched.add(hit);
    const country = found[hit]!.country;
    if (person.country && country === person.country) s.countries.right++;
    else if (person.country && country) s.countries.wrong++;
    else if (person.country) s.countries.missing++;
    else if (country) s.countries.extra++;
    if (country !== (person.country ?? null))
      s.details.push(`${file}: ${person.name} country ${country ?? "none"}, annotated ${person.country ?? "none"}`);
  }
  found.forEach((p, i) => {
    if (matched.has(i)) return;
    s.persons.fp++;
    s.details.push(`${file}: extra ${p.name} ("${p.mentions[0]?.text}")`);
  });
  for (const q of expected.quotes) {
    s.speakers.total++;
    const quote = article.quotes.find((x) => x.text.startsWith(q.start));
    if (!quote) {
      s.speakers.notFound++;
      s.details.push(`${file}: quote not found „${q.start}…“`);
      continue;
    }
    const want = q.speaker === null ? null : personKey(q.speaker);
    const got = quote.speaker ? personKey(quote.speaker.name) : null;
    const alternatives = expected.persons.find((p) => p.name === q.speaker)?.alternatives?.map(personKey) ?? [];
    if (got === want || (got !== null && alternatives.includes(got))) s.speakers.right++;
    else
      s.details.push(
        `${file}: speaker of „${q.start}…“ is ${quote.speaker?.name ?? "none"}, annotated ${q.speaker ?? "none"}`,
      );
  }
  s.quotes.found += article.quotes.length;
  s.quotes.unannotated += article.quotes.filter((x) => !expected.quotes.some((q) => x.text.startsWith(q.start))).length;
}

export function scorePersons(set = PERSON_SETS[0]!): PersonScore {
  const FOLDER = new URL(`${set}/`, FIXTURES);
  const annotations: Record<string, Annotation> = JSON.parse(readFileSync(new URL("annotations.json", FOLDER), "utf8"));
  const s: PersonScore = {
    texts: 0,
    persons: { tp: 0, fp: 0, fn: 0 },
    countries: { right: 0, wrong: 0, missing: 0, extra: 0 },
    speakers: { right: 0, total: 0, notFound: 0 },
    quotes: { found: 0, unannotated: 0 },
    details: [],
  };
  for (const [file, expected] of Object.entries(annotations)) {
    s.texts++;
    const article = extractArticle(readFileSync(new URL(`texts/${file}`, FOLDER), "utf8"), file);
    scoreText(file, expected, article, s);
  }
  return s;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const set of PERSON_SETS) {
    const s = scorePersons(set);
    const { tp, fp, fn } = s.persons;
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`tests/fixtures/${set} (${s.texts} texts):`);
    console.log(
      `  persons: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
    const c = s.countries;
    console.log(
      `  person countries (of matched persons): right ${c.right}, wrong ${c.wrong}, missing ${c.missing}, extra ${c.extra}`,
    );
    console.log(
      `  quote speakers: accuracy ${(s.speakers.right / s.speakers.total).toFixed(3)} (${s.speakers.right} of ${s.speakers.total}; quotes not found ${s.speakers.notFound}); quotes extracted ${s.quotes.found}, not annotated ${s.quotes.unannotated}`,
    );
    if (process.argv.includes("--verbose")) for (const line of s.details) console.log(`    ${line}`);
    // Places where the set annotates them (the fourth set): people named like places are the trap.
    if (!PLACE_SETS.includes(set)) continue;
    const { score } = scorePlaces(set);
    console.log(`  ${describeScore("places", score)}`);
    if (process.argv.includes("--verbose")) {
      for (const miss of score.misses) console.log(`    missed place ${miss}`);
      for (const extra of score.extras) console.log(`    extra place ${extra}`);
    }
  }
}
