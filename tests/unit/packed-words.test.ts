import { describe, expect, it } from "vitest";
import { PackedWords, wordHash } from "../../src/vocab/packed-words.js";

describe("PackedWords: a word set kept as one string with a hash table", () => {
  const words = new PackedWords("Anna|Detlev|Zeynep|Jean-Pierre|Ólafur");

  it("holds exactly its words: no prefixes, no longer words, no other case", () => {
    for (const w of ["Anna", "Detlev", "Zeynep", "Jean-Pierre", "Ólafur"]) expect(words.has(w)).toBe(true);
    for (const w of ["Ann", "Annas", "anna", "Detle", "Jean", "Pierre", "", "Anna|Detlev"])
      expect(words.has(w)).toBe(false);
  });

  it("finds every word among many, whatever their hashes collide on", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `Name${i}`);
    const set = new PackedWords(many.join("|"));
    expect(many.every((w) => set.has(w))).toBe(true);
    expect(set.has("Name5000")).toBe(false);
  });

  it("hashes a range of a string as the word itself", () => {
    expect(wordHash("xxDetlevxx", 2, 8)).toBe(wordHash("Detlev"));
  });
});
