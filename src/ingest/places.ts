import { allCountries } from "../vocab/countries.js";
import { COMMON_GIVEN_NAMES } from "../vocab/given-names.js";
import { isGermanNoun } from "../vocab/german-nouns.js";
import {
  type Entry,
  ENTRIES,
  namesakes,
  type PlaceKind,
  smallPlaceEntry,
  smallPlaceForms,
  smallPlaceLines,
} from "../vocab/gazetteer.js";
import {
  CLUB_INITIALS,
  CLUB_PREFIXES,
  TEAM_ROLES,
  COMMON_WORD_NAMES,
  COMPASS_NOUNS,
  GIVEN_NAMES,
  INSTITUTION_ACRONYMS,
  INSTITUTION_HEADS,
  isRegionalAdjective,
  METONYMS,
  NAME_CONTINUATIONS,
  NOT_PLACES,
  PLACE_APPOSITIONS,
  PLACE_PREPOSITIONS,
  REGION_HEADS,
  RIVER_HEADS,
  SPORTS_WORDS,
  TITLE_INTRODUCERS,
  VENUE_HEADS,
  VENUE_NOUNS,
} from "../vocab/place-names.js";
import { FOREIGN_PARTICLES, FOREIGN_SURNAME, GAELIC_SURNAME, REGION_NAMES } from "../vocab/person-names.js";
import { CURATED, DIRECTION_PREFIXES } from "./country-forms.js";
import { sentenceFinder, type TextField } from "./sentences.js";
import { hasMark, LETTER, MARK, NUMBER, startsUpper, wordsIn } from "./words.js";

/** One reference to a place in one field of an article, with its evidence. */
export interface PlaceMention {
  /** Stable across releases: the GeoNames id for gazetteer entries, a slug ("kreml") for metonyms. */
  key: string;
  /** Canonical German name ("Moskau", whatever the text wrote: "MOSKAU", "Moskaus"). */
  name: string;
  /** ISO 3166-1 alpha-2 code of the place's country. */
  code: string;
  kind: PlaceKind;
  field: TextField;
  /** UTF-16 offsets into the field, end exclusive; text === field.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** The sentence around it, at most MAX_EVIDENCE_CHARS long (bounds.ts). */
  sentence: string;
}

/** A written form split into whitespace-separated tokens ("St. Petersburg" -> ["St", "Petersburg"]). */
interface Form {
  tokens: string[];
  entry: Entry;
  text: string;
}

// City-states, where country and city are one: "in Singapur", "aus Hongkong" is also the city, "Vatikanstadt (KNA)"
// the capital.
const CITY_STATES = new Set(["SG", "HK", "MO", "MC", "VA"]);
const namesOf = (c: ReturnType<typeof allCountries>[number]) => [...c.germanNames, c.nameEn];
const CITY_STATE_NAMES = new Set(
  allCountries()
    .filter((c) => CITY_STATES.has(c.code))
    .flatMap(namesOf),
);
// Other country names, also the curated ones ("Holland", "Weißrussland"), are read as countries ("Luxemburg",
// "Dschibuti", "Kuwait"), never as places.
const COUNTRY_NAMES = new Set(
  [...allCountries().flatMap(namesOf), ...[...CURATED.values()].flatMap((c) => c.names)].filter(
    (name) => !CITY_STATE_NAMES.has(name),
  ),
);

/** A city-state's capital: its name is read as the country as well (countries.ts). */
export const isCityState = (place: { code: string; kind: PlaceKind }) =>
  place.kind === "CAPITAL" && CITY_STATES.has(place.code);

/**
 * A name that is also a common word, or a city-state's (which is read as the country too): counts only with
 * place evidence ("in Singapur"; not "Indonesien, Singapur, Vietnam").
 */
const isCommonWord = (entry: Entry, form: string) =>
  COMMON_WORD_NAMES.has(form) || CITY_STATE_NAMES.has(form) || entry.ambiguous?.has(form) === true;

// Country adjectives, inflected or after a direction: "im norwegischen Bergen", "im südjordanischen Akaba".
const COUNTRY_ADJECTIVE_STEMS = new Set([...CURATED.values()].flatMap((c) => c.adjectives));
const DIRECTION_RE = new RegExp(`^(?:${[...DIRECTION_PREFIXES].sort((a, b) => b.length - a.length).join("|")})`);
function isCountryAdjective(word: string): boolean {
  const stem = word.replace(/(?:e|en|er|es|em)$/, "");
  return COUNTRY_ADJECTIVE_STEMS.has(stem) || COUNTRY_ADJECTIVE_STEMS.has(stem.replace(DIRECTION_RE, ""));
}

/**
 * "Schweizer", "Berliner", "Münchner", "Dresdner": a country's or city's adjective in -er, capitalised and
 * invariable (also its noun for an inhabitant).
 */
const PLACE_DEMONYMS = new Set([...CURATED.values()].flatMap((c) => c.demonyms));
export function isPlaceAdjective(word: string): boolean {
  if (!/\p{Ll}er$/u.test(word)) return false;
  const stem = word.slice(0, -2);
  const dropped = stem.endsWith("n") ? `${stem.slice(0, -1)}en` : `${stem}en`; // München, Dresden, Bremen
  return PLACE_DEMONYMS.has(word) || COUNTRY_NAMES.has(stem) || isPlaceForm(stem) || isPlaceForm(dropped);
}

/** Contracted preposition and article before a city's adjective: "im norwegischen Bergen". */
const SINGULAR_PLACE_ARTICLES = new Set(["im", "ins", "vom", "zum", "beim"]);
const DETERMINERS = new Set([
  "der",
  "die",
  "das",
  "des",
  "dem",
  "den",
  "im",
  "am",
  "ins",
  "vom",
  "zum",
  "zur",
  "beim",
  "ein",
  "eine",
  "einer",
  "eines",
  "einem",
  "einen",
]);

