// Words of a text by Unicode category (letters, marks, numbers), as the extractors' regular expressions find them,
// but without their cost on text beyond Latin-1 (see wordsIn). Tested against those expressions in
// tests/unit/word-spans.test.ts.
import { isLowSurrogate } from "./sentences.js";

/** Bits of a code point's general category, as the extractors' word patterns ask for them. */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
/** An upper-case letter (\p{Lu}), besides LETTER. */
export const UPPER = 8;
/** In the table: a surrogate, whose code point (if it has a partner) is looked up by astralCategory. */
const SURROGATE = 0x40;
/** In the table: the entry is computed (an entry of 0 is not yet). */
const KNOWN = 0x80;

// Why not the regular expressions: /[\p{L}\p{M}\p{N}]+/u tests every character of a text that has one past
// Latin-1 ("„", "–", as nearly every agency text has) against Unicode's ranges, about 25 ns a character; each
// field was tokenised so several times (countries, places, persons, word counts, topics). The categories come
// from the same regular expressions, asked once per code unit seen (a BMP table) or per astral code point.
const CATEGORIES = new Uint8Array(0x10000);
const ASTRAL_CATEGORIES = new Map<number, number>();
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const NUMBER_RE = /\p{N}/u;
const UPPER_RE = /\p{Lu}/u;

function categoryOf(codePoint: number): number {
  const c = String.fromCodePoint(codePoint);
  return (
    (LETTER_RE.test(c) ? LETTER : 0) |
    (MARK_RE.test(c) ? MARK : 0) |
    (NUMBER_RE.test(c) ? NUMBER : 0) |
    (UPPER_RE.test(c) ? UPPER : 0)
  );
}

/** The table's entry for a UTF-16 code unit, computed on first sight. */
function unitCategory(code: number): number {
  const known = CATEGORIES[code]!;
  if (known !== 0) return known;
  const learned = (code >= 0xd800 && code <= 0xdfff ? SURROGATE : categoryOf(code)) | KNOWN;
  CATEGORIES[code] = learned;
  return learned;
}

/** The category bits of the code point at a surrogate: a pair's astral code point; a lone surrogate has none. */
function astralCategory(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code > 0xdbff || !isLowSurrogate(text.charCodeAt(i + 1))) return 0;
  const codePoint = text.codePointAt(i)!;
  let known = ASTRAL_CATEGORIES.get(codePoint);
  if (known === undefined) {
    known = categoryOf(codePoint);
    ASTRAL_CATEGORIES.set(codePoint, known);
  }
  return known;
}

/**
 * The category bits (LETTER, MARK, NUMBER, UPPER) of the code point at text[i], as a /u regular expression sees it: a
 * surrogate pair is one code point, a lone surrogate is none of them. `i` is never a pair's second half.
 */
export function categoryAt(text: string, i: number): number {
  const known = unitCategory(text.charCodeAt(i));
  return known & SURROGATE ? astralCategory(text, i) : known & (LETTER | MARK | NUMBER | UPPER);
}

/** 2 for a surrogate pair at text[i], else 1: the step to the next code point. */
const codePointLength = (text: string, i: number) =>
  text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;

/** Where a combining mark or a surrogate may start; in a text V8 stores as Latin-1 none is, found without reading it. */
const FROM_U0300 = /[\u0300-\uffff]/;

/** /\p{M}/u.test(text) by the category table: no combining mark lies below U+0300. */
export function hasMark(text: string): boolean {
  const first = text.search(FROM_U0300);
  if (first === -1) return false;
  for (let i = first; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x300) continue;
    if (categoryAt(text, i) & MARK) return true;
    i += codePointLength(text, i) - 1;
  }
  return false;
}

/** The end of the run of code points with one of the `categories` bits from text[i] on. */
function runEnd(text: string, i: number, categories: number): number {
  let end = i;
  while (end < text.length) {
    const known = unitCategory(text.charCodeAt(end));
    if (known & SURROGATE) {
      if ((astralCategory(text, end) & categories) === 0) break;
      end += codePointLength(text, end);
    } else if (known & categories) end++;
    else break;
  }
  return end;
}

/** Whether text[i] is one of the joiners (at most a few characters). */
const isJoiner = (text: string, i: number, joiners: string) => joiners.indexOf(text.charAt(i)) !== -1;

/** A character past Latin-1: found at once, without reading, in a text V8 stores as Latin-1. */
const BEYOND_LATIN_1_UNIT = /[\u0100-\uffff]/;
/** The regular expression for the pattern of wordsIn, per categories and joiners. */
const WORD_PATTERNS = new Map<string, RegExp>();

