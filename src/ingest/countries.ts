import { allCountries } from "../vocab/countries.js";
import { CITIES, CURATED, FOREIGN_NAME_PREFIXES, GEOGRAPHIC_NOUNS, LANGUAGE_CONTEXT } from "./country-forms.js";

export type MentionKind = "NAME" | "ADJECTIVE" | "DEMONYM" | "ABBREVIATION" | "COMPOUND";
export type TextField = "HEADLINE" | "TEASER" | "BODY";

/** One piece of evidence that a text references a country. */
export interface CountryMention {
  code: string;
  field: TextField;
  /** UTF-16 offsets into the field, end exclusive. */
  start: number;
  end: number;
  /** The matched text as written (the whole word for compounds). */
  text: string;
  sentence: string;
  kind: MentionKind;
}

export interface PlaceMention {
  name: string;
  code: string;
  field: TextField;
  start: number;
  end: number;
}

interface Form {
  code: string;
  kind: Exclude<MentionKind, "COMPOUND">;
}

// Continents and other ISO entries that are not countries a newsroom means.
const NOT_COUNTRIES = new Set(["AQ", "UM", "BV", "HM", "GS", "TF"]);
const ADJECTIVE_ENDINGS = ["", "e", "en", "er", "es", "em"];

/** word -> form, for single words; plus multi-word names matched by one regular expression. */
function buildLexicon() {
  const words = new Map<string, Form>();
  const phrases = new Map<string, Form>();
  const add = (text: string, form: Form) => {
    if (text.includes(",")) return; // "Tansania, Vereinigte Republik": a catalogue form, never written so
    const target = /[\s]/.test(text) ? phrases : words;
    if (!target.has(text)) target.set(text, form);
  };
  const addName = (name: string, code: string) => {
    add(name, { code, kind: "NAME" });
    if (/\s/.test(name)) return;
    // Genitive: "Japans", "Russlands"; names ending in a sibilant take none.
    if (!/[sßxz]$/.test(name)) add(`${name}s`, { code, kind: "NAME" });
    // Dative plural: "aus den Niederlanden", "auf den Philippinen".
    if (/e$/.test(name)) add(`${name}n`, { code, kind: "NAME" });
  };
  for (const country of allCountries()) {
    if (NOT_COUNTRIES.has(country.code)) continue;
    const curated = CURATED.get(country.code);
    // Abbreviations first: i18n-iso-countries lists "USA" among the German names.
    for (const abbreviation of curated?.abbreviations ?? [])
      add(abbreviation, { code: country.code, kind: "ABBREVIATION" });
    for (const name of [...country.germanNames, ...(curated?.names ?? [])]) addName(name, country.code);
    for (const stem of curated?.adjectives ?? []) {
      for (const ending of ADJECTIVE_ENDINGS) add(stem + ending, { code: country.code, kind: "ADJECTIVE" });
    }
    for (const demonym of curated?.demonyms ?? []) {
      const stem = demonym.endsWith("e") ? demonym.slice(0, -1) : demonym;
      const forms = demonym.endsWith("e")
        ? [demonym, `${demonym}n`, `${stem}in`, `${stem}innen`]
        : demonym.endsWith("i")
          ? [demonym, `${demonym}s`]
          : [demonym, `${demonym}n`, `${demonym}s`, `${demonym}in`, `${demonym}innen`];
      for (const form of forms) add(form, { code: country.code, kind: "DEMONYM" });
    }
  }
  return { words, phrases };
}

/** "Vereinigte Staaten" -> /Vereinigte[nrsm]? Staaten/: adjectives in multi-word names inflect. */
function phrasePattern(phrase: string): string {
  const words = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return words
    .map((w, i) =>
      i < words.length - 1 && /e$/.test(w)
        ? `${w}[nrsm]?`
        : i < words.length - 1 && /es$/.test(w)
          ? `${w.slice(0, -1)}[nrsm]?`
          : w,
    )
    .join("\\s+")
    .concat("(?:s|es)?");
}