/** Articles right before a name make it something other than a city: "das Astoria", "im Adlon". */
/** Numbers and quantities before a plural noun: "drei Kirchen", "12 Wahlen", "mehreren Höfen". */
const QUANTITY =
  /^(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|beide[nm]?|mehrere[nm]?|viele[nm]?|einige[nm]?|zahlreiche[nm]?|alle[nm]?|etliche[nm]?|wenige[nm]?)$/iu;
const BARE_ARTICLES = new Set([
  "der",
  "die",
  "das",
  "dem",
  "den",
  "des",
  "Der",
  "Die",
  "Das",
  "Dem",
  "Den",
  "Des",
  "im",
  "ins",
  "Im",
]);

/** A noun naming a kind of place before its name: "Odenwalddorf Wilhelmsfeld", "Heimatort Visp", "Kantonshauptort Glarus". */
const PLACE_NOUN =
  /(?:dorf|dörfer|dörfern|gemeinde|gemeinden|stadt|städte|städten|kommune|kommunen|ortschaft|ortschaften|heimatort|wohnort|geburtsort|nachbarort|nachbarorte|nachbarorten|urlaubsort|ferienort|kurort|skiort|badeort|(?:küsten|grenz|berg|kloster|wallfahrts|wein|ausflugs|touristen|fischer|hafen|wintersport|markt|industrie|pilger|tal|insel|haupt)ort(?:e|en)?|heimat|hallig|halligen|anschlussstellen?)$/u;
/** A noble's title before the name of the family's seat. */
const NOBILITY =
  /^(?:Graf|Gräfin|Grafen|Freiherr|Freifrau|Fürst|Fürstin|Fürsten|Baron|Baronin|Herzog|Herzogin|Herzogs|Markgraf|Landgraf|Prinz|Prinzessin|Kurfürst)$/u;
/** Treaties, edicts, congresses and battles named after a place ("Vertrag von Maastricht", "Schlacht bei Waterloo"). */
const NAMED_AFTER_PLACE =
  /^(?:Edikt|Edikts|Vertrag|Vertrags|Verträge|Frieden|Friedens|Konzil|Konzils|Kongress|Kongresses|Schlacht|Abkommen|Abkommens|Protokoll|Protokolls|Konvention|Reichstag|Reichstags)$/u;
/** Adjectives that locate or date a place after an article: "im benachbarten", "dem heutigen", "das damalige". */
const LOCATING_ADJECTIVE = /^(?:benachbart|nahegelegen|angrenzend|umliegend|heutig|damalig|einstig)e[nmrs]?$/u;
const isPlaceNoun = (word: string) => isCapitalised(word) && PLACE_NOUN.test(word.toLowerCase());

/** The last part of a compound named after a person: "-Flughafen", "-Stiftung", "-Gymnasium". */
const NAMED_FACILITY =
  /-(?:Flughafen|Airport|Straße|Platz|Allee|Weg|Ring|Brücke|Stiftung|Haus|Schule|Gymnasium|Preis|Stadion|Halle|Institut|Museum|Kaserne|Zentrum|Universität)$/u;

const OPENING_QUOTES = '„"»“‚';
const CLOSING_QUOTES = '“"«”‘';

function splitForm(text: string): string[] {
  return text.split(/\s+/).map((t) => t.replace(/\.$/, ""));
}

/** first token -> forms starting with it, longest first; one map as written, one in capitals. */
function buildIndex() {
  const exact = new Map<string, Form[]>();
  const upper = new Map<string, Form[]>();
  const seen = new Set<string>();
  for (const entry of ENTRIES) {
    // Swiss copy writes no "ß": "Strassburg" is Straßburg.
    const swiss = entry.forms.filter((f) => f.includes("ß")).map((f) => f.replaceAll("ß", "ss"));
    for (const text of [...entry.forms, ...swiss]) {
      if (seen.has(text) || NOT_PLACES.has(text) || (entry.kind !== "METONYM" && COUNTRY_NAMES.has(text))) continue;
      seen.add(text);
      const tokens = splitForm(text);
      const form: Form = { tokens, entry, text };
      const add = (map: Map<string, Form[]>, key: string, f: Form) => {
        const list = map.get(key);
        if (list) list.push(f);
        else map.set(key, [f]);
      };
      add(exact, tokens[0]!, form);
      const upperTokens = tokens.map((t) => t.toUpperCase());
      add(upper, upperTokens[0]!, { tokens: upperTokens, entry, text });
    }
  }
  for (const map of [exact, upper])
    for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  // The most hyphen-separated parts in a first token ("Castrop-Rauxel": 2): longer heads of a compound are no place.
  const hyphenParts = Math.max(...[...exact.keys()].map((k) => k.split("-").length));
  return { exact, upper, hyphenParts };
}

const INDEX = buildIndex();
/** Whether a single word is a place's name in the gazetteer, as written ("Bremen", "Düsseldorf"). */
export const isPlaceForm = (word: string) => INDEX.exact.get(word)?.some((f) => f.tokens.length === 1) ?? false;
const METONYM_PREFIXES = METONYMS.filter((m) => m.prefix).map((m) => ({
  prefix: m.prefix!,
  entry: ENTRIES.find((e) => e.key === m.key)!,
}));

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const COMBINING = /\p{M}/u;
const LOWERCASE = /\p{Ll}/u;

interface Token {
  /** As written, NFC-normalised when the text has combining marks (offsets stay the written ones). */
  norm: string;
  start: number;
  end: number;
}

/** The words TOKEN_RE finds (by wordsIn in words.ts: the regular expression is slow on most texts). */
function tokenize(text: string): Token[] {
  const normalise = hasMark(text);
  return wordsIn(text, LETTER | MARK | NUMBER, "'’-").map(({ text: word, index }) => ({
    norm: normalise ? word.normalize("NFC") : word,
    start: index,
    end: index + word.length,
  }));
}

const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{M}\p{N}'’-]+$/u;
const isAllCaps = (word: string) => ALL_CAPS.test(word);
const isCapitalised = startsUpper;

