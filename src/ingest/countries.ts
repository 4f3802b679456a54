import { allCountries } from "../vocab/countries.js";
import {
  CONTINENT_ADJECTIVES,
  CURATED,
  DIRECTION_PREFIXES,
  FOREIGN_NAME_PREFIXES,
  GEOGRAPHIC_NOUNS,
  INSTITUTION_HEADS,
  ISLAND_NOUNS,
  LANGUAGE_CONTEXT,
  NOMINALISED_DEMONYMS,
  RIVER_HEADS,
} from "./country-forms.js";
import { findPlaceMentions, isCityState, type PlaceMention } from "./places.js";
import { evidenceOf, sentenceBounds, type TextField } from "./sentences.js";
import { hasMark, LETTER, MARK, NUMBER, startsUpper, type Word, wordsIn } from "./words.js";

export type { PlaceMention } from "./places.js";
export type { TextField } from "./sentences.js";
export type MentionKind = "NAME" | "ADJECTIVE" | "DEMONYM" | "ABBREVIATION" | "COMPOUND";

/** One piece of evidence that a text references a country. */
export interface CountryMention {
  code: string;
  field: TextField;
  /** UTF-16 offsets into the field, end exclusive. */
  start: number;
  end: number;
  /** The matched text as written (the whole word for compounds). */
  text: string;
  /** The sentence around it, at most MAX_EVIDENCE_CHARS long (src/ingest/bounds.ts). */
  sentence: string;
  kind: MentionKind;
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
/**
 * The words /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*-?/gu finds, each with its final hyphen ("Nord- und
 * Südkorea"), by wordsIn (words.ts: the regular expression is slow on most texts).
 */
function wordsOf(text: string): Word[] {
  const words = wordsIn(text, LETTER | MARK | NUMBER, "'’-");
  for (const w of words) if (text.charCodeAt(w.index + w.text.length) === 45) w.text += "-"; // the final "-?"
  return words;
}
const DIRECTION_RE = new RegExp(`^(?:${[...DIRECTION_PREFIXES].sort((a, b) => b.length - a.length).join("|")})`);
const ADJECTIVE_STEMS = new Set([...CURATED.values()].flatMap((c) => c.adjectives));
/** Words before a lowercase adjective stem that make it the language: "auf türkisch", "spricht deutsch". */
const LANGUAGE_VERBS = new Set(["auf", "spricht", "sprechen", "sprach", "sprachen", "spreche", "sprichst"]);

/** Longest hyphenated word read as a compound ("US-Verteidigungsministeriums-Sprecherin" has 40). */
const MAX_COMPOUND_CHARS = 100;
const SPACES = /^\s+$/u;
const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

function lookupWord(word: string, sentenceInitial: boolean): Form | undefined {
  const exact = lexicon.words.get(word);
  if (exact) return exact;
  const capitalised = startsUpper(word);
  if (capitalised && !sentenceInitial) return undefined;
  const lower = capitalised ? lowerFirst(word) : word;
  // Adjectives are capitalised at the start of a sentence: "Japanische Soldaten ...".
  if (sentenceInitial) {
    const form = lexicon.words.get(lower);
    if (form?.kind === "ADJECTIVE") return form;
  }
  // A direction before an adjective: "im südpolnischen Krakau", "nordostsyrische Kurden".
  if (lower.length > 8 && lower.includes("isch")) {
    const direction = DIRECTION_RE.exec(lower);
    if (direction) {
      const rest = lower.slice(direction[0].length);
      // "südamerikanisch": the continent.
      if ([...CONTINENT_ADJECTIVES].some((stem) => rest.startsWith(stem))) return undefined;
      const form = lexicon.words.get(rest);
      if (form?.kind === "ADJECTIVE") return form;
    }
  }
  return undefined;
}

function isCapitalised(word: string): boolean {
  return word.charAt(0) !== word.charAt(0).toLowerCase();
}

/** Sorted, non-overlapping [start, end) spans visited in ascending order of the probe: a moving pointer. */
function spanCursor(spans: Array<[number, number]>) {
  let p = 0;
  return (start: number): [number, number] | undefined => {
    while (p < spans.length && spans[p]![1] <= start) p++;
    return spans[p];
  };
}

/**
 * Finds every reference to a country in one field of an article, with its evidence.
 * Capitals, cities and metonyms are returned as places (see places.ts), never as country mentions.
 */
export function findCountryMentions(
  text: string,
  field: TextField = "BODY",
): { mentions: CountryMention[]; places: PlaceMention[] } {
  const { bounds, firstWords } = sentenceBounds(text);
  const isSentenceStart = (offset: number) => firstWords.has(offset);
  const mentions: CountryMention[] = [];
  const push = (code: string, start: number, end: number, kind: MentionKind) => {
    const sentence = evidenceOf(text, bounds, start, end);
    mentions.push({ code, field, start, end, text: text.slice(start, end), sentence, kind });
  };

  // 1. Multi-word names first: "Vereinigten Staaten", "Vereinigte Arabische Emirate".
  const phraseSpans: Array<[number, number]> = [];
  for (const m of text.matchAll(PHRASE_RE)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const form = lexicon.phrases.get(PHRASES[group]!)!;
    push(form.code, m.index, m.index + m[0].length, form.kind);
    phraseSpans.push([m.index, m.index + m[0].length]);
  }

  // 2. Places: never read as countries ("Mexiko-Stadt", "Kuwait-Stadt"), but a city-state is both ("in Singapur").
  const places = findPlaceMentions(text, field);
  const phraseAt = spanCursor(phraseSpans);
  const placeAt = spanCursor(places.filter((p) => !isCityState(p)).map((p) => [p.start, p.end]));

  // 3. Single words and hyphenated compounds.
  const normalise = hasMark(text);
  const words = wordsOf(text);
  words.forEach((m, i) => {
    const written = m.text.endsWith("-") ? m.text.slice(0, -1) : m.text;
    const start = m.index;
    const end = start + written.length;
    const phrase = phraseAt(start);
    if (phrase && phrase[0] < end) return;
    const place = placeAt(start);
    const inPlace = place && place[0] < end ? place : undefined;
    if (inPlace && inPlace[0] <= start && inPlace[1] >= end) return;
    const word = normalise ? written.normalize("NFC") : written;
    const previous = words[i - 1]?.text;
    const next = words[i + 1];
    // The next word only when nothing but spaces separates them ("die Deutschen. Sie" has no next word).
    const nextWord =
      next && SPACES.test(text.slice(end, next.index))
        ? next.text.endsWith("-")
          ? next.text.slice(0, -1)
          : next.text
        : undefined;
    const afterNext = words[i + 2]?.text;
    const initial = isSentenceStart(start);

    // "die Deutschen" are the people; "Deutsche Bahn", "Deutscher Bundestag" are names, "ins Deutsche" the language.
    const nominal = word.startsWith("Deutsch") ? NOMINALISED_DEMONYMS.get(word) : undefined;
    if (nominal && !inPlace) {
      if (previous && LANGUAGE_CONTEXT.has(previous.toLowerCase())) return;
      if (nextWord && INSTITUTION_HEADS.has(nextWord)) return;
      if (nextWord && isCapitalised(nextWord)) {
        if (initial) push(nominal, start, end, "ADJECTIVE"); // "Deutsche Soldaten übten"
        return;
      }
      push(nominal, start, end, "DEMONYM");
      return;
    }

    const whole = inPlace ? undefined : lookupWord(word, initial);
    if (whole) {
      if (previous && FOREIGN_NAME_PREFIXES.has(previous)) return; // "New Jersey"
      if (whole.kind === "ADJECTIVE") {
        if (nextWord && GEOGRAPHIC_NOUNS.has(nextWord)) return; // "Indischer Ozean"
        // "die irische Insel" is the island, not the state; "die griechische Insel Kreta" is Greek.
        if (nextWord && ISLAND_NOUNS.has(nextWord) && !(afterNext && isCapitalised(afterNext))) return;
        // A capitalised bare stem is the language: "Türkisch ist eine schwere Sprache", "auf Türkisch".
        if (isCapitalised(word) && ADJECTIVE_STEMS.has(lowerFirst(word))) return;
        if (!isCapitalised(word) && ADJECTIVE_STEMS.has(word) && previous && LANGUAGE_VERBS.has(previous)) return;
        // "ins Englische", "Japanisches Meer": a language or a name part; "US-amerikanisch" stays an adjective.
        if (isCapitalised(word) && !initial && !/^\p{Lu}{2,}-/u.test(word)) return;
      }
      push(whole.code, start, end, whole.kind);
      return;
    }

    // Compounds: "US-Verteidigungsminister", "deutsch-französische", "Nordkorea-Krise". A hyphenated
    // run longer than any German word is no compound (and its text would be the whole run).
    if (!word.includes("-") || word.length > MAX_COMPOUND_CHARS) return;
    const parts = word.split("-");
    // "ins Japanisch-Deutsche": a language pair after an article; "das US-Außenministerium" is not.
    const firstAdjective = lexicon.words.get(lowerFirst(parts[0]!));
    if (
      isCapitalised(parts[0]!) &&
      firstAdjective?.kind === "ADJECTIVE" &&
      !initial &&
      previous &&
      LANGUAGE_CONTEXT.has(previous)
    )
      return;
    const found = new Set<string>();
    let offset = start;
    parts.forEach((part, p) => {
      const partStart = offset;
      offset += part.length + 1;
      if (inPlace && partStart < inPlace[1]) return; // "Kiew-Besuch": Kiew is a place
      if (p > 0 && GEOGRAPHIC_NOUNS.has(parts[p - 1]!)) return; // "Golf-Emirate": a region
      if (p < parts.length - 1 && RIVER_HEADS.has(parts[p + 1]!)) return; // "Kongo-Fluss": the river
      const last = p === parts.length - 1;
      const form = part
        ? (lookupWord(part, p === 0 && initial) ?? (!last ? lexicon.words.get(part.toLowerCase()) : undefined))
        : undefined;
      if (form && !found.has(form.code) && (form.kind !== "ADJECTIVE" || !isCapitalised(part) || p === 0)) {
        found.add(form.code);
        push(form.code, start, end, "COMPOUND");
      }
    });
  });

  mentions.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
  return { mentions, places };
}

export interface CountrySummary {
  code: string;
  /** How often the text names the country: every occurrence, also those not kept as evidence. */
  count: number;
  /** The occurrences in text order; extractArticle keeps the first few (src/ingest/bounds.ts). */
  mentions: CountryMention[];
}

/** Mentions grouped by country, most mentioned first. */
export function summarizeMentions(mentions: CountryMention[]): CountrySummary[] {
  const byCode = new Map<string, CountryMention[]>();
  for (const m of mentions) {
    const list = byCode.get(m.code);
    if (list) list.push(m);
    else byCode.set(m.code, [m]);
  }
  return [...byCode.entries()]
    .map(([code, ms]) => ({ code, count: ms.length, mentions: ms }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