function wordPattern(categories: number, joiners: string): RegExp {
  const key = `${categories} ${joiners}`;
  let re = WORD_PATTERNS.get(key);
  if (!re) {
    const w = `[${categories & LETTER ? "\\p{L}" : ""}${categories & MARK ? "\\p{M}" : ""}${categories & NUMBER ? "\\p{N}" : ""}]`;
    const j = `[${joiners.replace(/[\\\]^-]/g, "\\$&")}]`;
    re = new RegExp(`${w}+(?:${j}${w}+)*`, "gu");
    WORD_PATTERNS.set(key, re);
  }
  return re;
}

/** A word as written, with its offset in the text. */
export interface Word {
  text: string;
  index: number;
}

/**
 * The words that the pattern [W]+(?:[J][W]+)* with the flags g and u finds in a text: W the code points with one
 * of the `categories` bits, J the characters of `joiners`. The regular expression is fast on a text of Latin-1
 * only; on any other it tests each character against Unicode's ranges, about 25 ns a character (nearly every
 * agency text has a "„" or "–"), and each field is tokenised several times (countries, places, word counts,
 * topics): there the same greedy matches from the same starts are found by the category table (see categoryAt).
 */
export function wordsIn(text: string, categories: number, joiners: string): Word[] {
  const words: Word[] = [];
  if (!BEYOND_LATIN_1_UNIT.test(text)) {
    const re = wordPattern(categories, joiners);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) words.push({ text: m[0], index: m.index });
    return words;
  }
  let i = 0;
  while (i < text.length) {
    const end = runEnd(text, i, categories);
    if (end === i) {
      i += codePointLength(text, i);
      continue;
    }
    const start = i;
    i = end;
    // A joiner continues the word only before another run ("Nordrhein-Westfalen", "Sant’Egidio").
    while (i + 1 < text.length && isJoiner(text, i, joiners)) {
      const next = runEnd(text, i + 1, categories);
      if (next === i + 1) break;
      i = next;
    }
    words.push({ text: text.slice(start, i), index: start });
  }
  return words;
}

/** The words' texts only (see wordsIn): for counting and classifying, where offsets are not needed. */
export function wordTexts(text: string, categories: number, joiners: string): string[] {
  if (!BEYOND_LATIN_1_UNIT.test(text)) return text.match(wordPattern(categories, joiners)) ?? [];
  return wordsIn(text, categories, joiners).map((w) => w.text);
}

const UPPER_FIRST = /^\p{Lu}/u;

/**
 * /^\p{Lu}/u.test(word): whether a word starts with an upper-case letter. Asked of nearly every token, many times;
 * for an ASCII first character (most words) the answer is A-Z, without the regular expression's call.
 */
export function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return UPPER_FIRST.test(word);
}

/** Capitalised words, as organisations.ts reads abbreviations and names ("Nato- und EU-Staaten": "Nato-"). */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?:-(?=[\s,]))?/gu;
const SPACE_OR_COMMA = /[\s,]/;
const HYPHEN = 45;

/**
 * The words CAPITALISED_WORD finds: from each upper-case letter that follows no letter, number or hyphen, its
 * letters and numbers, hyphenated parts, and a final hyphen before a space or comma. As in wordsIn, the regular
 * expression for a Latin-1 text, the category table for any other (there the expression took ~30 ns a character).
 */
export function capitalisedWords(text: string): Word[] {
  const words: Word[] = [];
  if (!BEYOND_LATIN_1_UNIT.test(text)) {
    CAPITALISED_WORD.lastIndex = 0;
    for (let m = CAPITALISED_WORD.exec(text); m; m = CAPITALISED_WORD.exec(text))
      words.push({ text: m[0], index: m.index });
    return words;
  }
  // Whether the code point before i is a letter, a number or a hyphen: the lookbehind.
  let afterWord = false;
  let i = 0;
  while (i < text.length) {
    const category = categoryAt(text, i);
    if (!afterWord && category & UPPER) {
      const end = capitalisedWordEnd(text, i);
      words.push({ text: text.slice(i, end), index: i });
      // The word ends in a letter, a number or a hyphen.
      i = end;
      afterWord = true;
      continue;
    }
    afterWord = (category & (LETTER | NUMBER)) !== 0 || text.charCodeAt(i) === HYPHEN;
    i += codePointLength(text, i);
  }
  return words;
}

/** The end of CAPITALISED_WORD's match from its first letter at text[i]. */
function capitalisedWordEnd(text: string, i: number): number {
  let end = runEnd(text, i, LETTER | NUMBER);
  while (end + 1 < text.length && text.charCodeAt(end) === HYPHEN) {
    const next = runEnd(text, end + 1, LETTER | NUMBER);
    if (next === end + 1) break;
    end = next;
  }
  if (text.charCodeAt(end) === HYPHEN && end + 1 < text.length && SPACE_OR_COMMA.test(text.charAt(end + 1))) end++;
  return end;
}