/** Offset where the written form of a (possibly NFC-normalised) prefix of `token` of length `length` ends. */
function writtenEnd(text: string, token: Token, normLength: number): number {
  if (normLength >= token.norm.length) return token.end;
  // Walk the written token until its NFC form is normLength long (combining marks make it longer).
  for (let end = token.start + normLength; end <= token.end; end++) {
    if (text.slice(token.start, end).normalize("NFC").length === normLength) {
      // include trailing combining marks of the last letter
      let e = end;
      while (e < token.end && COMBINING.test(text.charAt(e))) e++;
      return e;
    }
  }
  return token.end;
}

/**
 * Finds every reference to a capital, city or government metonym in one field, with its evidence.
 * Case-sensitive, except that a name written in capitals counts in a dateline or an all-caps line
 * ("KAIRO/TEL AVIV (dpa) -"); a lowercase word never counts ("essen").
 */
export function findPlaceMentions(text: string, field: TextField = "BODY"): PlaceMention[] {
  const tokens = tokenize(text);
  const mentions: PlaceMention[] = [];
  const { sentenceAt, evidenceAt } = sentenceFinder(text);
  const capsLines = new Map<number, boolean>();
  let titles: Set<string> | undefined; // titled()

  // Line starts, found once (a 1 MB text may be one line: no scanning back from every match).
  let lineStarts: number[] | undefined;
  const lineStartOf = (offset: number): number => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let n = text.indexOf("\n"); n !== -1; n = text.indexOf("\n", n + 1)) lineStarts.push(n + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lineStarts[lo]!;
  };
  /** In a dateline (only capitals before it on its line) or on a line without lowercase letters. */
  const capsContext = (offset: number): boolean => {
    const lineStart = lineStartOf(offset);
    if (offset - lineStart < 120 && !LOWERCASE.test(text.slice(lineStart, offset))) return true;
    let caps = capsLines.get(lineStart);
    if (caps === undefined) {
      const lineEnd = text.indexOf("\n", offset);
      caps = !LOWERCASE.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
      capsLines.set(lineStart, caps);
    }
    return caps;
  };
  const datelinePosition = (offset: number): boolean => {
    const lineStart = lineStartOf(offset);
    return offset - lineStart < 120 && /^[\p{Lu}\p{M}\s/,.-]*$/u.test(text.slice(lineStart, offset));
  };
  /** Only whitespace (or the period of an abbreviation, "St. Petersburg") between two tokens of a name. */
  const joined = (a: Token, b: Token) => /^\.?\s+$/u.test(text.slice(a.end, b.start)) && b.start - a.end < 4;

  let lastPlaceEnd = -1;
  let tokenIndex = 0;
  let endIndex = 0;
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    const match = matchAt(i);
    if (!match) {
      i++;
      continue;
    }
    const { entry, formText, endToken, end } = match;
    const prev = tokens[i - 1];
    const next = tokens[endToken + 1];
    const prevWord = prev && /^[\s,]*$/.test(text.slice(prev.end, tok.start)) ? prev.norm : undefined;
    const nextWord =
      next && /^\s+$/u.test(text.slice(end, next.start)) && end === tokens[endToken]!.end ? next.norm : undefined;
    tokenIndex = i;
    endIndex = endToken;
    if (!inParticleName(i, endToken) && accept(entry, formText, prev, prevWord, nextWord, tok, end)) {
      mentions.push({
        key: entry.key,
        name: entry.name,
        code: entry.code,
        kind: entry.kind,
        field,
        start: tok.start,
        end,
        text: text.slice(tok.start, end),
        sentence: evidenceAt(tok.start, end),
      });
      lastPlaceEnd = end;
    }
    i = endToken + 1;
  }
  return mentions;

  /**
   * "das Wien Maria Theresias", "das Wien Mozarts", "das Berlin der Zwanzigerjahre": a genitive after a city takes its
   * article; "den Detroit Red Wings" is a team.
   */
  function ofAnAge(nextWord: string | undefined): boolean {
    if (nextWord === undefined) return false;
    const genitive = (w: string | undefined) => w !== undefined && /^\p{Lu}\p{Ll}+s$/u.test(w);
    if (nextWord === "der" || nextWord === "des" || genitive(nextWord)) return true;
    return COMMON_GIVEN_NAMES.has(nextWord) && genitive(tokens[endIndex + 2]?.norm);
  }

  /**
   * After a city named like a given name, what makes it the given name: a name that is no German word, no place and
   * no given name ("Salvador Allende", "Paris Hilton"; not "das Wien Maria Theresias"), or a nobiliary particle and a
   * name ("Minna von Barnhelm").
   */
  function givenNameBefore(nextWord: string | undefined): boolean {
    const name = (w: string | undefined): w is string => w !== undefined && /^\p{Lu}\p{Ll}+$/u.test(w);
    if (name(nextWord)) return !COMMON_GIVEN_NAMES.has(nextWord) && !isGermanNoun(nextWord) && !isPlaceForm(nextWord);
    const particleName = tokens[endIndex + 2]?.norm;
    return (nextWord === "von" || nextWord === "van") && name(particleName) && !isPlaceForm(particleName);
  }

  function accept(
    entry: Entry,
    formText: string,
    prev: Token | undefined,
    prevWord: string | undefined,
    nextWord: string | undefined,
    tok: Token,
    end: number,
  ): boolean {
    if (entry.kind === "METONYM") return true;
    // Part of a club or company name: "Union Berlin", "Hertha BSC Berlin", "Real Madrid"; after a club's
    // initials: "1. FFC Frankfurt", "VfB Stuttgart", "AC Mailand".
    if (prevWord && (CLUB_PREFIXES.has(prevWord) || CLUB_INITIALS.test(prevWord))) return false;
    // A street's or square's name: "an der Avenida Paulista", "Via Veneto"; an English institution's:
    // "University of Washington", "Bank of England".
    if (prevWord && STREET_HEADS.has(prevWord)) return false;
    if (prevWord === "of" && ENGLISH_INSTITUTIONS.test(tokens[tokenIndex - 2]?.norm ?? "")) return false;
    // A club's first word named like a town: "Werder Bremen", and alone in a sports sentence ("gegen Werder").
    if (CLUB_PREFIXES.has(formText) && nextWord && isCapitalised(nextWord) && isPlaceForm(nextWord)) return false;
    if (CLUB_PREFIXES.has(formText) && SPORTS_WORDS.test(sentenceAt(tok.start))) return false;
    // A city's genitive before a team's role is the club: "Frankfurts Trainer", "Werders Coach".
    if (nextWord && TEAM_ROLES.test(nextWord) && tok.norm !== formText && tok.norm.endsWith("s")) return false;
    // A person: "Denzel Washington"; another name: "Washington Post", "Paris Hilton".
    if (prevWord && GIVEN_NAMES.has(prevWord)) return false;
    // A given name before a surname of foreign shape: "Gastgeber Santiago Peña", "Sofia Nikolić", "Sydney
    // McLaughlin-Levrone".
    if (nextWord && isCapitalised(nextWord) && (FOREIGN_SURNAME.test(nextWord) || GAELIC_SURNAME.test(nextWord)))
      return false;
    if (COMMON_GIVEN_NAMES.has(formText) && givenNameBefore(nextWord)) return false;
    if (nextWord && NAME_CONTINUATIONS.has(nextWord)) return false;
    if (prev && unknownClubWord(prev, tok) && SPORTS_WORDS.test(sentenceAt(tok.start))) return false;
    // An event or treaty named after the place: "das Edikt von Nantes", "der Vertrag von Maastricht".
    if ((prevWord === "von" || prevWord === "bei") && NAMED_AFTER_PLACE.test(tokens[tokenIndex - 2]?.norm ?? ""))
      return false;
    // A noble's title: "Graf Lichtenfels", "Graf Gustl von Pottenstein", "des Herzogs von Wellington".
    const titled = (k: number) => NOBILITY.test(tokens[k]?.norm ?? "");
    if (titled(tokenIndex - 1) || (prevWord === "von" && (titled(tokenIndex - 2) || titled(tokenIndex - 3))))
      return false;
    // A venue's name: "Hotel Astoria", "Traditionshotel Astoria", "am Rastplatz Holzkirchen".
    if (prevWord && (VENUE_NOUNS.has(prevWord) || (isCapitalised(prevWord) && VENUE_HEADS.test(prevWord))))
      return false;
    // A region named after its seat: "im Landkreis Esslingen", "in der Region Valencia"; a state whose name ends
    // like a city: "im Bundesstaat North Carolina".
    if (prevWord && (REGION_HEADS.has(prevWord) || NOT_PLACES.has(`${prevWord} ${formText}`))) return false;
    // A river named like a town: "am Grenzfluss Paraná".
    if (prevWord && isCapitalised(prevWord) && RIVER_HEADS.test(prevWord)) return false;
    // Part of an institution's name: "Universität Kyoto", "Bistum Osnabrück", "ETH Zürich".
    if (
      prevWord &&
      (INSTITUTION_ACRONYMS.has(prevWord) || (isCapitalised(prevWord) && INSTITUTION_HEADS.test(prevWord)))
    )
      return false;
    // A city takes no bare article ("das Astoria war", "im Astoria"); with an adjective it may ("das alte Leipzig").
    // After a comma the word is a relative pronoun ("Migranten, die Brüssel uns zuteilt"); in a compound the
    // article is the compound's ("dem Kiew-Besuch").
    const compound = tok.norm.includes("-") && !formText.includes("-");
    if (
      prevWord &&
      prev &&
      !compound &&
      BARE_ARTICLES.has(prevWord) &&
      !ofAnAge(nextWord) &&
      !/,\s*$/u.test(text.slice(Math.max(0, prev.start - 3), prev.start))
    )
      return false;
    if (inTitle(tok)) return false;
    // A number before a common word is its plural's: "aus drei Kirchen im Landkreis Passau", "in mehreren Wahlen".
    if (prevWord && QUANTITY.test(prevWord) && isCommonWord(entry, formText)) return false;
    // A city's genitive is no given name ("Dann hat Jonas geschaut": no Jona) and takes no article ("Hamburgs
    // Hafen"): "die radikalislamische Hamas" is no genitive of Hama.
    if (tok.norm === `${formText}s` && COMMON_GIVEN_NAMES.has(tok.norm)) return false;
    if (tok.norm !== formText && tok.norm.endsWith("s") && prevWord) {
      const article = (w: string | undefined) => w !== undefined && /^(?:der|die|das|den|dem|des)$/iu.test(w);
      const adjective = /^\p{Ll}+e[nmrs]?$/u.test(prevWord);
      if (article(prevWord) || (adjective && article(tokens[tokenIndex - 2]?.norm))) return false;
    }
    if (isCommonWord(entry, formText)) {
      // "in Halle 5": a numbered hall, no city.
      if (nextWord && /^\d/u.test(nextWord)) return false;
      // "in Essen", "die Stadt Essen", "ESSEN (dpa)", "Bochum und Essen"; not "beim Essen", "die Halle".
      const p = prevWord?.toLowerCase();
      const compass = COMPASS_NOUNS.has(formText);
      if (p && PLACE_PREPOSITIONS.has(p) && p !== "und" && (!compass || p === "in" || p === "aus")) return true;
      // "rund um Bergen"
      if (p === "um" && !compass && tokens[tokenIndex - 2]?.norm.toLowerCase() === "rund") return true;
      if (prevWord && (PLACE_APPOSITIONS.has(prevWord) || isPlaceNoun(prevWord))) return true;
      // "in Nachbarkommunen wie Schotten und Grebenhain"
      if (p === "wie" && isPlaceNoun(tokens[tokenIndex - 2]?.norm ?? "")) return true;
      // "im norwegischen Bergen", "aus dem norwegischen Bergen"; not "auf amerikanische Waren".
      // Also a region's adjective: "im bernischen Thun".
      // So does a country's or city's invariable adjective in -er: "im Schweizer Crans-Montana".
      const adjective =
        prevWord &&
        (isCapitalised(prevWord)
          ? isPlaceAdjective(prevWord)
          : isCountryAdjective(prevWord) || isRegionalAdjective(prevWord));
      if (adjective) {
        const article = tokens[tokenIndex - 2]?.norm.toLowerCase();
        const before = tokens[tokenIndex - 3]?.norm.toLowerCase();
        if (
          article &&
          (SINGULAR_PLACE_ARTICLES.has(article) || (article === "dem" && before && PLACE_PREPOSITIONS.has(before)))
        )
          return true;
      }
      if ((p === "und" || p === "oder") && prev && lastPlaceEnd >= 0 && prev.start - lastPlaceEnd < 6) return true;
      // Inside a list of places: "in Gelsenkirchen, Essen und Bochum"; not "in Berlin, Essen und Trinken".
      const listed = prev && prev.end === lastPlaceEnd && /^,\s+$/u.test(text.slice(prev.end, tok.start));
      const then = tokens[tokenIndex + 2]?.norm;
      if (listed && (nextWord === "und" || nextWord === "oder") && then && isPlaceForm(then)) return true;
      // "im benachbarten Bünde", "Pergamon, dem heutigen Bergama": an adjective that locates or dates a place.
      const determiner = tokens[tokenIndex - 2]?.norm.toLowerCase();
      if (prevWord && LOCATING_ADJECTIVE.test(prevWord) && determiner && DETERMINERS.has(determiner)) return true;
      if (locatedAfter(endIndex)) return true;
      // "auf der A93 Richtung Kufstein" (not "Richtung Norden"); "verwiesen auf Murten, wo man …" (not "am Bodensee, wo",
      // "in Auerbachs Keller, wo").
      if (prevWord === "Richtung" && !COMPASS_NOUNS.has(formText)) return true;
      const where = /^,\s+wo\s/u.test(text.slice(end, end + 6));
      if (where && prevWord && !isCapitalised(prevWord) && !DETERMINERS.has(prevWord.toLowerCase())) return true;
      // A name that is no word: "aus dem benachbarten Friedrichroda" (any adjective), "in Oberhof, Altenberg und …"
      // (a list after a place).
      if (entry.small) {
        const article = tokens[tokenIndex - 2]?.norm.toLowerCase();
        const before = tokens[tokenIndex - 3]?.norm.toLowerCase();
        const adjective = prevWord !== undefined && /^\p{Ll}+(?:en|em|er|e)$/u.test(prevWord);
        if (
          adjective &&
          article &&
          (SINGULAR_PLACE_ARTICLES.has(article) || (article === "dem" && before && PLACE_PREPOSITIONS.has(before)))
        )
          return true;
        if (prev && prev.end === lastPlaceEnd && /^,\s+$/u.test(text.slice(prev.end, tok.start))) return true;
      }
      // A newspaper's seat in a press review: „Mitteldeutsche Zeitung“ (Halle).
      if (/[“"«»]\s*\($/u.test(text.slice(Math.max(0, tok.start - 3), tok.start)) && text.charAt(tok.end) === ")")
        return true;
      if (datelinePosition(tok.start) && /^\s*[(/,-]/.test(text.slice(tok.end, tok.end + 3))) return true;
      // A local paper's dateline: the place alone with a period opening the paragraph ("Dinkelsbühl. Bei …").
      return lineStartOf(tok.start) === tok.start && /^\.[ \t]+\p{Lu}/u.test(text.slice(end, end + 4));
    }
    return true;
  }

  /**
   * Located by a compass point, a country, a Land or a district after it: "Montego Bay im Norden", "Nysa in
   * Südwestpolen", "Ramsau am Dachstein in der Steiermark", "Hinwil im Kanton Zürich".
   */
  function locatedAfter(last: number): boolean {
    const [on, where, region] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
    if (!on || !where || !joined(tokens[last]!, on) || !joined(on, where)) return false;
    if (on.norm === "im")
      return COMPASS_NOUNS.has(where.norm) || (REGION_HEADS.has(where.norm) && !!region && isCapitalised(region.norm));
    if (on.norm === "in" && where.norm === "der") return !!region && REGION_NAMES.has(region.norm);
    const country = where.norm.toLowerCase().replace(DIRECTION_RE, "");
    const named = country.charAt(0).toUpperCase() + country.slice(1);
    return on.norm === "in" && (COUNTRY_NAMES.has(named) || REGION_NAMES.has(where.norm));
  }

  /**
   * Tokens first..last are one part of a longer name joined by a Romance particle: "Praia da Luz",
   * "Rincón del Cerro", "Gare de Lyon". Whole names the gazetteer knows ("Rio de Janeiro") match before this.
   */
  function inParticleName(first: number, last: number): boolean {
    const linked = (a: number, b: number, c: number): boolean => {
      const [x, particle, y] = [tokens[a], tokens[b], tokens[c]];
      if (!x || !particle || !y || !FOREIGN_PARTICLES.has(particle.norm)) return false;
      const spaced = (l: Token, r: Token) => /^ +$/u.test(text.slice(l.end, r.start));
      return spaced(x, particle) && spaced(particle, y) && isCapitalised(x.norm) && isCapitalised(y.norm);
    };
    return linked(last, last + 1, last + 2) || linked(first - 2, first - 1, first);
  }

  /**
   * A capitalised word that is neither a place, an apposition nor a sentence's first word, right before
   * the city: with a sports word in the sentence it names a club ("bei Atalanta Bergamo antreten").
   */
  function unknownClubWord(prev: Token, tok: Token): boolean {
    if (!/^[ \u00a0]+$/u.test(text.slice(prev.end, tok.start))) return false;
    const word = prev.norm;
    if (!isCapitalised(word) || isAllCaps(word) || PLACE_APPOSITIONS.has(word) || COUNTRY_NAMES.has(word)) return false;
    if (isPlaceNoun(word)) return false; // "in ihrer Heimatstadt Manchester"
    if (prev.end === lastPlaceEnd || INDEX.exact.has(word)) return false;
    // A noun with its article is an apposition ("im Großraum New York"); a club name has none ("bei Atalanta").
    const before = tokens[tokenIndex - 2]?.norm.toLowerCase();
    if (before && DETERMINERS.has(before)) return false;
    return (
      !/[.!?:]["“”»«]?\s*$/u.test(text.slice(Math.max(0, prev.start - 3), prev.start)) &&
      prev.start > lineStartOf(prev.start)
    );
  }

  /** Inside a short quotation introduced like a title: "der „Meistersinger von Nürnberg“". */
  function inTitle(tok: Token): boolean {
    const before = text.slice(Math.max(0, tok.start - 80), tok.start);
    const open = Math.max(...[...OPENING_QUOTES].map((q) => before.lastIndexOf(q)));
    if (open === -1) return false;
    const inside = before.slice(open + 1);
    if (/[.!?:;,]/.test(inside) || [...CLOSING_QUOTES].some((q) => q !== before.charAt(open) && inside.includes(q)))
      return false;
    const after = text.slice(tok.end, tok.end + 80);
    const close = Math.min(...[...CLOSING_QUOTES].map((q) => after.indexOf(q)).filter((n) => n !== -1));
    if (!Number.isFinite(close) || /[.!?:;,]/.test(after.slice(0, close))) return false;
    if ((inside + after.slice(0, close)).split(/\s+/).filter(Boolean).length > 8) return false;
    const openAt = tok.start - inside.length - 1;
    // „Bochum“: a place's name alone in quotation marks is a title (a song, a film, a ship).
    if (inside.trim() === "" && after.slice(0, close).trim() === "") return true;
    if (introducesTitle(text.slice(Math.max(0, openAt - 40), openAt))) return true;
    // "„Kairos“ erzählt von …" after "ihrem Roman „Kairos“": the same quotation introduced as a title elsewhere.
    return titled().has(text.slice(openAt + 1, tok.end + close));
  }

  /** The texts of the short quotations the text introduces as titles, found in one pass. */
  function titled(): Set<string> {
    if (titles) return titles;
    titles = new Set();
    for (const m of text.matchAll(/[„"»“‚]([^„"»“‚“”"«‘.!?:;,\n]{1,80})[“”"«‘]/gu))
      if (introducesTitle(text.slice(Math.max(0, m.index - 40), m.index))) titles.add(m[1]!);
    return titles;
  }

  /** Whether `before` ends with a title's introducer: "ihrem Roman", "das Kino"; also an article opening the sentence ("Das „Regina“ hatte 140 Plätze"). */
  function introducesTitle(before: string): boolean {
    const introducer = /(\p{L}+)\s*$/u.exec(before)?.[1];
    return (
      introducer !== undefined && (TITLE_INTRODUCERS.has(introducer) || TITLE_INTRODUCERS.has(introducer.toLowerCase()))
    );
  }

  /** `words` written from token i on, joined by spaces only; with `genitive`, the last may carry an "s". */
  function wordsAt(i: number, words: string[], genitive: boolean): boolean {
    if (tokens[i]!.norm !== words[0]) return false;
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || !joined(tokens[i + k - 1]!, t)) return false;
      const want = words[k]!;
      if (t.norm !== want && !(genitive && k === words.length - 1 && t.norm === `${want}s`)) return false;
    }
    return true;
  }

  function matchAt(i: number): { entry: Entry; formText: string; endToken: number; end: number } | undefined {
    const tok = tokens[i]!;
    const word = tok.norm;
    if (!isCapitalised(word)) return undefined;
    const caps = isAllCaps(word);
    const candidates = caps ? INDEX.upper.get(word) : INDEX.exact.get(word);
    const capsOk = caps && (capsContext(tok.start) || /^(?:\/|\s*\()/.test(text.slice(tok.end, tok.end + 3)));
    let main: { entry: Entry; formText: string; endToken: number; end: number } | undefined;
    if (candidates && (!caps || capsOk)) {
      // "Frankfurt (Oder)", "Frankfurt/Oder", "Halle (Saale)": a qualifier that names one place.
      const qualifier = /^(?: \((\p{Lu}[\p{L} .-]{1,30})\)|\/(\p{Lu}\p{Ll}+))/u.exec(text.slice(tok.end, tok.end + 34));
      const named = qualifier?.[1] ?? qualifier?.[2];
      const qualified = named && candidates.find((f) => f.text === `${word} (${named})`);
      if (qualifier && named && qualified) {
        const endToken = i + (named.match(TOKEN_RE)?.length ?? 0);
        return { entry: qualified.entry, formText: qualified.text, endToken, end: tok.end + qualifier[0].length };
      }
      for (const form of candidates) {
        // Genitive on the last word: "Tel Avivs", "New Yorks".
        if (!wordsAt(i, form.tokens, !caps)) continue;
        if (NOT_PLACES.has(word) && form.tokens.length === 1) continue;
        const last = tokens[i + form.tokens.length - 1]!;
        main = { entry: form.entry, formText: form.text, endToken: i + form.tokens.length - 1, end: last.end };
        break;
      }
    }
    if (caps && !capsOk) return undefined;
    // A small place: the whole form as written (or in capitals), no genitive or compound; evidence in accept().
    // It wins over a main entry only when it is longer: "Santiago de Compostela" is not Santiago (de Chile). The
    // longest form wins ("Neukirchen beim Heiligen Blut" over a bigger Neukirchen), else the biggest place.
    let small: { line: number; formText: string; endToken: number } | undefined;
    for (const line of smallPlaceLines(caps ? word : word.toUpperCase()) ?? []) {
      for (const formText of smallPlaceForms(line)) {
        const words = formText.split(" ").map((w) => (caps ? w.toUpperCase() : w));
        if (!wordsAt(i, words, false) || NOT_PLACES.has(formText) || COUNTRY_NAMES.has(formText)) continue;
        const endToken = i + words.length - 1;
        if ((main && main.endToken >= endToken) || (small && small.endToken >= endToken)) continue;
        small = { line, formText, endToken };
      }
    }
    if (small) {
      const { line, formText, endToken } = small;
      return { entry: smallPlaceEntry(line), formText, endToken, end: tokens[endToken]!.end };
    }
    if (main) return main;
    const map = caps ? INDEX.upper : INDEX.exact;
    const hyphen = word.includes("-");
    // Genitive: "Moskaus", "Berlins" (not for names that are also common words: "Hofs").
    if (!hyphen && word.length > 4 && word.endsWith(caps ? "S" : "s")) {
      const single = map.get(word.slice(0, -1))?.find((f) => f.tokens.length === 1 && !/[sßxz]$/i.test(f.text));
      if (single && !isCommonWord(single.entry, single.text)) {
        return { entry: single.entry, formText: single.text, endToken: i, end: tok.end };
      }
    }
    // Compounds: "Kiew-Besuch", "Berlin-Mitte", "Kreml-Chef", "Kremlchef": the place is the first part.
    // Not in a compound of three capitalised names: "Norman-Manley-Flughafen", "Konrad-Adenauer-Stiftung"
    // are named after persons.
    const personCompound = hyphen && /^\p{Lu}[^-]*-\p{Lu}[^-]*-\p{Lu}/u.test(word) && NAMED_FACILITY.test(word);
    // A city's part named by a compass point: "West-Berlin", "Ost-Jerusalem" (the city; the evidence keeps the whole word).
    const compass = hyphen ? /^(\p{Lu}\p{Ll}+)-(\p{Lu}[^-]+)$/u.exec(word) : null;
    if (compass && DIRECTION_PREFIXES.has(compass[1]!.toLowerCase())) {
      const single = map.get(compass[2]!)?.find((f) => f.tokens.length === 1);
      if (single && !isCommonWord(single.entry, single.text)) {
        return { entry: single.entry, formText: single.text, endToken: i, end: tok.end };
      }
    }
    if (hyphen && !personCompound && !namesRegion(word)) {
      const parts = word.split("-", INDEX.hyphenParts + 1);
      // Heads longer than any name are skipped: a word of 40,000 parts would otherwise be joined 40,000 times.
      for (let n = Math.min(parts.length - 1, INDEX.hyphenParts); n >= 1; n--) {
        const head = parts.slice(0, n).join("-");
        const single = map.get(head)?.find((f) => f.tokens.length === 1);
        if (single && !isCommonWord(single.entry, single.text)) {
          return { entry: single.entry, formText: single.text, endToken: i, end: writtenEnd(text, tok, head.length) };
        }
      }
    }
    for (const { prefix, entry } of METONYM_PREFIXES) {
      if (
        word.startsWith(prefix) &&
        (word.length === prefix.length || /^[-\p{Ll}]/u.test(word.charAt(prefix.length)))
      ) {
        return { entry, formText: prefix, endToken: i, end: writtenEnd(text, tok, prefix.length) };
      }
    }
    return undefined;
  }
}

/**
 * A region or country named with a city: "Schleswig-Holsteins", "Bosnien-Herzegowinas". Asked only of hyphenated
 * words (it was asked of every capitalised word, with an array and a replacement each).
 */
const namesRegion = (word: string) =>
  [word, word.replace(/s$/u, "")].some((w) => NOT_PLACES.has(w) || COUNTRY_NAMES.has(w));

/** Street and square words before a name (Romance and English): the name is the street's. */
const STREET_HEADS = new Set([
  "Avenida",
  "Avenue",
  "Rua",
  "Calle",
  "Via",
  "Viale",
  "Rue",
  "Boulevard",
  "Plaza",
  "Praça",
]);
const ENGLISH_INSTITUTIONS =
  /^(?:University|College|Institute|School|Bank|Museum|Academy|Duke|Duchess|Archbishop|Bishop|Earl)$/u;

const HOME = new Set(["DE", "AT", "CH"]);
/** "home metonym" -> the home country's own seat of the same name. */
const HOME_SEATS = new Map([["AT kanzleramt", "ballhausplatz"]]);

/**
 * Namesakes decided by the article's countries: "Kampen" is the village on Sylt, not the Dutch town, where the
 * article names no country of the Dutch one; "Santa Clara" California's where it names the USA, not Cuba;
 * "Valencia" Venezuela's where it names Venezuela and not Spain. A capital, a place in a country the article names
 * and a place in a German-speaking country (the copy's home, seldom named) keep their entry; otherwise the
 * namesake in a country the article names wins, else one in a German-speaking country. `home` is the copy's own
 * country (its agency's: Keystone-SDA, APA; federalStateOf in persons.ts): there its namesake wins over a German-speaking
 * neighbour's ("Freiburg" in Swiss copy is Fribourg).
 */
export function withArticleCountries(
  places: PlaceMention[],
  countries: ReadonlySet<string>,
  home = "DE",
): PlaceMention[] {
  const decided = new Map<string, Entry | null>();
  // Austrian or Swiss copy about places at home ("Thal (APA) - ... Graz") means its own Thal, even where the
  // article names Germany too.
  const atHome = home !== "DE" && (countries.has(home) || places.some((p) => p.code === home));
  const decide = (place: PlaceMention): Entry | null => {
    // "das Bundeskanzleramt" in Austrian copy is Vienna's (the Ballhausplatz), not Berlin's.
    const seat = place.kind === "METONYM" ? HOME_SEATS.get(`${home} ${place.key}`) : undefined;
    if (seat) return ENTRIES.find((e) => e.key === seat) ?? null;
    // "im Vatikan" where the article names Vatikanstadt is that city-state, not a second place.
    const state = place.kind === "METONYM" ? places.find((p) => isCityState(p) && p.code === place.code) : undefined;
    if (state) return ENTRIES.find((e) => e.key === state.key) ?? null;
    if (place.kind !== "CITY") return null;
    // Its own village, even where a bigger place abroad has the name ("Altdorf" in Swiss copy is Uri's, not
    // Altdorf bei Nürnberg). Elsewhere such a village never wins: a country named in passing would take a city's
    // name for a village's ("Rotterdam" in an article naming the USA).
    if (atHome && place.code !== home) {
      const own = namesakes(place.name, { shadowed: true }).find((e) => e.code === home);
      if (own) return own;
    }
    if (countries.has(place.code)) return null;
    const all = namesakes(place.name);
    // Swiss or Austrian copy means its own Freiburg, Cham or Rust where it has one.
    if (HOME.has(place.code)) return place.code === home ? null : (all.find((e) => e.code === home) ?? null);
    return all.find((e) => countries.has(e.code)) ?? all.find((e) => HOME.has(e.code)) ?? null;
  };
  return places.map((place) => {
    // A long name ("Freiburg im Breisgau") names its place; only the short name is decided.
    const long = LONG_NAME.test(place.text);
    const key = long ? `${place.key} long` : place.key;
    if (!decided.has(key)) decided.set(key, long ? null : decide(place));
    const entry = decided.get(key);
    return !entry || entry.key === place.key
      ? place
      : { ...place, key: entry.key, name: entry.name, code: entry.code, kind: entry.kind };
  });
}

/** A place's long name: its short name and "in/im/am/an/bei/ob/vor" and more ("Seefeld in Tirol"). */
export const LONG_NAME = /^(\p{Lu}[\p{L}-]*) (?:in|im|am|an|bei|ob|vor) /u;

/**
 * A place the text names by its long name is what its short name means elsewhere in the text: "in Seefeld in Tirol …
 * in Seefeld", where "Seefeld" alone would be a bigger namesake. Not a qualifier in parentheses: a text on "Frankfurt
 * (Oder)" may hold the Paulskirche's "Frankfurt" too.
 */
export function withLongNames(places: PlaceMention[]): PlaceMention[] {
  const long = new Map<string, PlaceMention>();
  for (const place of places) {
    const short = LONG_NAME.exec(place.text)?.[1];
    if (short && !long.has(short)) long.set(short, place);
  }
  if (long.size === 0) return places;
  return places.map((place) => {
    const full = place.kind === "CITY" ? long.get(place.text) : undefined;
    return full && full.key !== place.key
      ? { ...place, key: full.key, name: full.name, code: full.code, kind: full.kind }
      : place;
  });
}

/**
 * The places that are not part of a person's name in the same field: "Nancy" in "Nancy Pelosi",
 * "Henderson" in "Jordan Henderson", "Washington" in "Denzel Washington" or "sagte Washington".
 */
export function withoutPersons(
  places: PlaceMention[],
  persons: ReadonlyArray<{ mentions: ReadonlyArray<{ field: TextField; start: number; end: number }> }>,
  field: TextField,
): PlaceMention[] {
  const spans = persons.flatMap((p) => p.mentions.filter((m) => m.field === field)).sort((a, b) => a.start - b.start);
  if (spans.length === 0) return places;
  // Both in text order: one moving pointer (person mentions do not overlap one another).
  let k = 0;
  return places.filter((place) => {
    while (k < spans.length && spans[k]!.end <= place.start) k++;
    const m = spans[k];
    return !(m && m.start < place.end && m.end > place.start);
  });
}

/**
 * A city the article names as a club ("Eintracht Frankfurt", "Werder Bremen", "VfB Stuttgart") is the club
 * wherever nothing marks it as the city: "Stuttgart schlägt Frankfurt", "gegen Werder". A place preposition
 * before it ("in Frankfurt"), a place noun ("Heimatstadt Manchester") or the dateline ("STUTTGART (dpa)",
 * "Düsseldorf (dpa/lnw) -") keeps it. `texts` by field, as `places`.
 */
export function withoutClubCities(
  places: PlaceMention[],
  texts: ReadonlyArray<{ field: TextField; text: string }>,
): PlaceMention[] {
  // Only the few place names found are looked up, each where the texts write it: after a club prefix
  // ("Eintracht Frankfurt"), or itself a prefix before a city ("Werder Bremen").
  const clubWords = new Set<string>();
  for (const name of new Set(places.map((p) => p.text)))
    for (const { text } of texts)
      for (let at = text.indexOf(name); at !== -1 && !clubWords.has(name); at = text.indexOf(name, at + 1)) {
        const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
        const after = /^\s+(\p{Lu}\p{L}+)/u.exec(text.slice(at + name.length, at + name.length + 30))?.[1];
        // Or a team named the American way after an article: "gegen die Denver Nuggets", "die Orlando Magic".
        const american = before && /^(?:die|den|der)$/u.test(before) && after && /^\p{Lu}\p{Ll}+s$/u.test(after);
        if (
          (before && CLUB_PREFIXES.has(before)) ||
          (CLUB_PREFIXES.has(name) && after && isPlaceForm(after)) ||
          (american && !isPlaceForm(after))
        )
          clubWords.add(name);
      }
  if (clubWords.size === 0) return places;
  return places.filter((place) => {
    if (!clubWords.has(place.text) || place.text === place.text.toUpperCase()) return true;
    const text = texts.find((t) => t.field === place.field)?.text ?? "";
    // A dateline in any case: "Düsseldorf (dpa/lnw) -", "Frankfurt/Main (dpa/lhe) -".
    if (/^(?:\/\p{L}+)?\s*\([^)]{1,25}\)\s*[-–.]/u.test(text.slice(place.end, place.end + 40))) return true;
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, place.start - 30), place.start))?.[1];
    if (before && (PLACE_APPOSITIONS.has(before) || isPlaceNoun(before))) return true; // "ihrer Heimatstadt Manchester"
    return before !== undefined && PLACE_PREPOSITIONS.has(before.toLowerCase()) && before.toLowerCase() !== "und";
  });
}
