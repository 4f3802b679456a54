// Issue 19: what extraction keeps of one article is bounded (src/ingest/bounds.ts), whatever the text.
import { describe, expect, it } from "vitest";
import { occurrencesPerEntity } from "../../src/ingest/bounds.js";
import {
  MAX_EVIDENCE_CHARS,
  MAX_OCCURRENCES_PER_ARTICLE,
  MAX_OCCURRENCES_PER_ENTITY,
  MAX_QUOTES_PER_ARTICLE,
} from "../../src/limits.js";
import { findCountryMentions } from "../../src/ingest/countries.js";
import { type ExtractedArticle, extractArticle } from "../../src/ingest/extract.js";
import { findPlaceMentions } from "../../src/ingest/places.js";
import { evidenceOf, sentenceBounds } from "../../src/ingest/sentences.js";
import { adversarialTexts } from "../helpers/adversarial.js";

const texts = adversarialTexts();

/** Every piece of evidence of an article, with the entity it belongs to. */
function evidence(a: ExtractedArticle) {
  return [
    ...a.countries.flatMap((c) => c.mentions.map((m) => ({ ...m, entity: `country:${c.code}` }))),
    ...a.places.map((p) => ({ ...p, entity: `place:${p.key}` })),
    ...a.organisations.flatMap((o) => o.mentions.map((m) => ({ ...m, entity: `organisation:${o.code}` }))),
    ...a.persons.flatMap((p) => p.mentions.map((m) => ({ ...m, entity: `person:${p.key}` }))),
  ];
}

const fieldText = (a: ExtractedArticle, field: string) =>
  field === "HEADLINE" ? a.headline : field === "TEASER" ? a.teaser : a.body;