const lexicon = buildLexicon();
const PHRASES = [...lexicon.phrases.keys()].sort((a, b) => b.length - a.length);
const PHRASE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${PHRASES.map((p) => `(${phrasePattern(p)})`).join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);
const CITY_NAMES = Object.keys(CITIES).sort((a, b) => b.length - a.length);
const CITY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${CITY_NAMES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}-])`,
  "gu",
);
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*-?/gu;

const sentenceSegmenter = new Intl.Segmenter("de", { granularity: "sentence" });

/** Sentence boundaries of a text, as [start, end) pairs, and the offsets of each sentence's first word. */
function sentences(text: string): { bounds: Array<[number, number]>; firstWords: Set<number> } {
  const bounds: Array<[number, number]> = [];
  const firstWords = new Set<number>();
  for (const s of sentenceSegmenter.segment(text)) {
    bounds.push([s.index, s.index + s.segment.length]);
    const first = /[\p{L}\p{N}]/u.exec(s.segment);
    if (first) firstWords.add(s.index + first.index);
  }
  return { bounds, firstWords };
}

function lookupWord(word: string, sentenceInitial: boolean): Form | undefined {
  const exact = lexicon.words.get(word);
  if (exact) return exact;
  // Adjectives are capitalised at the start of a sentence: "Japanische Soldaten ...".
  if (sentenceInitial) {
    const lower = word.charAt(0).toLowerCase() + word.slice(1);
    const form = lexicon.words.get(lower);
    if (form?.kind === "ADJECTIVE") return form;
  }
  return undefined;
}

function isCapitalised(word: string): boolean {
  return word.charAt(0) !== word.charAt(0).toLowerCase();
}

/**
 * Finds every reference to a country in one field of an article, with its evidence.
 * Cities and capitals are returned as places, never as country mentions.
 */
export function findCountryMentions(
  text: string,
  field: TextField = "BODY",
): { mentions: CountryMention[]; places: PlaceMention[] } {
  const { bounds, firstWords } = sentences(text);
  const sentenceAt = (offset: number) => {
    const [s, e] = bounds.find(([s, e]) => offset >= s && offset < e) ?? [0, text.length];
    return text.slice(s, e).trim();
  };
  const isSentenceStart = (offset: number) => firstWords.has(offset);
  const mentions: CountryMention[] = [];
  const covered: Array<[number, number]> = [];
  const isCovered = (start: number, end: number) => covered.some(([s, e]) => start < e && end > s);
  const push = (code: string, start: number, end: number, kind: MentionKind) => {
    mentions.push({ code, field, start, end, text: text.slice(start, end), sentence: sentenceAt(start), kind });
    covered.push([start, end]);
  };

  // 1. Multi-word names first: "Vereinigten Staaten", "Vereinigte Arabische Emirate".
  for (const m of text.matchAll(PHRASE_RE)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const form = lexicon.phrases.get(PHRASES[group]!)!;
    push(form.code, m.index, m.index + m[0].length, form.kind);
  }

  // 2. Cities: places, and never read as countries.
  const places: PlaceMention[] = [];
  for (const m of text.matchAll(CITY_RE)) {
    if (isCovered(m.index, m.index + m[0].length)) continue;
    places.push({ name: m[0], code: CITIES[m[0]]!, field, start: m.index, end: m.index + m[0].length });
    covered.push([m.index, m.index + m[0].length]);
  }

  // 3. Single words and hyphenated compounds.
  const words = [...text.matchAll(WORD_RE)];
  words.forEach((m, i) => {
    const word = m[0].replace(/-$/, "");
    const start = m.index;
    const end = start + word.length;
    if (isCovered(start, end)) return;
    const previous = words[i - 1]?.[0];
    const nextWord = words[i + 1]?.[0];
    const initial = isSentenceStart(start);

    const whole = lookupWord(word, initial);
    if (whole) {
      if (previous && FOREIGN_NAME_PREFIXES.has(previous)) return; // "New Jersey"
      if (whole.kind === "ADJECTIVE") {
        if (nextWord && GEOGRAPHIC_NOUNS.has(nextWord)) return; // "Indischer Ozean"
        if (isCapitalised(word) && !initial) return; // "ins Englische", "Japanisches Meer": a language or a name part
      }
      push(whole.code, start, end, whole.kind);
      return;
    }
    if (isCapitalised(word) && !initial && previous && LANGUAGE_CONTEXT.has(previous)) return;

    // Compounds: "US-Verteidigungsminister", "deutsch-französische", "Nordkorea-Krise".
    const parts = m[0].split("-");
    if (parts.length < 2) return;
    const found = new Set<string>();
    parts.forEach((part, p) => {
      const last = p === parts.length - 1;
      const form = part
        ? (lookupWord(part, p === 0 && initial) ?? (!last ? lexicon.words.get(part.toLowerCase()) : undefined))
        : undefined;
      if (form && !found.has(form.code) && (form.kind !== "ADJECTIVE" || !isCapitalised(part) || p === 0)) {
        found.add(form.code);
        mentions.push({
          code: form.code,
          field,
          start,
          end,
          text: word,
          sentence: sentenceAt(start),
          kind: "COMPOUND",
        });
      }
    });
    if (found.size > 0) covered.push([start, end]);
  });

  mentions.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
  return { mentions, places };
}

export interface CountrySummary {
  code: string;
  count: number;
  mentions: CountryMention[];
}

/** Mentions grouped by country, most mentioned first. */
export function summarizeMentions(mentions: CountryMention[]): CountrySummary[] {
  const byCode = new Map<string, CountryMention[]>();
  for (const m of mentions) byCode.set(m.code, [...(byCode.get(m.code) ?? []), m]);
  return [...byCode.entries()]
    .map(([code, ms]) => ({ code, count: ms.length, mentions: ms }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
