import { describe, expect, it } from "vitest";
import {
  capitalisedWords,
  categoryAt,
  hasMark,
  LETTER,
  MARK,
  NUMBER,
  startsUpper,
  UPPER,
  wordsIn,
  wordTexts,
} from "../../src/ingest/words.js";

/** The regular expressions the scanner stands in for, as [start, end) offsets. */
const byRegExp = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => ({ text: m[0], index: m.index }));

// Letters, marks, digits, joiners and characters around them, from Latin-1 and beyond, astral ones and lone surrogates.
const ALPHABET = [
  ..."aZ9 -'’.,äÖß",
  "\u0301",
  "\u0308",
  "„",
  "“",
  "–",
  "\u00a0",
  "ı",
  "Ж",
  "٣",
  "日",
  "\u{1d400}",
  "\u{1f600}",
  "\u{1d165}",
  "\u{104a0}",
  "\ud800",
  "\udc00",
];

const LATIN_1 = ALPHABET.filter((c) => c.charCodeAt(0) <= 0xff);

/** A deterministic random text of `n` pieces from `alphabet` (the regular expression's path: Latin-1 only). */
function randomText(seed: number, n: number, alphabet = ALPHABET): string {
  let x = seed;
  let text = "";
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    text += alphabet[(x >>> 8) % alphabet.length];
  }
  return text;
}

describe("wordsIn", () => {
  const texts = [
    "",
    "Nordrhein-Westfalen, Sant’Egidio und O'Neill: 2024er-Wahl in Brasília - „Kyjiw–Odesa“",
    "Tschüss-  -ab ’t a--b a-'b-",
    ...Array.from({ length: 400 }, (_, i) => randomText(i + 1, 1 + (i % 60))),
    ...Array.from({ length: 100 }, (_, i) => randomText(i + 1, 1 + (i % 60), LATIN_1)),
  ];

  it("finds the words the regular expressions find", () => {
    for (const text of texts) {
      expect(wordsIn(text, LETTER | MARK | NUMBER, "'’-")).toEqual(
        byRegExp(text, /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu),
      );
      expect(wordsIn(text, LETTER | NUMBER, "-'’")).toEqual(byRegExp(text, /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu));
      expect(wordsIn(text, LETTER | NUMBER, "-")).toEqual(byRegExp(text, /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu));
      expect(wordTexts(text, LETTER | NUMBER, "-")).toEqual(text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
    }
  });

  it("finds the capitalised words and word starts organisations.ts reads", () => {
    for (const text of [...texts, "Nato- und EU-Staaten, UN-Chef Guterres; G-7-Gipfel in São Paulo", "ǅ a-B ÄÖ-Ü- ,"]) {
      expect(capitalisedWords(text)).toEqual(
        byRegExp(text, /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?:-(?=[\s,]))?/gu),
      );
    }
  });

  it("tells combining marks and categories as the regular expressions do", () => {
    for (const text of texts) expect(hasMark(text)).toBe(/\p{M}/u.test(text));
    for (const text of texts) expect(startsUpper(text)).toBe(/^\p{Lu}/u.test(text));
    for (const c of ALPHABET) {
      const expected =
        (/\p{L}/u.test(c) ? LETTER : 0) |
        (/\p{M}/u.test(c) ? MARK : 0) |
        (/\p{N}/u.test(c) ? NUMBER : 0) |
        (/\p{Lu}/u.test(c) ? UPPER : 0);
      expect(categoryAt(c, 0)).toBe(expected);
    }
  });
});