describe("extraction output is bounded per article", () => {
  it('"Japan " × 43,690: one country, its true count, the first 100 occurrences as evidence', () => {
    const a = extractArticle(texts["japan-repeated"]!, "japan.txt");
    const names = [a.headline, a.teaser, a.body].join("\n").match(/\bJapan\b/g)!.length;
    expect(names).toBeGreaterThan(43_000);
    expect(a.countries.map((c) => c.code)).toEqual(["JP"]);
    const [japan] = a.countries;
    expect(japan!.count).toBe(names);
    expect(japan!.mentions).toHaveLength(MAX_OCCURRENCES_PER_ENTITY);
    // The first occurrences, in text order: the headline's first.
    expect(japan!.mentions[0]).toMatchObject({ field: "HEADLINE", start: 0, text: "Japan" });
    for (const m of japan!.mentions) {
      expect(m.sentence.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
      expect(m.sentence).toContain("Japan");
    }
    // Was 362 MB of JSON (each occurrence carried its 8 kB "sentence").
    const { body, ...rest } = a;
    expect(JSON.stringify(rest).length).toBeLessThan(100_000);
    expect(body.length).toBeGreaterThan(260_000);
  });

  it.each(Object.keys(texts))(
    "%s: at most 100 occurrences per entity, 2,000 per article, snippets within the bound",
    (name) => {
      const a = extractArticle(texts[name]!, `${name}.txt`);
      const perEntity = new Map<string, number>();
      for (const e of evidence(a)) {
        perEntity.set(e.entity, (perEntity.get(e.entity) ?? 0) + 1);
        expect(e.sentence.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
        expect(e.text.length).toBeLessThanOrEqual(200);
        expect(fieldText(a, e.field).slice(e.start, e.end)).toBe(e.text);
      }
      for (const n of perEntity.values()) expect(n).toBeLessThanOrEqual(MAX_OCCURRENCES_PER_ENTITY);
      // Within the article's bound, unless it names more entities than that (each keeps its first).
      expect(evidence(a).length).toBeLessThanOrEqual(Math.max(MAX_OCCURRENCES_PER_ARTICLE, perEntity.size));
      for (const c of a.countries) expect(c.count).toBeGreaterThanOrEqual(c.mentions.length);
      for (const o of a.organisations) expect(o.count).toBeGreaterThanOrEqual(o.mentions.length);
    },
  );

  it("an organisation named 5,000 times keeps its true count and 100 occurrences", () => {
    const body = "Die Nato tagte. ".repeat(5_000);
    const a = extractArticle(`Gipfel\n\nEin Treffen.\n\n${body}\n\nAutor: Anita Faake, 29.03.2025`, "nato.txt");
    const nato = a.organisations.find((o) => o.code === "NATO")!;
    expect(nato.count).toBe(5_000);
    expect(nato.mentions).toHaveLength(MAX_OCCURRENCES_PER_ENTITY);
    expect(nato.mentions[0]!.sentence).toBe("Die Nato tagte.");
  });

  it("a person named and quoted 5,000 times keeps the true count, 100 occurrences and 200 quotes", () => {
    const body = "„Wir bleiben“, sagte Bundeskanzler Friedrich Merz. ".repeat(5_000);
    const started = performance.now();
    const a = extractArticle(`Merz\n\nEine Rede.\n\n${body}\n\nAutor: Anita Faake, 29.03.2025`, "merz.txt");
    expect(performance.now() - started).toBeLessThan(10_000);
    const merz = a.persons.find((p) => p.name === "Friedrich Merz")!;
    expect(merz.count).toBe(5_001);
    expect(merz.mentions).toHaveLength(MAX_OCCURRENCES_PER_ENTITY);
    expect(a.quotes).toHaveLength(MAX_QUOTES_PER_ARTICLE);
    expect(a.quotes[0]).toMatchObject({ text: "Wir bleiben", speaker: { name: "Friedrich Merz" } });
  });

  it("a place named 5,000 times keeps 100 occurrences", () => {
    const body = "Sie reiste nach Kairo. ".repeat(5_000);
    const a = extractArticle(`Reise\n\nEine Reise.\n\n${body}\n\nAutor: Anita Faake, 29.03.2025`, "kairo.txt");
    expect(a.places.filter((p) => p.name === "Kairo")).toHaveLength(MAX_OCCURRENCES_PER_ENTITY);
  });

  it("every place of the gazetteer named: each keeps its first occurrence, no more", () => {
    const a = extractArticle(texts["distinct-places"]!, "places.txt");
    const keys = new Set(a.places.map((p) => p.key));
    expect(keys.size).toBeGreaterThan(MAX_OCCURRENCES_PER_ARTICLE);
    expect(a.places).toHaveLength(keys.size);
  });

  it("fewer occurrences per entity, the same number for all, once an article would keep over 2,000", () => {
    expect(occurrencesPerEntity([5, 43_690])).toBe(100);
    expect(occurrencesPerEntity(Array(20).fill(100))).toBe(100);
    expect(occurrencesPerEntity(Array(40).fill(100))).toBe(50);
    expect(occurrencesPerEntity([...Array(40).fill(100), 3])).toBe(49);
    expect(occurrencesPerEntity(Array(5_000).fill(3))).toBe(1);
  });

  it("a hyphenated run of 40,000 parts is no compound (it took minutes)", () => {
    const run = "Kiew-Japan-".repeat(20_000).slice(0, -1);
    const text = `Davor ${run} danach.`;
    expect(findPlaceMentions(text).map((p) => p.text)).toEqual(["Kiew"]);
    expect(findCountryMentions(text).mentions).toEqual([]);
  });
});

describe("evidenceOf: a sentence, or a window of it around the mention", () => {
  const window = (text: string, word: string) => {
    const start = text.indexOf(word);
    return evidenceOf(text, sentenceBounds(text).bounds, start, start + word.length);
  };

  it("keeps a sentence up to the bound as it stands", () => {
    const text = `Erst das. ${"Ein langer Satz über Japan und mehr ".repeat(8).trim()}. Dann das.`;
    expect(window(text, "Japan")).toBe(`${"Ein langer Satz über Japan und mehr ".repeat(8).trim()}.`);
  });

  it("cuts a longer sentence at spaces around the mention, marked with …", () => {
    const words = Array.from({ length: 400 }, (_, i) => `wort${i}`);
    words[200] = "Japan";
    const snippet = window(`${words.join(" ")}.`, "Japan");
    expect(snippet.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
    expect(snippet.length).toBeGreaterThan(MAX_EVIDENCE_CHARS - 20);
    expect(snippet).toMatch(/^…wort\d+ .* Japan .* wort\d+…$/);
    // The mention near the middle.
    expect(Math.abs(snippet.indexOf("Japan") - snippet.length / 2)).toBeLessThan(20);
  });

  it("at the start or end of a long sentence, marks only the cut side", () => {
    const text = `Japan ${"und so weiter ".repeat(100)}endet hier USA.`;
    expect(window(text, "Japan")).toMatch(/^Japan und .*…$/);
    expect(window(text, "USA")).toMatch(/^….* endet hier USA\.$/);
  });

  it("never splits a surrogate pair, even in a text without spaces", () => {
    const text = `${"😀".repeat(500)}Japan${"😀".repeat(500)}`;
    const snippet = window(text, "Japan");
    expect(snippet.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
    expect(snippet).toContain("Japan");
    expect(snippet).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe("sentenceBounds on many short lines", () => {
  it("gives the same sentences as one segmentation of the whole text", () => {
    const text = "Japan.\n\nDie USA.\nUnd Kairo ist groß.\n\n".repeat(300);
    const whole = [...new Intl.Segmenter("de", { granularity: "sentence" }).segment(text)].map((s) => [
      s.index,
      s.index + s.segment.length,
    ]);
    expect(sentenceBounds(text).bounds).toEqual(whole);
  });
});
