import { readFileSync } from "node:fs";
import { WordFilter } from "./word-filter.js";

let nouns: WordFilter | undefined;

/**
 * Whether a capitalised word is a German word form that is no given name, place or English-listed name
 * ("Jahrzehnte", "Hand"), from the Bloom filter scripts/build-person-names.ts writes (about 0.1 % of other words
 * pass too). Read on first use: 2.3 MB, outside the JavaScript heap.
 */
export function isGermanNoun(word: string): boolean {
  nouns ??= WordFilter.from(readFileSync(new URL("../../src/vocab/german-nouns.bloom", import.meta.url)));
  return nouns.has(word);
}
