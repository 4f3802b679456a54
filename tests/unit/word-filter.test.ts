import { describe, expect, it } from "vitest";
import { isGermanNoun } from "../../src/vocab/german-nouns.js";
import { WordFilter } from "../../src/vocab/word-filter.js";

describe("WordFilter: a Bloom filter of words", () => {
  const words = Array.from({ length: 20_000 }, (_, i) => `Wort${i}`);
  const filter = WordFilter.of(words, 0.001);

  it("holds every word it was built of, also after a round trip through its bytes", () => {
    const copy = WordFilter.from(filter.bytes());
    expect(words.every((w) => filter.has(w) && copy.has(w))).toBe(true);
  });

  it("lets through about the false-positive rate of other words, not more", () => {
    const others = Array.from({ length: 20_000 }, (_, i) => `Name${i}`);
    const passed = others.filter((w) => filter.has(w)).length;
    expect(passed).toBeLessThan(60); // 0.1 % of 20,000 is 20
  });
});

describe("isGermanNoun: the shipped filter of German word forms", () => {
  it("knows nouns in their inflected forms, not foreign surnames or given names", () => {
    for (const w of ["Jahrzehnte", "Vorwürfe", "Wortbruch", "Hand", "Rot"]) expect(isGermanNoun(w)).toBe(true);
    for (const w of ["Ondimba", "Llosa", "Gallagher", "Thomas", "Weber"]) expect(isGermanNoun(w)).toBe(false);
  });
});
