import { CURATED } from "./country-forms.js";
import { type CountryMention } from "./countries.js";
import { findPartialPersons, initialled } from "./partial-names.js";
import { isPlaceAdjective, isPlaceForm, type PlaceMention } from "./places.js";
import { sentenceFinder, type TextField } from "./sentences.js";
import { startsUpper } from "./words.js";
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from "../vocab/given-names.js";
import {
  AMBIGUOUS_GIVEN_NAMES,
  CHINESE_FAMILY_NAMES,
  FAMILY_NAMES_FIRST,
  VIETNAMESE_FAMILY_NAMES,
  FEDERAL_OFFICE,
  FOREIGN_PARTICLES,
  FOREIGN_SURNAME,
  GAELIC_SURNAME,
  KIN_ROLES,
  MONTH_NAMES,
  NAME_PARTICLES,
  NATION_ADJECTIVES,
  NATION_DEMONYMS,
  NOBLE_TITLES,
  REGNAL_NAMES,
  NOT_GIVEN_NAMES,
  NOT_PARTICLE_NAMES,
  NOT_SURNAMES,
  WORD_SURNAMES,
  COMMON_GERMAN_SURNAMES,
  PERFORMANCE_WORDS,
  PERSON_NOUNS,
  personKey,
  RANK_NOUNS,
  REGION_NAMES,
  ROLE_ENDINGS,
  ROLE_HEADS,
  SCORING_VERBS,
  SOUTHERN_CHINESE_FAMILY_NAMES,
  SPEECH_VERBS,
  TITLE_ABBREVIATIONS,
  WHOLE_WORD_TITLES,
  WORK_NOUNS,
} from "../vocab/person-names.js";
import { allCountries, teamCountryCode } from "../vocab/countries.js";
import { isGermanNoun } from "../vocab/german-nouns.js";
import {
  CLUB_INITIALS,
  CLUB_PREFIXES,
  isRegionalAdjective,
  REGION_HEADS,
  STADIUM_HEADS,
} from "../vocab/place-names.js";

/** One reference to a person in one field of an article, with its evidence. */
export interface PersonMention {
  field: TextField;
  /** UTF-16 offsets into the field, end exclusive; text === field.slice(start, end). */
  start: number;
  end: number;
  /** The name as written ("Donald Trumps", "Trump", "von der Leyens"). */
  text: string;
  /** The sentence around it, at most MAX_EVIDENCE_CHARS long (bounds.ts). */
  sentence: string;
  /** The role or title written right before the name ("US-Präsident", "der japanische Verteidigungsminister"), else null. */
  role: string | null;
}

/** A person named in an article: the fullest form the text gives, with every mention linked to it. */
export interface PersonSummary {
  /** The name folded (lowercase, no diacritics, "ß" as "ss"): "donald trump". Stable across articles. */
  key: string;
  /** The fullest form the text gives, genitive "-s" dropped: "Donald Trump". */
  name: string;
  /** ISO 3166-1 alpha-2 code of the country a role names ("US-Präsident", "der japanische ..."), else null. */
  country: string | null;
  /** The distinct roles written with the name, in text order. */
  roles: string[];
  /** How often the text names the person: every occurrence, also those not kept as evidence. */
  count: number;
  /**
   * Named in part ("Marcel D.", a child "Mila": partial-names.ts): the name tells no one apart across articles, so
   * extractArticle scopes the key to the article.
   */
  partial?: true;
  /** The occurrences in text order (headline, teaser, body); extractArticle keeps the first few (bounds.ts). */
  mentions: PersonMention[];
}

/** One field of an article with what the other extractors found in it. */
export interface FieldText {
  field: TextField;
  text: string;
  countries: CountryMention[];
  places: PlaceMention[];
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** A name found in a field, before mentions are grouped into persons. */
interface Candidate {
  field: number;
  /** Token indexes of the name, first and last. */
  from: number;
  to: number;
  /** The name's words, genitive dropped. */
  words: string[];
  start: number;
  end: number;
  role: { text: string; country: string | null } | null;
  /** A lone surname (after a role or a speech verb), not a full name. */
  single: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*\.?|['’]t(?![\p{L}])/gu;
// Adjectival nouns take "-r" too: "Vorsitzender", "Handelsbeauftragter" (not "Kerber" after "erbe").
const ADJECTIVAL_HEADS = ROLE_HEADS.filter((h) => /(?:te|nde)$/u.test(h));
const ROLE_RE = new RegExp(`(?:(?:${ROLE_HEADS.join("|")})${ROLE_ENDINGS}|(?:${ADJECTIVAL_HEADS.join("|")})r)$`, "iu");
const DEMONYMS = new Map<string, string>();
for (const [code, forms] of CURATED) {
  for (const d of forms.demonyms) {
    const stem = d.endsWith("e") ? d.slice(0, -1) : d;
    for (const f of [d, `${d}n`, `${d}in`, `${stem}in`, `${d}s`]) if (!DEMONYMS.has(f)) DEMONYMS.set(f, code);
  }
}
/** Days of the week, no given names ("am Freitag Paetongtarn"). */
const WEEKDAY = /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)$/u;
/** Countries' German names ("Ungarn", "Niederlande"; not "Holland"). */
const COUNTRY_NAMES = new Set(allCountries().map((c) => c.nameDe));
/** Prepositions after which a place name is the place ("in Washington"), not a person. */
const PLACE_PREPOSITIONS = new Set(["in", "nach", "aus"]);
const SINGLE_STOP = new Set([...NOT_GIVEN_NAMES].filter((w) => !/^\p{Lu}\p{Ll}+$/u.test(w) || w.length < 5));

/** Memoised per word: the role pattern is the costliest test and the same words recur in every text. */
function memo(test: (word: string) => boolean): (word: string) => boolean {
  const cache = new Map<string, boolean>();
  return (word) => {
    let known = cache.get(word);
    if (known === undefined) {
      if (cache.size > 50_000) cache.clear();
      known = test(word);
      cache.set(word, known);
    }
    return known;
  };
}

/** A noun naming a role or title ("US-Präsident", "Verteidigungsministerin", "Bundestrainer"). */
export const isRoleWord = memo(
  (word) =>
    startsUpper(word) &&
    (ROLE_RE.test(word) || FEDERAL_OFFICE.test(word) || TITLE_ABBREVIATIONS.has(word) || WHOLE_WORD_TITLES.has(word)) &&
    (!GIVEN_NAMES.has(word) || NOT_GIVEN_NAMES.has(word)),
);
const ROLE_HEAD_SET = new Set<string>(ROLE_HEADS);
/**
 * A surname that only ends like a role ("Louis Faidherbe", not an heir): what comes before the head ("Faidh") is no
 * German word, as it is in a role's compound ("Verteidigungs-", "Bundes-", "Milliarden-").
 */
function endsLikeRole(word: string): boolean {
  const head = ROLE_RE.exec(word);
  const prefix = head ? word.slice(0, head.index) : "";
  if (prefix.length < 3) return false;
  return ![prefix, prefix.replace(/e?s$/u, ""), prefix.replace(/n$/u, "")].some(
    (p) => p.length >= 3 && isGermanNoun(p),
  );
}
/** A role head standing alone ("Leiter", "Richter", "Kaiser"): after given names it is a surname ("Michael Leiters"). */
const isBareRole = (word: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(word) && ROLE_HEAD_SET.has(word.toLowerCase().replace(/s$/u, ""));
for (const [demonym, code] of NATION_DEMONYMS) DEMONYMS.set(demonym, code);
const isDemonym = (word: string) => DEMONYMS.has(word);
/**
 * "Ildikó" for the listed "Ildiko": a given name of five letters or more is also found without its accents; not
 * without umlauts, which German names keep ("Süden" is no "Suden", "Länder" no "Lander").
 */
const withoutAccents = (word: string) =>
  word.length >= 5 && /[^\p{ASCII}]/u.test(word) && !/[äöüÄÖÜß]/u.test(word)
    ? word.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC")
    : word;
/** A month's name the lists leave out that is a given name's second part: "Ernst-August", "Karl-August". */
const SECOND_GIVEN = new Set(["August"]);
const givenIn = (names: { has(word: string): boolean }) => {
  const listed = (word: string) => names.has(word) || names.has(withoutAccents(word));
  return (word: string): boolean =>
    listed(word) ||
    (word.includes("-") && word.split("-").every((w, i) => listed(w) || (i > 0 && SECOND_GIVEN.has(w))));
};
const isGivenName = memo(givenIn(GIVEN_NAMES));
const isCommonGivenName = memo(givenIn(COMMON_GIVEN_NAMES));

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    // A final period belongs to an initial ("John F. Kennedy") or a title ("Dr.") only; otherwise it ends a sentence.
    const word =
      m[0].endsWith(".") && !/^\p{Lu}\.$/u.test(m[0]) && !TITLE_ABBREVIATIONS.has(m[0]) ? m[0].slice(0, -1) : m[0];
    tokens.push({ word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

const BYLINE_NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*`;
/**
 * A byline ("Von Leonie Graf, dpa", "Von Ulrike Kessler (KNA)", "Von Stefan Gruber/APA") or an interviewer's
 * line ("Das Interview führte Anja Börner.", "Das Gespräch führte Ole Wichmann.", "Die Fragen stellte Jan Hahn.").
 */
const BYLINE = new RegExp(
  `^(?:Von\\s+${BYLINE_NAME}(?:\\s*(?:,|und)\\s*[\\p{L}/ ,-]+|\\s*\\([\\p{L}/ -]+\\)|\\s*/\\s*[\\p{L}-]+)?` +
    `|(?:Das\\s+)?(?:Interview|Gespräch)\\s+(?:führte|führten)\\s+${BYLINE_NAME}\\.?|Die\\s+Fragen\\s+stellte\\s+${BYLINE_NAME}\\.?)$`,
  "u",
);

/** Paragraph spans of a byline in the body: its author is no person mentioned. */
export function bylineSpans(body: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of body.matchAll(/(?:^|\n\n)((?:Von|Das|Interview|Die)\s+[^\n]{3,80})(?=\n\n|$)/gu)) {
    const line = m[1]!;
    if (BYLINE.test(line)) {
      const start = m.index + m[0].length - line.length;
      spans.push([start, start + line.length]);
    }
  }
  return spans;
}

/** "al-Assad", "bin-Salman": a name word, though it starts in lower case. */
const ARABIC_ARTICLE = /^(?:al|el|as|ad|ar|asch|bin|ibn|abu)-\p{Lu}\p{Ll}/u;
/** How many of a name's words are names, not particles ("Ahmed al-Scharaa": 2, "Ursula von der Leyen": 2). */
const namedCount = (words: string[]) => words.filter((w) => startsUpper(w) || ARABIC_ARTICLE.test(w)).length;
/** "Marie-Theres", "Hans-Christoph": a hyphenated given name; its second part may be missing from the lists. */
const isGivenOrHyphenated = (word: string) => isGivenName(word) || isGivenName(word.split("-")[0]!);

/** A name word: capitalised, not a role, not a function word; hyphenated parts each capitalised or short. */
const isNameWord = memo(nameWord);
function nameWord(word: string): boolean {
  if (ARABIC_ARTICLE.test(word)) return true;
  if (!startsUpper(word) || NOT_SURNAMES.has(word) || isRoleWord(word) || SINGLE_STOP.has(word)) return false;
  if (/\.$/.test(word)) return /^\p{Lu}\.$/u.test(word);
  if (/^\p{Lu}{4,}$/u.test(word)) return false; // an acronym ("NATO", "MONZA"), not a name
  return word.split("-").every((p, i) => /^\p{Lu}/u.test(p) || (i > 0 && p.length <= 3) || /^['’]/.test(p));
}

const inSpans = (spans: Array<[number, number]>, offset: number) => spans.some(([s, e]) => offset >= s && offset < e);
/**
 * The first of `items` (sorted by start, spans at most a few words long) that overlaps [start, end):
 * binary search, then a short walk back, so a text with 40,000 mentions is not scanned per token.
 */
function overlapping<T extends { start: number; end: number }>(
  items: readonly T[],
  start: number,
  end: number,
): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1, n = 0; k >= 0 && n < 16; k--, n++) {
    const m = items[k]!;
    if (m.end > start) return m;
    if (m.start < start - 200) break;
  }
  return undefined;
}
const overlaps = (items: ReadonlyArray<{ start: number; end: number }>, start: number, end: number) =>
  overlapping(items, start, end) !== undefined;

/** What scanning one field needs: its text, tokens and what the other extractors found there. */
class FieldScan {
  readonly tokens: Token[];
  constructor(
    readonly index: number,
    readonly input: FieldText,
    readonly skip: Array<[number, number]>,
    /** The state whose federal offices an unqualified "Bundeskanzler" names: see federalStateOf. */
    readonly federalState = "DE",
    /** The article names Japan: Japanese names may stand in Japanese order ("Kishida Fumio"). */
    readonly japanese = false,
  ) {
    this.tokens = tokenize(input.text);
  }

  /** Full names turned down in this field as fictional characters (isCharacter): their families are fictional too. */
  readonly characters = new Set<string>();
  /** Full names this field shows to be parts played, wherever else they occur ("Ihre Carla Nowak"). */
  readonly parts = new Set<string>();

  get text(): string {
    return this.input.text;
  }

  /** Only spaces between two tokens. */
  joined(a: number, b: number): boolean {
    const x = this.tokens[a];
    const y = this.tokens[b];
    if (x === undefined || y === undefined || y.start <= x.end) return false;
    for (let c = x.end; c < y.start; c++) {
      const code = this.text.charCodeAt(c);
      if (code !== 32 && code !== 0xa0) return false;
    }
    return true;
  }

  /** The first word of a sentence, a line or a dateline's text. */
  sentenceInitial(i: number): boolean {
    const t = this.tokens[i]!;
    const before = this.text.slice(Math.max(0, t.start - 4), t.start);
    return i === 0 || /(?:^|[.!?:„"“»(]\s*|\n\s*|\s[-–]\s)$/u.test(before);
  }

  isPlaceOrCountry(t: Token): boolean {
    return overlaps(this.input.places, t.start, t.end) || overlaps(this.input.countries, t.start, t.end);
  }

  /** A country the token refers to as part of a role phrase: an adjective, a demonym, a compound or a genitive name. */
  countryOf(t: Token): string | null {
    const c = overlapping(this.input.countries, t.start, t.end);
    if (c && c.start <= t.start && c.end >= t.end && (c.kind !== "NAME" || t.word.endsWith("s"))) return c.code;
    const stem = t.word.replace(/(?:e|en|er|es|em)$/, "");
    return NATION_ADJECTIVES.get(stem) ?? NATION_ADJECTIVES.get(t.word.replace(/s$/u, "")) ?? null;
  }
}

const ARTICLES =
  /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|dessen|deren)$/iu;

/**
 * The role phrase right before token i ("der japanische Verteidigungsminister", "US-Präsident", "Die
 * Vorsitzende des US-Repräsentantenhauses,"), with the country it names; null without a role word.
 * Walks back over role words, country words, adjectives and articles; an article ends the phrase once
 * a role is in it (before one it starts a genitive: "des US-Repräsentantenhauses").
 */
function roleBefore(scan: FieldScan, i: number): { text: string; country: string | null } | null {
  const { tokens, text } = scan;
  const taken: Array<{ k: number; kind: "role" | "country" | "article" | "adjective" }> = [];
  let hasRole = false;
  for (let k = i - 1; k >= 0; k--) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (!/^[ \u00a0]+$/u.test(gap) && !(k === i - 1 && /^,[ \u00a0]+$/u.test(gap))) break;
    const w = tokens[k]!.word;
    if (isRoleWord(w) || isDemonym(w) || PERSON_NOUNS.has(w)) {
      taken.push({ k, kind: "role" });
      hasRole = true;
    } else if (
      (w === "und" || w === "oder") &&
      taken.at(-1)?.kind === "role" &&
      k > 0 &&
      /^-[ \u00a0]+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))
    ) {
      // A truncated compound coordinated with the role word: "Chinas Staats- und Parteichef Xi Jinping".
      k--;
      taken.push({ k, kind: "role" });
    } else if (w === "für" && taken.length > 0 && k > 0 && isRoleWord(tokens[k - 1]!.word)) {
      // "Die Ministerin für indigene Australier, Linda Burney": the role's complement, then the role.
      taken.push({ k, kind: "adjective" });
    } else if (scan.countryOf(tokens[k]!)) taken.push({ k, kind: "country" });
    else if (taken.at(-1)?.kind === "role" && /^\p{Lu}[\p{L}-]*\p{Ll}s$/u.test(w) && !isGivenName(w)) {
      // A region's or a club's genitive: "Brandenburgs Ministerpräsident", "Heidenheims Coach".
      taken.push({ k, kind: "article" });
      break;
    } else if (taken.length > 0 && ARTICLES.test(w)) {
      taken.push({ k, kind: "article" });
      if (hasRole) break;
    } else if (taken.length > 0 && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(w) && !SPEECH_VERBS.has(w))
      taken.push({ k, kind: "adjective" });
    else break;
  }
  // A phrase starts with an article, a role or a country word, not with a bare adjective (or verb).
  while (taken.length > 0 && taken[taken.length - 1]!.kind === "adjective") taken.pop();
  if (!hasRole || taken.length === 0) return null;
  let country: string | null = null;
  let federal = false;
  for (const { k, kind } of taken) {
    const w = tokens[k]!.word;
    // "US-Präsident": the role word is itself the country's compound.
    if (kind === "role") country ??= scan.countryOf(tokens[k]!);
    if (kind === "role" && FEDERAL_OFFICE.test(w)) federal = true;
    else if (kind === "role" && isDemonym(w)) country ??= DEMONYMS.get(w)!;
    else if (kind === "country") country ??= scan.countryOf(tokens[k]!);
  }
  // A country the phrase names wins ("Österreichs Bundeskanzler", "der Schweizer Bundespräsident").
  if (federal) country ??= scan.federalState;
  const start = tokens[taken[taken.length - 1]!.k]!.start;
  const role = text
    .slice(start, tokens[i]!.start)
    .replace(/[\s,]+$/u, "")
    .trim();
  return { text: role, country };
}

/** The offset after the last of `chars` in `text` (0 without one): a sentence's start, found without a regex scan. */
export function afterLast(text: string, chars: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (chars.includes(text.charAt(i))) return i + 1;
  return 0;
}

/** A name that is all a quotation holds names a thing: the ship "Alan Kurdi", the play „Faust“, a song's title. */
function quotedAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const open = Math.max(...[...'„"»“'].map((q) => before.lastIndexOf(q)));
  if (open === -1 || !/^(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(before.slice(open + 1))) return false;
  const after = text.slice(end, end + 40);
  const close = after.search(/[“"«”]/u);
  // A title's parts may be joined by a dash: „River Deep – Mountain High“.
  return close !== -1 && /^(?:\s+(?:[–—-]\s+)?\p{Lu}[\p{L}'’.-]*)*$/u.test(after.slice(0, close));
}

/** Musicians, whom "spielt" gives music to play, not a part: "spielt die Geigerin X", "spielt der Pianist Y". */
const MUSICIAN =
  /^(?:Geiger|Violinist|Pianist|Cellist|Bratschist|Organist|Gitarrist|Flötist|Harfenist|Trompeter|Saxofonist|Saxophonist|Schlagzeuger|Bassist|Klarinettist|Oboist|Hornist|Posaunist|Cembalist|Akkordeonist|Musiker|Jazzmusiker|Solist)(?:in)?$/u;

/** After a character's name: ", gespielt von", an apposition and ", dargestellt von". */
const PLAYED_BY = /^(?:,\s*[^,.;:!?„“"]{1,40})?,?\s*(?:gespielt|verkörpert|dargestellt|gesprochen)\s+(?:von|vom)\s/u;

/** Fictional: "X, gespielt von", "Y spielt/gibt X", "Im Mittelpunkt ... steht X", "Hauptfigur X". */
function isCharacter(scan: FieldScan, start: number, end: number, surnames: Set<string>): boolean {
  const before = scan.text.slice(Math.max(0, start - 120), start);
  const sentence = before.slice(afterLast(before, ".!?"));
  // "Daniel, gespielt vom erstaunlichen …", "Vincent Renzi, ein alter Freund, dargestellt von Swann Arlaud".
  if (PLAYED_BY.test(scan.text.slice(end, end + 70))) return true;
  // "Storms Deichgraf Hauke Haien aus dem „Schimmelreiter“": a figure of the work named after it.
  if (/^\s+aus\s+(?:dem\s+|der\s+)?[„"»]/u.test(scan.text.slice(end, end + 12))) return true;
  // "Maja Schöne gibt Marthe Schwerdtlein": the actor named right before the verb.
  const actor =
    /(\p{Lu}[\p{L}'’-]*)\s+(?:spielt|spielte|gibt|gab|verkörpert|verkörperte|mimt|mimte)\s+(?:\p{Ll}+\s+){0,2}$/u.exec(
      sentence,
    );
  // "Das gab die Bürgermeisterin Gisela Bürkle am Abend bekannt": "geben" with its particle announces, plays nothing.
  const announced = () =>
    /(?:^|\s)(?:gibt|gab)\s/u.test(sentence) && GIVES_WITH_PARTICLE.test(scan.text.slice(end, end + 160));
  if (actor && surnames.has(actor[1]!) && !announced()) return true;
  // "spielte er 1967 den schweigsamen Auftragsmörder Jef Costello", "spielt am Berliner Ensemble die Marketenderin
  // Anna Fierling": the part after a verb of playing, a few words between (not "gegen den Weltmeister X"); "der"
  // after the verb is its subject ("spielt auch der frühere Bassist Bill Wyman mit").
  const part =
    /(?:^|\s)(?:spielt|spielte|gibt|gab|verkörpert|verkörperte|mimt|mimte)\s+((?:\S+\s+){0,4}?)(?:die|den)\s+(?:\p{Ll}+\s+){0,2}(?:\p{Lu}[\p{L}-]*\s+)?$/u.exec(
      sentence,
    );
  // "Zur Eröffnung spielt die Geigerin Mirjam Tal-Rosenberg": a musician plays music, no part.
  const musician = () => MUSICIAN.test(/(\p{Lu}[\p{L}-]*)\s+$/u.exec(sentence)?.[1] ?? "");
  if (
    part &&
    !/(?:^|\s)(?:gegen|mit|neben|für|bei|unter|vor|nach|um|an)\s/u.test(` ${part[1]!}`) &&
    !announced() &&
    !musician()
  )
    return true;
  // "steht Birte Lemberg als Anna Fierling": an actor's name, then the part after "als".
  if (/\p{Lu}\p{Ll}+\s+als\s+$/u.test(sentence)) {
    const actorName = /(\p{Lu}[\p{L}'’-]*)\s+als\s+$/u.exec(sentence)![1]!;
    if (surnames.has(actorName)) return true;
  }
  // "Als Stadtschreiber Sixtus Beckmesser sorgt der Österreicher Florian Ebenseer …": the part opens the sentence,
  // its actor follows the verb (not "Als Merz das Kanzleramt betrat").
  if (
    /^\s*Als\s+(?:\p{Lu}\p{Ll}+\s+)?$/u.test(sentence) &&
    /^\s+\p{Ll}+\s+(?:der|die)\s/u.test(scan.text.slice(end, end + 40))
  )
    return true;
  // "Ihr Gegenspieler ist der Hafenmeister Ole Brandt, den Lars Eidinger als Freund spielt" (an actor after the
  // pronoun; not "…, die in einem Café spielt").
  if (
    /^,\s*(?:den|die)\s+\p{Lu}[^,.!?]{0,60}?\b(?:spielt|spielte|gibt|gab|verkörpert|verkörperte)\b/u.test(
      scan.text.slice(end, end + 90),
    )
  )
    return true;
  if (/\b(?:Hauptfigur|Romanfigur|Heldin|Held|Protagonistin|Protagonist|Erzählerin|Erzähler)\s+$/u.test(sentence))
    return true;
  // "Bekannt wurde er als Kommissar Huber, den er verkörperte", "Als Donna Elvira überzeugt die Sopranistin".
  // Also "als verbitterte Wirtin Lene Schirmer in „…“", "als resolute Mutter des Kommissars Bruno Haberl".
  // Not "als" opening a clause after a comma: "seit den Spielen von Peking 2008, als Britta Steffen triumphierte".
  if (
    /(?:^\s*|(?<![,\s])\s+)[Aa]ls\s+(?:\p{Ll}+\s+){0,2}(?:\p{Lu}\p{Ll}+\s+(?:des|der)\s+)?(?:\p{Lu}\p{Ll}+\s+)?$/u.test(
      sentence,
    )
  ) {
    const whole = sentence + scan.text.slice(start, start + 200).split(/[.!?]/u)[0]!;
    if (PERFORMANCE_WORDS.test(whole)) return true;
  }
  // "Im Mittelpunkt steht die 84-jährige Ida Rosenthal", "Im Zentrum steht Telse Brodersen"; "Paul Hamburg, eine der
  // schönsten Figuren des Buches".
  if (
    /^,\s*(?:eine?|die|der)\s+(?:\p{L}+\s+){0,3}(?:Figur|Figuren|Romanfigur|Romanfiguren)\b/u.test(
      scan.text.slice(end, end + 60),
    )
  )
    return true;
  // Not the actor: "Im Zentrum steht Birte Lemberg als Anna Fierling"; nor a performer the next words present as one
  // ("Im Mittelpunkt steht Tereza Dvořáková, … Die junge Sopranistin aus Brünn singt …").
  return (
    /\b(?:Mittelpunkt|Zentrum)\b.*\bsteh(?:t|en)\s+(?:(?:der|die|das)\s+)?(?:[\p{Ll}\d-]+\s+){0,2}$/u.test(sentence) &&
    !/^\s+als\s/u.test(scan.text.slice(end, end + 6)) &&
    !presentedAsPerformer(scan.text, end)
  );
}

/** Nouns for a performer, which no character of the story is called in a review. */
const PERFORMER_NOUN =
  /(?<!\p{L})(?:Sopranistin|Mezzosopranistin|Altistin|Tenor|Bariton|Sängerin|Schauspielerin|Darstellerin|Tänzerin|Pianistin)(?!\p{L})/u;
/** Whether the words after a name (up to the next sentence or so) present its bearer as a performer. */
const presentedAsPerformer = (text: string, end: number) => PERFORMER_NOUN.test(text.slice(end, end + 200));

/** An organisation's acronym of the name's initials follows it: "Haiat Tahrir al-Scham (HTS)", "Terre des Femmes (TDF)". */
function acronymAfter(scan: FieldScan, words: string[], last: number): boolean {
  const acronym = /^\s*\((\p{Lu}{2,6})\)/u.exec(
    scan.text.slice(scan.tokens[last]!.end, scan.tokens[last]!.end + 10),
  )?.[1];
  if (!acronym) return false;
  const initials = words
    .filter((w) => startsUpper(w) || ARABIC_ARTICLE.test(w))
    .map((w) => w.replace(/^\p{Ll}+-/u, "").charAt(0))
    .join("");
  return initials === acronym;
}

/** A genitive before a noun phrase: "Trumps Aufstieg", "Kriens neuem Roman", "Ishibas eigener Partei". */
function genitiveAt(scan: FieldScan, last: number): boolean {
  const { tokens } = scan;
  const w = tokens[last]!.word;
  // A name ending in "ss" takes an apostrophe in the genitive ("Voss'"): "Voss" is no genitive of "Vos";
  // a Portuguese "-ças", "-ães" is the name's own ("Maria das Graças Oliveira", "Magalhães").
  if (!/\p{Ll}s$/u.test(w) || w.endsWith("ss") || /[çãõ]/u.test(w)) return false;
  // A title in quotation marks after token k.
  const titleAfter = (k: number) => /^ [„"»«]/u.test(scan.text.slice(tokens[k]!.end, tokens[k]!.end + 2));
  // Before a title in quotation marks: "Henrik Ibsens „Nora“", "Thomas Manns „Zauberberg“".
  if (titleAfter(last)) return !isGivenName(w);
  if (!scan.joined(last, last + 1)) return false;
  const next = tokens[last + 1]!.word;
  // "Antje Lassans Roman „Das Teppichdorf“": the work's noun before its title, though "Roman" is a given name too.
  if (!isGivenName(w) && startsUpper(next) && titleAfter(last + 1)) return true;
  // "Béchara Boutros Raï": letters no German noun has make the next word a name, not a genitive's noun.
  if (/[^\p{ASCII}äöüÄÖÜß]/u.test(next)) return false;
  // "Robert Francis Prevost", "Hans Markus Roth": a given name's own -s before a name is no genitive; nor is a
  // name's -s before a place in a ranking ("der Lette Kristers Aparjods Fünfter").
  // Nor before a second family name of foreign shape: "Mario Vargas Llosa", not "Vargas' Llosa".
  if (startsUpper(next))
    return (
      !isGivenName(next) &&
      !SPEECH_VERBS.has(next.toLowerCase()) &&
      !isGivenName(w) &&
      !RANK_NOUNS.has(next) &&
      !(/[aiouy]$/u.test(next) && !isGermanNoun(next)) &&
      // "Hilda Ballesteros Gstir": a Spanish surname's own "-os", "-es" before a second surname that is no noun.
      !(/\p{Ll}(?:os|es)$/u.test(w) && !isGivenName(w) && !isGermanNoun(next))
    );
  // An adjective, not a verb in the past tense ("Oliver Bellenhaus hatte Braun belastet"); "erste", "beste" are.
  if (/(?:[^s]te|[^s]ten)$/u.test(next)) return false;
  // An article follows no genitive: "hat Katharina Voss die Liebe geerbt"; nor does a preposition or
  // conjunction: "setzte sich Luke Humphries gegen Gerwyn Price durch".
  if (/^(?:der|die|das|den|dem|des|eine|einen|einem|einer|eines)$/u.test(next)) return false;
  if (/^(?:gegen|neben|unter|über|hinter|wegen|zwischen|außer|entgegen|oder|aber|sondern)$/u.test(next)) return false;
  return (
    /^\p{Ll}+(?:e|en|er|es|em)$/u.test(next) && scan.joined(last + 1, last + 2) && startsUpper(tokens[last + 2]!.word)
  );
}

/**
 * Common given names only, the last a woman's in "-a" with a genitive "-s": a genitive wherever it stands ("aus
 * dem Wien Maria Theresias"). "Anna Thomas", "Maria Andreas" keep theirs; so do surnames made of a man's given
 * name ("John Roberts", "Beat Jans").
 */
function givenNamesGenitive(words: string[]): boolean {
  const last = words[words.length - 1]!;
  return (
    words.length >= 2 &&
    last.endsWith("as") &&
    !isGivenName(last) &&
    isCommonGivenName(last.slice(0, -1)) &&
    words.slice(0, -1).every(isCommonGivenName)
  );
}

/**
 * A full name in "-s" after a noun with its article and before an apposition in the genitive is that noun's
 * genitive: "vom Tod Sam Nujomas, des ersten Präsidenten". Without the apposition the "-s" may be the name's own
 * ("der Anwalt Heinz Gerdes"), and ", der" may open a relative clause. Not after a role or a kin noun.
 */
function afterNounGenitive(scan: FieldScan, first: number, last: number): boolean {
  const { tokens, text } = scan;
  const w = tokens[last]!.word;
  // "Hans Sachs", "Roselius": an "-s" after a sibilant or in "-us" is the name's own; "Kemmerichs" is "-ich"'s genitive.
  if (first < 2 || last === first || !/\p{Ll}s$/u.test(w) || /(?:ss|[^i]chs|us)$/u.test(w) || isGivenName(w))
    return false;
  const noun = tokens[first - 1]!.word;
  // "enger Vertrauter Nelson Mandelas,", "die Witwe John Lennons.": a noun of a relation takes the related person's
  // genitive, unless a possessive makes the name its apposition ("sein Nachfolger Hans Peters").
  const relation =
    RELATION_NOUNS.test(noun) &&
    !/^(?:sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)$/iu.test(tokens[first - 2]!.word);
  if (!relation && (!startsUpper(noun) || isRoleWord(noun) || PERSON_NOUNS.has(noun) || isDemonym(noun))) return false;
  const article = (k: number) => /^(?:der|die|das|den|dem|des|vom|zum|zur|im|am|beim)$/iu.test(tokens[k]?.word ?? "");
  // "der kurzen Amtszeit Thomas Kemmerichs": an adjective may stand between the article and the noun.
  const adjective = first >= 3 && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(tokens[first - 2]!.word) && article(first - 3);
  if (!relation && !article(first - 2) && !adjective) return false;
  if (!scan.joined(first - 2, first - 1) || !scan.joined(first - 1, first)) return false;
  const after = text.slice(tokens[last]!.end, tokens[last]!.end + 6);
  // Or at the clause's end, where the name without "-s" is no given name ("die Firma Robbie Williams."):
  // "der Geburtsstadt Friedrich Schillers."; before a comma where that name is no common one: "eine Regierung mit der
  // Partei Jörg Haiders, 2017 …" ("Haider" is a rare given name, "William" a common one).
  const stem = w.slice(0, -1);
  return (
    /^,\s+des\s/u.test(after) ||
    (/^(?:[.;]|$)/u.test(after) && !isGivenName(stem)) ||
    // "der kurzen Amtszeit Thomas Kemmerichs im Februar": after a noun for a time or an abstract one, before a
    // preposition.
    (TIME_OR_ABSTRACT.test(noun) &&
      /^\s(?:im|in|am|an|vor|nach|seit|bis|von|vom|bei|mit|um|während)\s/u.test(after) &&
      !isGivenName(stem)) ||
    // Not after a noun for a person, which the name is the apposition of ("den Sonntager Ferdinand Blons, …").
    (after.startsWith(",") && !isCommonGivenName(stem) && (relation || !DESCRIBED_PERSON.test(noun)))
  );
}

/** A noun for a time or an abstract one, which takes a person's genitive: "Amtszeit", "Regierung", "Sturz". */
const TIME_OR_ABSTRACT = /^\p{Lu}\p{Ll}+(?:zeit|ära|tod|sturz|tritt|ung|heit|keit|schaft)$/u;

/** Nouns of a relation to a person: "Vertrauter", "Nachfolgerin", "Witwe", "Weggefährte". */
const RELATION_NOUNS =
  /^(?:Vertraute[rn]?|Nachfolger(?:in)?|Vorgänger(?:in)?|Witwe|Witwer|Weggefährte[n]?|Weggefährtin|Biografi?n?|Biograph(?:in)?)$/u;

/** The name starting at token i: given names, particles, surname, at most four words; token index past it. */
function nameAt(scan: FieldScan, i: number, afterRole = false): { to: number; words: string[] } {
  const { tokens } = scan;
  // "Park Ji-won": both words, though "Park" alone would be no name word.
  if (familyNameFirst(scan, i)) {
    // "Phạm Thu Hà", "Nguyễn Thị Thu Hà": a Vietnamese name has up to three syllables after the family name.
    let to = southernChineseName(scan, i) ? i + 3 : i + 2;
    if (VIETNAMESE_FAMILY_NAMES.has(tokens[i]!.word))
      while (to < i + 4 && scan.joined(to - 1, to) && VIETNAMESE_SYLLABLE.test(tokens[to]?.word ?? "")) to++;
    return { to, words: tokens.slice(i, to).map((t) => t.word) };
  }
  const words: string[] = [];
  let j = i;
  let named = 0;
  let abbreviated = -1;
  while (j < tokens.length && named < 4 && (j === i || scan.joined(j - 1, j) || j === abbreviated)) {
    const w = tokens[j]!.word;
    // "Ferdinand Marcos Jr.", "Martin Luther King Sr.": the generational suffix belongs to the name.
    if (named >= 2 && /^(?:Jr|Sr)\.?$/u.test(w)) {
      words.push(w.endsWith(".") ? w : `${w}.`);
      j++;
      break;
    }
    // "Claus Schenk Graf von Stauffenberg": a title of nobility with its house after a full name belongs to it.
    const house = tokens[j + 2];
    if (
      named >= 2 &&
      NOBLE_TITLES.has(w) &&
      house !== undefined &&
      /^(?:von|zu)$/u.test(tokens[j + 1]!.word) &&
      scan.joined(j, j + 1) &&
      scan.joined(j + 1, j + 2) &&
      isNameWord(house.word)
    ) {
      words.push(w, tokens[j + 1]!.word, house.word);
      j += 3;
      break;
    }
    // "Papst Leo XIV.", "Johannes Paul II.", "Bartholomaios I.": a regnal number, an ordinal with its period.
    // "I." is tokenised as an initial: a regnal number only where no name follows it ("Anna I. Müller").
    const titleAfter = (word: string) => NOBLE_TITLES.has(word) || /^Prinz(?:essin)?$/u.test(word);
    const ordinal = w.endsWith(".")
      ? !(scan.joined(j, j + 1) && startsUpper(tokens[j + 1]?.word ?? "") && !titleAfter(tokens[j + 1]!.word))
      : scan.text.charAt(tokens[j]!.end) === ".";
    if (named >= 1 && /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.?$/u.test(w) && ordinal) {
      // "Der Husarengeneral Friedrichs II.": a sovereign's genitive, where only the name without "-s" is a given name
      // ("Johannes XXIII." keeps its own).
      const only = words.length === 1 ? words[0]! : "";
      if (only.endsWith("s") && !isGivenName(only) && isGivenName(only.slice(0, -1))) words[0] = only.slice(0, -1);
      words.push(w.endsWith(".") ? w : `${w}.`);
      j++;
      // "Gustav II. Adolf von Schweden", "Carl XVI. Gustaf und Königin Silvia": a given name after the number
      // belongs to the regnal name where "von", "und" or punctuation ends it; before a verb it may start the
      // next sentence ("Leo XIV. Darin heißt es"), and it is no place ("als Johannes Paul II. Rom besuchte").
      const next = tokens[j];
      // "Heinrich XIII. Prinz Reuß": a title of nobility and the house's name after the number.
      const house = tokens[j + 1];
      if (
        next &&
        house &&
        titleAfter(next.word) &&
        /^\.? $/u.test(scan.text.slice(tokens[j - 1]!.end, next.start)) &&
        scan.joined(j, j + 1) &&
        isNameWord(house.word) &&
        !isGivenName(house.word) // "Wilhelm II. Prinz Heinrich": another person
      ) {
        words.push(next.word, house.word);
        j += 2;
        break;
      }
      const rest = next ? scan.text.slice(next.end, next.end + 5) : "";
      if (
        next &&
        /^\.? $/u.test(scan.text.slice(tokens[j - 1]!.end, next.start)) &&
        isGivenName(next.word) &&
        !scan.isPlaceOrCountry(next) &&
        /^(?:\s+(?:von|und)\s|[,.;:)]|$)/u.test(rest)
      ) {
        words.push(next.word);
        j++;
      }
      break;
    }
    // "Oluwaseun Adebayo-Richter": a double surname ending in a role word after given names is a surname.
    const hyphenatedRole =
      named > 0 &&
      words.every(isGivenName) &&
      /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(w) &&
      isBareRole(w.slice(w.lastIndexOf("-") + 1));
    if (hyphenatedRole && !isRoleWord(w.slice(0, w.indexOf("-")))) {
      words.push(w);
      j++;
      break;
    }
    // "Lee Jae-myung", "Lai Ching-te": an East Asian given name written after the family name, its second
    // syllable in lower case, ends the name.
    // Not a particle joined to a name ("Meseret Hailu-de Vries").
    if (named === 1 && EAST_ASIAN_GIVEN.test(w) && !NAME_PARTICLES.has(w.slice(w.indexOf("-") + 1))) {
      words.push(w);
      named++;
      j++;
      break;
    }
    // "unter Daniele Gatti Ovationen", "hat Friedrich Grohnde Menschen … gebracht": an abstract noun or a word for
    // people after a complete name is no part of it; nor is a rank ("die Amerikanerin Kaylee Brennan Fünfte").
    if (named >= 2 && (ABSTRACT_NOUN.test(w) || PEOPLE.has(w) || RANK_NOUNS.has(w))) break;
    // "im Pierre Boulez Saal", "Kennedy Space Center": a facility's noun after a complete name ends it (acceptable()
    // then takes the name for the facility's).
    if (named >= 2 && FACILITY_WORDS.test(w)) break;
    // "Seit Regierungschef Irakli Kobachidse Ende November …": a time after a name.
    if (named >= 1 && /^(?:Anfang|Mitte|Ende)$/u.test(w) && monthOrYear(tokens[j + 1]?.word ?? "")) break;
    // "Harald Juhnke Jahrzehnte später", "warf CDU-Chef Friedrich Merz Wortbruch vor": a German word form after a
    // given name and a surname is no second surname (those are foreign: "Ali Bongo Ondimba", "Mario Vargas Llosa").
    // Not an epithet ("Johann Strauss Vater"), a short word ("Julius Maada Bio"), one of foreign shape, nor after a
    // particle-like word ("Fiorello La Guardia").
    const previous = words[words.length - 1];
    const noun =
      w.length > 3 &&
      !WORD_SURNAMES.has(w) &&
      !COMMON_GERMAN_SURNAMES.has(w) &&
      !/^(?:Vater|Sohn)$/u.test(w) &&
      !isForeignSurname(w) &&
      isGermanNoun(w);
    // After a title of nobility the surname follows, whatever else it spells: "Otto Graf Lambsdorff".
    const afterTitle = NOBLE_TITLES.has(previous ?? "");
    // A rare given name before it is a surname ("übernahm von Alberto Fernández Schärpe und Amtsstab"); after a
    // common one the noun may be the surname ("Anna Lena Fischer").
    if (
      named >= 2 &&
      previous!.length > 2 &&
      !isCommonGivenName(previous!) &&
      !previous!.endsWith(".") &&
      noun &&
      !afterTitle
    )
      break;
    // "dem 58-jährigen Patrice D. und seiner Frau Sylvie D. Betrug vor": a noun after a surname's initial is the
    // sentence's, not a surname ("George W. Bush" keeps his).
    // Not where the text names the word again on its own ("Joseph S. Blatter … sagte Blatter").
    const after = scan.text.slice(tokens[j]!.end, tokens[j]!.end + 3);
    if (
      named >= 2 &&
      /^\p{Lu}\.$/u.test(previous ?? "") &&
      noun &&
      /^\s+\p{Ll}/u.test(after) &&
      !namedAgain(scan, tokens[j]!)
    )
      break;
    // "Guðni Th. Jóhannesson": an abbreviated middle name of two letters between names.
    if (named >= 1 && abbreviatedMiddle(scan, j)) {
      words.push(`${w}.`);
      j++;
      abbreviated = j;
      continue;
    }
    if (isNameWord(w)) {
      // Given names and a surname make a complete name; a genitive after it is another's ("Vincent Huguet
      // Mozarts Oper"), unless only given names came before ("Jorge Mario Bergoglios").
      if (named >= 2 && !words.every(isCommonGivenName) && genitiveAt(scan, j)) break;
      words.push(w);
      // "Nelson Carlos De Los Santos Arias": a capitalised particle before a further name word is no name word of
      // its own, so the four name words come after it.
      const particle = CAPITALISED_PARTICLES.has(w) && scan.joined(j, j + 1) && isNameWord(tokens[j + 1]?.word ?? "");
      if (!particle) named++;
      j++;
      // A genitive ends the name: "Greta Gerwigs Film", "Donald Trumps Aufstieg".
      if (named >= 2 && genitiveAt(scan, j - 1)) break;
      continue;
    }
    // "Michael Leiters", "Gerhard Richter": a bare role word after given names is their surname; so is a
    // common word that is also a surname (WORD_SURNAMES: "Ole Wolf", "Stephen King").
    // After a role, so is a word that elsewhere continues a name ("Kreisbrandmeister Karl Post", not "Washington Post").
    const surnameWord = WORD_SURNAMES.has(w) || (afterRole && NOT_SURNAMES.has(w) && /^\p{Lu}\p{Ll}+$/u.test(w));
    // After a role the word before is a given name, listed or not: "Oberbürgermeisterin Gerlinde Kaiser".
    const givenBefore = words.every(isGivenName) || (afterRole && named === 1);
    if (named > 0 && givenBefore && (isBareRole(w) || surnameWord || endsLikeRole(w))) {
      words.push(w);
      j++;
      break;
    }
    // Particles only after given names: "Ursula von der Leyen", not "Macron von der Zukunft"; Romance ones
    // after any name word ("Luiz Inácio Lula da Silva").
    // "Ferdinand Graf von Zeppelin": a title of nobility between the given names and the particle.
    // "Dimitri Van den Bergh": a capitalised particle before the lower-case ones.
    const givenOrTitle = (x: string) => isGivenOrHyphenated(x) || NOBLE_TITLES.has(x) || CAPITALISED_PARTICLES.has(x);
    if (named === 0 || (!words.every(givenOrTitle) && !FOREIGN_PARTICLES.has(w))) break;
    let k = j;
    // "Maria das Graças Oliveira": the Portuguese "das" before a word German does not spell.
    const particleAt = (x: number) =>
      NAME_PARTICLES.has(tokens[x]!.word) ||
      (tokens[x]!.word === "das" && /[çãõâêôáéíóú]/u.test(tokens[x + 1]?.word ?? ""));
    while (k < tokens.length && k - j < 3 && particleAt(k) && (k === j || scan.joined(k - 1, k))) k++;
    // The name after the particles: not an agency's or organisation's acronym ("sagte Rogelio dela Cruz der AFP").
    // "Marie von Berg": a word that is also a surname counts there.
    const surname = tokens[k] && (isNameWord(tokens[k]!.word) || WORD_SURNAMES.has(tokens[k]!.word));
    if (k === j || !scan.joined(k - 1, k) || !surname) break;
    if (/^\p{Lu}{2,}$/u.test(tokens[k]!.word)) break;
    // "widmete Liam den Song dem …": "den" or "dem" alone after a given name is the article, no particle
    // (those of "van der Laan", "von der Leyen", "Laurence des Cars" stay).
    if (k === j + 1 && /^(?:den|dem)$/u.test(tokens[j]!.word) && !CAPITALISED_PARTICLES.has(words.at(-1)!)) break;
    // "nach dem Tod von John Magufuli": a given name and a name after "von" start another person's name.
    const another = isGivenName(tokens[k]!.word) && scan.joined(k, k + 1) && isNameWord(tokens[k + 1]?.word ?? "");
    if (tokens[k - 1]!.word === "von" && another) break;
    // "Ich gönne es Richard von Herzen", "meldete sich Viktor Orbán zu Wort": an idiom after "von" or "zu", no surname.
    if (/^(?:von|zu)$/u.test(tokens[k - 1]!.word) && PARTICLE_IDIOMS.has(tokens[k]!.word)) break;
    // "durch die Gassen des Dorfes": a German noun after "des" or "der" is a genitive, no surname ("Laurence des Cars");
    // not after the Dutch "van" ("Sanne van der Linden"), which German copy writes for names only.
    const dutch = /^[Vv]an$/u.test(tokens[j]!.word);
    if (/^(?:des|der)$/u.test(tokens[k - 1]!.word) && isGermanNoun(tokens[k]!.word) && !dutch) break;
    // "Heute war Florian der Stärkere": an adjective used as a noun, no surname.
    if (/(?:ere|eren|este|esten)$/u.test(tokens[k]!.word)) break;
    // "von der Universitas Gadjah Mada": after "von der" a name of several capitalised words is an institution's.
    if (/^(?:der|dem)$/u.test(tokens[k - 1]!.word) && scan.joined(k, k + 1) && startsUpper(tokens[k + 1]?.word ?? ""))
      break;
    for (let p = j; p <= k; p++) words.push(tokens[p]!.word);
    named++;
    j = k + 1;
    // Arabic names go on after "bin X": "Mohammed bin Abdulrahman Al Thani"; Iberian ones after "dos Santos":
    // "João Pedro dos Santos Ferreira".
    const particle = tokens[k - 1]!.word;
    const next = tokens[j];
    const iberian =
      /^(?:da|das|de|do|dos)$/u.test(particle) &&
      next !== undefined &&
      scan.joined(j - 1, j) &&
      isNameWord(next.word) &&
      !scan.isPlaceOrCountry(next) &&
      !genitiveAt(scan, j - 1);
    if (iberian) continue;
    if (!/^(?:bin|ibn)$/u.test(particle)) break;
  }
  return { to: j, words };
}

/** Nouns of adverbial idioms with "von" or "zu": "von Herzen", "von Anfang an", "zu Wort", "zu Gast". */
const PARTICLE_IDIOMS = new Set([
  ...["Herzen", "Anfang", "Hause", "Seiten", "Rang", "Bedeutung", "Belang", "Nutzen", "Vorteil"],
  ...["Wort", "Gast", "Besuch", "Ende", "Fuß", "Recht", "Beginn", "Ehren", "Tode", "Lande", "Gunsten", "Lasten"],
]);

/**
 * Particles as some names write them, capitalised: "De Los Santos", "Del Toro", "Da Silva", "Dos Santos", "Van den
 * Bergh".
 */
const CAPITALISED_PARTICLES = new Set(["De", "Del", "Da", "Das", "Do", "Dos", "La", "Las", "Los", "Van"]);

/** A role in the plural ("Ingenieure", "Ärztinnen"), which names no one person. */
const pluralRole = (word: string) => word.endsWith("innen") || (word.endsWith("e") && isRoleWord(word.slice(0, -1)));

/** Two-letter abbreviations that are no middle names: "Dr.", "St." (Sankt), "Nr.", "Mr.", "Ms.". */
const ABBREVIATED_TITLES = new Set(["Dr", "St", "Nr", "Mr", "Ms", "Mt", "Co"]);

/** "Th" in "Guðni Th. Jóhannesson": two consonants, a full stop, a space and a name word. */
function abbreviatedMiddle(scan: FieldScan, j: number): boolean {
  const { tokens, text } = scan;
  const w = tokens[j]!.word;
  const next = tokens[j + 1];
  return (
    /^[BCDFGHJKLMNPQRSTVWXZ][bcdfghjklmnpqrstvwxz]$/u.test(w) && // not a syllable: "Kim Jong Un. Xi …"
    !ABBREVIATED_TITLES.has(w) &&
    next !== undefined &&
    text.slice(tokens[j]!.end, next.start) === ". " &&
    isNameWord(next.word)
  );
}

/** Plural words for people: "Menschen", never a name's. */
const PEOPLE = new Set(["Menschen", "Leute", "Personen"]);
const monthOrYear = (word: string) => MONTH_NAMES.has(word) || /^\d{4}$/u.test(word);
/** A German abstract noun's ending, no surname's: "von Diplomaten Garantien", "Minister Entscheidungen". */
const ABSTRACT_NOUN =
  /^\p{Lu}\p{Ll}{3,}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ionen|ien|täten|nisse|status)$/u;

/** Titles whose holders go by their given name: "Papst Leo", "König Charles", "Patriarch Bartholomaios". */
const SOVEREIGN_ROLES =
  /(?:papst|patriarch|könig|königin|queen|kaiser|kaiserin|prinz|prinzessin|fürst|fürstin|emir|scheich|sultan)(?:en|es|s)?$/iu;

/** "Der Motorradtaxi-Fahrer Sutrisno, 54,", "die Rentnerin Meier (71)": an age set off after a name. */
function ageAfter(scan: FieldScan, last: number): boolean {
  const end = scan.tokens[last]!.end;
  return /^(?:,\s*\d{1,3}\s*,|\s*\(\d{1,3}\))/u.test(scan.text.slice(end, end + 8));
}

/** "ein Investor Pläne", "eine Winzerin Mitte fünfzig": an indefinite role is no title before a surname. */
function indefiniteBefore(scan: FieldScan, role: number): boolean {
  return (
    role > 0 &&
    scan.joined(role - 1, role) &&
    /^(?:ein|eine|einen|einem|einer|eines)$/iu.test(scan.tokens[role - 1]!.word)
  );
}

/**
 * "kündigt der Kanzler Einschnitte an", "das Oberste Gericht", "am Obersten Gerichtshof": a role with its definite
 * article (or a preposition fused with it) is a complete noun phrase, the capitalised word after it no name; agency
 * copy writes "Kanzler Merz" without it.
 * A known person's surname there is still linked to them (linkReferences).
 */
function definiteBefore(scan: FieldScan, role: number): boolean {
  return (
    role > 0 &&
    scan.joined(role - 1, role) &&
    /^(?:der|die|das|den|dem|des|am|im|vom|zum|zur|beim)$/iu.test(scan.tokens[role - 1]!.word)
  );
}

/**
 * A name set off by commas after a role in the same clause: "Die Ministerin für Arbeit, Bärbel Bas,",
 * "der Sprecher der Hafenbehörde, Kevin O'Toole.", "Die Präsidentin des Zentralkomitees der deutschen Katholiken
 * (ZdK), Irme Stetter-Karp,".
 */
function appositionAt(scan: FieldScan, i: number): boolean {
  const { tokens, text } = scan;
  if (i === 0 || !/^\)?,[ \u00a0]+$/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
  if (!scan.joined(i, i + 1) || !isNameWord(tokens[i + 1]!.word)) return false;
  const after = text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 2);
  if (!/^(?:[,.;:]|$)/u.test(after)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (/[.!?;:]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    if (isRoleWord(tokens[k]!.word)) return true;
  }
  return false;
}

/**
 * Two name words followed by an apposition with a role: "Gudula Hartmann, einer pensionierten Biologielehrerin",
 * "Ravinesh Chand, ein Händler aus Suva": a person, whatever the given name's origin.
 */
function roleAppositionAfter(scan: FieldScan, i: number): boolean {
  const { tokens, text } = scan;
  const [given, surname, article] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  if (!surname || !article || !scan.joined(i, i + 1)) return false;
  // The surname may be a word too ("Hartmann"); the given name not ("Deutsche Bahn, der Staatskonzern").
  if (!isNameWord(given.word) || !isNameWord(surname.word) || isGermanNoun(given.word)) return false;
  // "Sadrs Vater, der Großajatollah": a genitive and what it owns.
  if (given.word.endsWith("s") && isGermanNoun(surname.word)) return false;
  if (!/^,[ \u00a0]+$/u.test(text.slice(surname.end, article.start))) return false;
  if (!/^(?:ein|eine|einer|eines|einem|der|die|des|dem)$/u.test(article.word)) return false;
  if (scan.isPlaceOrCountry(given) || scan.isPlaceOrCountry(surname)) return false;
  // Up to two adjectives, then the role: "einer pensionierten Biologielehrerin".
  for (let k = i + 3; k <= i + 5 && tokens[k] && scan.joined(k - 1, k); k++) {
    if (isRoleWord(tokens[k]!.word)) return true;
    if (!/^\p{Ll}+$/u.test(tokens[k]!.word)) return false;
  }
  return false;
}

/** Two name words joined by "und" to a person found just before: "vor Lando Norris und Oscar Piastri" reversed. */
function coordinatedAt(scan: FieldScan, i: number, found: Candidate[]): boolean {
  const { tokens } = scan;
  const conjunction = (w: string | undefined) => w === "und" || w === "sowie" || w === "oder";
  // "C D und A B": a full name ends right before "und"; "A B und C D": a given name starts the one after.
  const prevFull = found[found.length - 1];
  // "Tomke Buß, Okke Meyer, Swantje Hinrichs-Eilers": also a comma between full names in a list.
  const listed =
    prevFull !== undefined &&
    !prevFull.single &&
    prevFull.to === i - 1 &&
    scan.text.slice(tokens[i - 1]!.end, tokens[i]!.start) === ", " &&
    /^\s*(?:,|und\s|sowie\s)/u.test(scan.text.slice(tokens[i + 1]?.end ?? 0, (tokens[i + 1]?.end ?? 0) + 6)) &&
    !isGermanNoun(tokens[i + 1]?.word ?? "");
  const after =
    listed ||
    (i >= 2 && conjunction(tokens[i - 1]!.word) && prevFull !== undefined && !prevFull.single && prevFull.to === i - 2);
  const before =
    !after &&
    conjunction(tokens[i + 2]?.word) &&
    tokens[i + 3] !== undefined &&
    isGivenName(tokens[i + 3]!.word) &&
    scan.joined(i + 1, i + 2) &&
    scan.joined(i + 2, i + 3) &&
    scan.joined(i + 3, i + 4) &&
    isNameWord(tokens[i + 4]?.word ?? "");
  if (!after && !before) return false;
  const a = tokens[i]!;
  const b = tokens[i + 1];
  if (!b || !scan.joined(i, i + 1) || !isNameWord(a.word) || !isNameWord(b.word)) return false;
  if (scan.isPlaceOrCountry(a) || scan.isPlaceOrCountry(b) || isDemonym(a.word) || PERSON_NOUNS.has(a.word))
    return false;
  if (!(scan.joined(i + 1, i + 2) && isNameWord(tokens[i + 2]!.word))) return true;
  // "und Ketanji Brown Jackson": a middle name that is a given name, then the surname, ends it.
  return isGivenName(b.word) && !(scan.joined(i + 2, i + 3) && isNameWord(tokens[i + 3]?.word ?? ""));
}

/** How a name at token i is introduced: a role (or an apposition after one) before it, a given name. */
interface Trigger {
  prev: string | undefined;
  afterRole: boolean;
  given: boolean;
}

/** A decade of a person's age: "Mitte vierzig", "Anfang 50". */
const AGE_DECADE = /^(?:[2-9]0|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/u;

/** Whether the name at tokens [i, to) with these words is a person mention (see docs/persons.md). */
function acceptable(scan: FieldScan, i: number, to: number, words: string[], how: Trigger, surnames: Set<string>) {
  const { prev, afterRole, given } = how;
  const first = scan.tokens[i]!;
  const last = scan.tokens[to - 1]!;
  const named = namedCount(words);
  if (named >= 2 && acronymAfter(scan, words, to - 1)) return false;
  // "die in Pola Englisch unterrichtete": a language after a name is what is taught or spoken, no surname ("Deutsch" is
  // a surname too).
  if (named === 2 && LANGUAGE_NAME.test(last.word) && last.word !== "Deutsch" && isGermanNoun(last.word)) return false;
  if (named === 1) {
    // A lone word after a role is a surname ("Präsident Trump"), or a sovereign's or cleric's given name
    // ("Papst Leo", "König Charles", "Patriarch Bartholomaios"); not after kin
    // ("ihr Bruder Matthias"), an indefinite role ("ein Investor Pläne"), a demonym or a place.
    const lone =
      afterRole &&
      !indefiniteBefore(scan, i - 1) &&
      (!definiteBefore(scan, i - 1) || ageAfter(scan, to - 1)) &&
      !KIN_ROLES.has(prev!) &&
      !PERSON_NOUNS.has(prev!) &&
      !pluralRole(prev!) && // "mit denen Ingenieure Bauteile testen"
      !isDemonym(prev!) &&
      (!given || SOVEREIGN_ROLES.test(prev!)) &&
      // "Königin Mary": a sovereign's given name, though a city is called so too.
      (!scan.isPlaceOrCountry(first) || (given && SOVEREIGN_ROLES.test(prev!))) &&
      !ABSTRACT_NOUN.test(first.word) &&
      // "eine Zahnärztin Mitte vierzig", "der Trainer Anfang 50": an age, no surname.
      !(/^(?:Mitte|Anfang|Ende)$/u.test(first.word) && AGE_DECADE.test(scan.tokens[to]?.word ?? "")) &&
      // "Gerhart Hauptmanns Drama": a noun after a role's genitive is what it owns.
      !(prev?.endsWith("s") === true && isGermanNoun(first.word)) &&
      // "legten Bewohner Blumen nieder", "vermuten Forscher Ozeane": a plural noun after a (plural) role is the
      // verb's object, unless the text names someone so again ("Minister Lange … sagte Lange").
      !(/e[n]?$/u.test(first.word) && isGermanNoun(first.word) && !namedAgain(scan, first)) &&
      !/^\p{Lu}+$/u.test(first.word) && // "der Großbank UBS": an acronym
      !NATION_ADJECTIVES.has(first.word) && // "auf Titelverteidiger England"
      !REGION_NAMES.has(first.word.replace(/s$/u, "")) && // "Ministerpräsident Thüringens"
      scan.text.charAt(first.end) !== "-";
    if (!lone) return false;
  }
  if (afterRole && named >= 2 && scan.isPlaceOrCountry(first) && !given) return false;
  // "Hauptmanns Berliner Tragikomödie": a noun after a role's genitive is what it owns, adjective and all.
  if (afterRole && named >= 2 && prev?.endsWith("s") === true && !given && isGermanNoun(last.word)) return false;
  // "Titelverteidiger Füchse Berlin", "Inder Deutsch": a team or a people, not a given name, before a place or
  // a language.
  if (named === 2 && ((!given && scan.isPlaceOrCountry(last)) || isDemonym(first.word))) return false;
  // "Fortuna Düsseldorf": a club's name before its city (which the place finder leaves to the club), though a
  // given name.
  if (named === 2 && CLUB_PREFIXES.has(first.word) && isPlaceForm(last.word)) return false;
  // "vom ESC Erfurt", "Felix Ohnemus/EC Grefrath": a club's initials and its city.
  if (named === 2 && CLUB_INITIALS.test(first.word) && isPlaceForm(last.word)) return false;
  // "der Tochter Susan Ungarn", "Will Tuvalu …?": a country's German name ends no person's name (the given name's verb
  // or object); its other names may ("Agnieszka Holland").
  // Unless the text quotes it alone ("Luís Montenegro … „…“, sagte Montenegro").
  if (
    named >= 2 &&
    COUNTRY_NAMES.has(last.word) &&
    overlapping(scan.input.countries, last.start, last.end) &&
    !speaksAlone(scan, last.word)
  )
    return false;
  // "der Schweizer Großbank UBS": an acronym ends no person's name.
  if (named >= 2 && /^(?![IVX]+$)\p{Lu}{2,}$/u.test(last.word)) return false;
  // A place's whole name ("in George Town", "Santo Domingo") is the place, unless a role introduces it.
  const place = overlapping(scan.input.places, first.start, last.end);
  if (!afterRole && place && place.start <= first.start && place.end >= last.end) return false;
  // So is a country's ("in Sierra Leone", "Costa Rica"): two capitalised words that name a country, also after a
  // role ("Präsident Sri Lankas").
  const country = overlapping(scan.input.countries, first.start, last.end);
  if ((!afterRole || named >= 2) && country && country.start <= first.start && country.end >= last.end) return false;
  // A place after "in" starts no name, nor does any place name after "ins" or "im" ("ins Wien Maria Theresias"),
  // where the place finder takes no city (a bare article). "nach" may come before one: "nach Benedikt von Nursia"
  // (named after).
  if (!afterRole && named >= 2 && i > 0 && scan.joined(i - 1, i)) {
    const before = scan.tokens[i - 1]!.word;
    if (before.toLowerCase() === "in" && scan.isPlaceOrCountry(first)) return false;
    if (/^(?:ins|im)$/iu.test(before) && isPlaceForm(first.word)) return false;
    // "die Partei New Zealand First", "die amerikanische Marke Russell Stover": the rest of a name, a brand.
    if (before === "New" || /^(?:\p{Lu}\p{Ll}*marke|Marke|Label|Firma)$/u.test(before)) return false;
  }
  // "die Basilika Santa Maria Maggiore", "der Grenzübergang Kerem Schalom", "die Hauptstadt Sri Jayawardenepura Kotte",
  // "am Lago Maggiore": a saint's, a place's or a building's name, no person's.
  if (!afterRole && i > 0 && scan.joined(i - 1, i) && NAMED_PLACE_BEFORE.test(scan.tokens[i - 1]!.word)) return false;
  // Nor the rest of such a name: "im Kulturzentrum Miguel Ángel Asturias" is no "Ángel Asturias".
  const twoBefore = scan.tokens[i - 2];
  if (
    !afterRole &&
    twoBefore &&
    scan.joined(i - 2, i - 1) &&
    scan.joined(i - 1, i) &&
    isNameWord(scan.tokens[i - 1]!.word) &&
    NAMED_PLACE_BEFORE.test(twoBefore.word)
  )
    return false;
  if (named >= 2 && GEOGRAPHIC_FIRST.test(first.word)) return false;
  // "im Ziel am Alii Drive": an English street's name.
  if (named >= 2 && /^(?:Drive|Street|Avenue|Road|Boulevard|Lane|Highway)$/u.test(last.word)) return false;
  // "Paris Hilton", "Mark Rutte"; not "in London Rückendeckung".
  if (!afterRole && AMBIGUOUS_GIVEN_NAMES.has(first.word) && scan.isPlaceOrCountry(first)) return false;
  // "die Orlando Magic", "der Berlin Fashion Week": a definite article right before a name without a role
  // makes it a team's, an event's or an institution's; agency copy writes no article before a person's name.
  // After a comma the article is a relative pronoun (", der Oliver Blume folgte").
  if (
    !afterRole &&
    i > 0 &&
    scan.joined(i - 1, i) &&
    /^(?:der|die|das|den|dem|des|jeder|jede|jedes|jeden|jedem|dieser|diese|dieses|diesen|diesem|kein|keine|keinen|keinem)$/iu.test(
      scan.tokens[i - 1]!.word,
    )
  ) {
    const article = scan.tokens[i - 1]!;
    // After a comma, or a comma and a preposition (", auf der Lech Wałęsa …"), the article is a relative pronoun.
    const before = scan.text.slice(Math.max(0, article.start - 12), article.start);
    if (!/,\s*$/u.test(before)) {
      // Not a German noun as surname there: "die Einzige, vor der Rainer Respekt hatte".
      const preposition = /,\s*(?:auf|in|an|mit|von|bei|aus|nach|für|über|unter|vor|zu|durch|gegen|neben)\s+$/u;
      if (!preposition.test(before) || isGermanNoun(last.word)) return false;
    }
  }
  // "in der Provinz Santiago de Cuba": a region's name, which the place extractor leaves to regions.
  if (prev && REGION_HEADS.has(prev)) return false;
  // "am Flughafen Hamburg Helmut Schmidt", "Flughafen Francisco Sá Carneiro": a facility named after a person.
  if (!afterRole && facilityBefore(scan, i)) return false;
  // "Kennedy Space Center", "Satish Dhawan Space Centre": a name before a facility's word, or one more word and
  // it, names the facility.
  for (let k = to; k < to + 2 && scan.joined(k - 1, k) && startsUpper(scan.tokens[k]?.word ?? ""); k++)
    if (FACILITY_WORDS.test(scan.tokens[k]!.word)) return false;
  // "Harvard Kennedy School": a facility's word ending the name (a surname only if one: "Stuart Hall").
  if (named >= 2 && FACILITY_WORDS.test(last.word) && !WORD_SURNAMES.has(last.word)) return false;
  // "Murat K.": a name abbreviated to protect a person is no full name.
  // "Patriarch Bartholomaios I.", "Kaiser Karl V.": after a sovereign's title, a regnal number.
  const lastWord = words[words.length - 1]!;
  if (/^\p{Lu}\.$/u.test(lastWord) && !(/^[IVX]\.$/u.test(lastWord) && prev && SOVEREIGN_ROLES.test(prev)))
    return false;
  // "Leonie Benesch trägt den Film. Ihre Carla Nowak, deren …": an actor's possessive right before a full name makes it
  // a part, wherever else the text names it.
  const possessive = /(?:^|\s)(?:Ihre|ihre|Seine|seine|Deren|deren|Dessen|dessen)\s+$/u;
  if (named >= 2 && possessive.test(scan.text.slice(Math.max(0, first.start - 8), first.start))) {
    scan.parts.add(words.join(" "));
    return false;
  }
  if (isCharacter(scan, first.start, last.end, surnames)) {
    if (named >= 2) scan.characters.add(words.join(" "));
    return false;
  }
  return !quotedAlone(scan.text, first.start, last.end);
}

/**
 * A surname of foreign shape: letters German does not write, endings of other languages ("-ović", "-sson"), Gaelic
 * capitals, and the Danish, Norwegian and Faroese "-sen" that is no German plural ("Hansen", "Mikkelsen"; not "Linsen",
 * "Kassen").
 */
const isForeignSurname = memo(
  (word) =>
    FOREIGN_SURNAME.test(word.toLowerCase()) ||
    GAELIC_SURNAME.test(word) ||
    (/^\p{Lu}\p{Ll}+[^s]sen$/u.test(word) && !isGermanNoun(word)),
);
/** Nouns describing who speaks: "die Studentin", "der Reisbauer", "die Markthändlerin". */
const DESCRIBED_PERSON = /(?:er|in|ling|ist|ent|ant)$/u;
/** Endings of German nouns for persons ("Rückkehrer", "Wahlsieger", "Neuling", "Pianistin"). */
const PERSON_NOUN_SHAPE = /(?:er|erin|ling|ist|istin)$/u;

/** A language's name as a noun: "auf Schwedisch", "im Englischen". */
const LANGUAGE_NAME = /^\p{Lu}\p{Ll}+isch(?:en)?$/u;

/** Nouns for a part of a town or country, before its name: "im Stadtteil Kısıklı", "die Provinz Hatay". */
const PLACE_PART = /(?:teil|viertel|dorf|stadt|bezirk|gemeinde|provinz|region|kreis|staat|kanton)$/iu;

/**
 * A capitalised word before a surname of foreign shape is its given name ("Tadej Pogačar", "Ermedin
 * Demirović"), unless it is a German person noun ("Rückkehrer Pogačar"), a demonym, a place or a part of one
 * ("im Stadtteil Kısıklı").
 */
function beforeForeignSurname(scan: FieldScan, i: number): boolean {
  const t = scan.tokens[i]!;
  const n = scan.tokens[i + 1];
  if (!n || !isForeignSurname(n.word) || !scan.joined(i, i + 1) || !isNameWord(n.word)) return false;
  // "Gegen Babiš läuft …", "In Vicuña wurde …": a preposition or article opening the sentence.
  // "heißt auf Schwedisch Borgå": a language's name.
  if (PERSON_NOUN_SHAPE.test(t.word) || isDemonym(t.word) || FUNCTION_WORD.test(t.word) || PLACE_PART.test(t.word))
    return false;
  // "Steuermann Heðin Nolsøe": a German noun is no given name (the name after it is the full name).
  if (isGermanNoun(t.word) && !isGivenName(t.word)) return false;
  // "seine Freundin Urška Žigart": a kin noun or a role before a given name of foreign shape.
  if (LANGUAGE_NAME.test(t.word) || PERSON_NOUNS.has(t.word) || isRoleWord(t.word)) return false;
  // "in Nové Město", "im benachbarten Kamenický Šenov": a place's name (not "nach": "nach Vigdís Finnbogadóttir").
  const [before, article] = [scan.tokens[i - 1]?.word ?? "", scan.tokens[i - 2]?.word ?? ""];
  const located = /^in$/iu.test(before) || (/^\p{Ll}+e[nmr]?$/u.test(before) && /^(?:im|ins|am|dem)$/iu.test(article));
  if (i > 0 && scan.joined(i - 1, i) && located) return false;
  return !scan.isPlaceOrCountry(t) && !scan.isPlaceOrCountry(n);
}

/**
 * "Park Ji-won", "Chen Wei-lun", "Ding Liren": a common East Asian family name before a given name of East
 * Asian shape (hyphenated syllables, or one to three Pinyin syllables after a Chinese family name).
 */
function familyNameFirst(scan: FieldScan, i: number): boolean {
  const next = scan.tokens[i + 1];
  const family = scan.tokens[i]!.word;
  if (next === undefined || !scan.joined(i, i + 1)) return false;
  if (southernChineseName(scan, i)) return true;
  if (!FAMILY_NAMES_FIRST.has(family)) return scan.japanese && japaneseFamilyFirst(scan, i);
  return (
    EAST_ASIAN_GIVEN.test(next.word) ||
    (VIETNAMESE_FAMILY_NAMES.has(family) && VIETNAMESE_SYLLABLE.test(next.word)) ||
    (CHINESE_FAMILY_NAMES.has(family) && /^\p{Lu}/u.test(next.word) && PINYIN_NAME.test(next.word.toLowerCase()))
  );
}

/**
 * A Japanese name in Japanese order, family name first, in an article that names Japan: "Kishida Fumio", "Takaichi
 * Sanae", "Koizumi Shinjiro". Both words are romaji; the second is a known given name or ends like a man's name
 * ("-ro"); the first is no given name, role or function word ("Sein Name", "Ehemann Diego").
 */
function japaneseFamilyFirst(scan: FieldScan, i: number): boolean {
  // familyNameFirst has checked that a joined next word exists.
  const next = scan.tokens[i + 1]!;
  const family = scan.tokens[i]!.word;
  if (!isRomaji(family) || !isRomaji(next.word)) return false;
  if (isGivenName(family) || scan.isPlaceOrCountry(scan.tokens[i]!) || !isNameWord(family)) return false;
  if (FUNCTION_WORD.test(family) || PERSON_NOUNS.has(family) || isRoleWord(family)) return false;
  return isGivenName(next.word) || /ro$/u.test(next.word);
}
/**
 * One capitalised Vietnamese syllable: "Thu", "Hà", "Văn", "Chính" (not a longer German noun), or up to seven
 * letters with a letter only Vietnamese writes ("Thưởng", "Trường").
 */
const VIETNAMESE_SYLLABLE =
  /^(?:\p{Lu}\p{Ll}{0,4}|(?=\p{Lu}\p{Ll}{0,6}$).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*)$/u;
/** Romanised Japanese: capitalised, syllables of an optional consonant (or digraph) and a vowel, or "n". */
const isRomaji = (word: string) =>
  startsUpper(word) &&
  /^(?:(?:ky|sh|ch|ts|ry|ny|hy|my|gy|by|py|j|[kstnhmyrwgzdbpf])?[aeiou]|n)+$/u.test(word.toLowerCase());
/** "Goh Chok Tong", "Gan Kim Yong": a Singaporean or Malaysian family name and two syllables of a given name. */
function southernChineseName(scan: FieldScan, i: number): boolean {
  const { tokens } = scan;
  return (
    SOUTHERN_CHINESE_FAMILY_NAMES.has(tokens[i]!.word) &&
    scan.joined(i, i + 1) &&
    scan.joined(i + 1, i + 2) &&
    HOKKIEN_SYLLABLE.test(tokens[i + 1]!.word) &&
    HOKKIEN_SYLLABLE.test(tokens[i + 2]!.word)
  );
}

/** One syllable of a romanised Southern Chinese given name: "Chok", "Swee", "Keat". */
const HOKKIEN_SYLLABLE = /^[A-Z][a-z]{1,4}$/u;
/** One to three syllables of Pinyin without tone marks: "liren", "jinping", "xiaomei". */
const PINYIN_NAME =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|uai|uan|ang|eng|ing|ong|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|o|e|i|u|ü)){1,3}$/u;

/** German nouns of facilities written before the person they are named after: "Flughafen Helmut Schmidt". */
const FACILITY_NOUNS = new Set([
  ...["Flughafen", "Airport", "Bahnhof", "Hauptbahnhof", "Stadion", "Kaserne", "Hafen"],
  // "im Palácio da Ajuda": Romance buildings before a particle.
  ...["Palácio", "Palacio", "Palazzo", "Palais", "Castelo", "Castillo", "Igreja", "Iglesia", "Praça", "Plaza"],
  ...["Museo", "Teatro", "Estádio", "Estadio", "Quinta", "Casa", "Mosteiro", "Monasterio", "Villa"],
  // "entlang der Via Melchiorre Gioia": Romance streets and squares.
  ...["Via", "Viale", "Corso", "Piazza", "Largo", "Rue", "Avenue", "Avenida", "Calle", "Rua"],
  // "vom Politecnico di Milano": Romance schools, banks and hospitals.
  ...["Politecnico", "Università", "Universidad", "Universidade", "Istituto", "Instituto", "Accademia", "Academia"],
  ...["Conservatorio", "Liceo", "Colegio", "Banca", "Banco", "Ospedale", "Hospital", "Hôpital", "Collège", "Lycée"],
  ...STADIUM_HEADS,
]);

/**
 * A saint's title or a noun for a place or building right before a name: it names that place ("Santa Maria Maggiore");
 * not a birthplace, which a genitive follows ("der Geburtsstadt Friedrich Schillers").
 */
const NAMED_PLACE_BEFORE =
  /^(?:San|Santa|Santo|São|Saint|Sainte|(?!Geburts|Heimat)\p{Lu}\p{Ll}*(?:stadt|dorf|gemeinde|übergang|stätte|kirche|kathedrale|basilika|moschee|tempel|kloster|palast|denkmal|mausoleum|insel|staudamm|talsperre|viertel|bezirk|zentrum))$/u;
/**
 * First words of a lake's, a mountain's, a river's, a coast's or a valley's name: "Lago Maggiore", "Monte Rosa", "Rio
 * Grande", "Val Bavona".
 */
const GEOGRAPHIC_FIRST =
  /^(?:Lago|Lake|Lac|Loch|Monte|Mount|Mont|Rio|Río|Costa|Sierra|Isla|Isola|Cabo|Cap|Bahía|Porto|Puerto|Ponte|Piz|Pic|Col|Val|Valle|Vallée)$/u;

/** A facility noun right before the name, or before a city right before it ("Flughafen Hamburg Helmut Schmidt"). */
function facilityBefore(scan: FieldScan, i: number): boolean {
  const { tokens } = scan;
  if (i >= 1 && scan.joined(i - 1, i) && FACILITY_NOUNS.has(tokens[i - 1]!.word)) return true;
  return (
    i >= 2 &&
    scan.joined(i - 2, i - 1) &&
    scan.joined(i - 1, i) &&
    FACILITY_NOUNS.has(tokens[i - 2]!.word) &&
    scan.isPlaceOrCountry(tokens[i - 1]!)
  );
}

/**
 * Words after a name that make it a facility's or institution's: "Kennedy Space Center", and German names written
 * without hyphens: "Pierre Boulez Saal", "Carmen Würth Forum".
 */
const FACILITY_WORDS =
  /^(?:Center|Centre|Airport|Stadium|Arena|Institute|Foundation|Award|Prize|Hall|Building|Tower|Library|Museum|Memorial|College|University|School|Hospital|Orbiter|Telescope|Observatory|Station|Bank|Saal|Forum|Halle|Stiftung|Preis|Schule|Gymnasium|Zentrum|Klinik|Bibliothek|Kaserne|Brücke|Allee|Straße|Platz)$/u;

/** Articles, prepositions and adverbs that start a sentence before a noun ("Am Abend", "Den Treffer"). */
const FUNCTION_WORD =
  /^(?:am|im|zum|zur|beim|vom|ins|ans|nach|vor|in|an|auf|mit|bei|seit|gegen|für|über|unter|durch|ohne|um|kurz|dann|danach|später|erst|zuvor|auch|so|den|dem|der|die|das|des|ein|eine|einen|einem|sein|seine|ihr|ihre|dieser|diese|diesen|jeder|jede|beide|alle)$/iu;

/** German subordinating conjunctions, some of which are given names elsewhere ("Solange"). */
const CONJUNCTION =
  /^(?:solange|sobald|sofern|soweit|sooft|obwohl|obgleich|weil|wenn|falls|nachdem|bevor|ehe|während|seitdem|damit|dass|als|wie|ob)$/iu;
/** Where a sentence or clause opens: the field's start, after a sentence's end, a colon, a dash or a comma. */
const CLAUSE_START = /(?:^|[.!?:;,–—-]\s+|\n)$/u;

/**
 * Two name words with nothing else to introduce them, as a person: before a Romance particle and a name
 * ("Benicio del Toro"), or as scorer next to a verb of scoring ("Serhou Guirassy erzielte", "traf Linton
 * Maina"). Not places, clubs ("Hertha BSC"), demonyms or German person nouns ending in -er ("Torjäger X").
 */
function introducedByContext(scan: FieldScan, i: number): boolean {
  const { tokens } = scan;
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (!n) return false;
  // The cheap set lookups first: most capitalised words stand next to neither a particle nor a scoring verb.
  const particle = FOREIGN_PARTICLES.has(n.word) && !NOT_PARTICLE_NAMES.has(t.word);
  const scoring = SCORING_VERBS.has(tokens[i - 1]?.word ?? "") || SCORING_VERBS.has(tokens[i + 2]?.word ?? "");
  if (!particle && !scoring) return false;
  if (!scan.joined(i, i + 1) || /(?:er|erin)$/u.test(t.word) || isDemonym(t.word) || FUNCTION_WORD.test(t.word))
    return false; // "Torjäger X", "Am Abend traf", "Den Treffer erzielte"
  if (scan.isPlaceOrCountry(t)) return false;
  if (particle) {
    // "in Praia da Luz", "in Rincón del Cerro": a place's name; no one writes "in" before a person. "Stade de
    // France": a facility's.
    if (i > 0 && tokens[i - 1]!.word.toLowerCase() === "in" && scan.joined(i - 1, i)) return false;
    if (FACILITY_NOUNS.has(t.word)) return false;
    const m = tokens[i + 2];
    return m !== undefined && scan.joined(i + 1, i + 2) && isNameWord(m.word) && !scan.isPlaceOrCountry(m);
  }
  if (!isNameWord(n.word) || !/\p{Ll}/u.test(n.word) || scan.isPlaceOrCountry(n) || isDemonym(n.word)) return false;
  if (scan.joined(i + 1, i + 2) && isNameWord(tokens[i + 2]!.word)) return false;
  // "Die konservative Nationale Sammlungspartei gewann": an adjective before a German noun makes a noun phrase.
  const adjectiveBefore = i > 0 && scan.joined(i - 1, i) && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(tokens[i - 1]!.word);
  if (adjectiveBefore && isGermanNoun(n.word)) return false;
  const before = i > 0 && scan.joined(i - 1, i) && SCORING_VERBS.has(tokens[i - 1]!.word);
  const after = scan.joined(i + 1, i + 2) && SCORING_VERBS.has(tokens[i + 2]!.word);
  return before || after;
}

/**
 * "„Dahomey“ von Mati Diop … „…“, sagte Diop": a place's name before a surname that speaks alone in the text is
 * a given name, whatever town bears it.
 */
function placeBeforeSpeaker(scan: FieldScan, i: number): boolean {
  const next = scan.tokens[i + 1];
  if (!next || !scan.isPlaceOrCountry(scan.tokens[i]!) || !scan.joined(i, i + 1) || !isNameWord(next.word))
    return false;
  if (scan.isPlaceOrCountry(next) || isGivenName(next.word)) return false;
  return speaksAlone(scan, next.word);
}

/** The token's word occurs again in the field, as a word of its own. */
function namedAgain(scan: FieldScan, token: Token): boolean {
  return scan.tokens.some((t) => t !== token && t.word === token.word);
}

/** Whether the text attributes a quote to `word` alone: "„…“, sagte Diop", "…, so Diop". */
const speaksAlone = (scan: FieldScan, word: string) =>
  scan.text.includes(`, sagte ${word}`) || scan.text.includes(`, so ${word}`);

/** "J. D. Vance", "J. R. R. Tolkien", "T. S. Eliot": two or three initials, then a surname, open a name. */
function initialsFirst(scan: FieldScan, i: number): boolean {
  const { tokens } = scan;
  const INITIAL = /^\p{Lu}\.$/u;
  let k = i;
  while (k < i + 3 && INITIAL.test(tokens[k]?.word ?? "") && (k === i || scan.joined(k - 1, k))) k++;
  const surname = tokens[k]?.word ?? "";
  // "J. Robert Oppenheimer", "F. Scott Fitzgerald": one initial before a given name and a surname; not a label
  // ending a sentence ("in Gruppe B. Robert Müller …").
  if (k - i === 1 && isGivenName(surname) && scan.joined(k, k + 1) && isNameWord(tokens[k + 1]?.word ?? "")) {
    // Not "J. Caleb Boggs Federal Building".
    if (scan.joined(k + 1, k + 2) && startsUpper(tokens[k + 2]?.word ?? "")) return false;
    const label = i > 0 && scan.joined(i - 1, i) && startsUpper(tokens[i - 1]!.word);
    const w = tokens[i - 1]?.word ?? "";
    return !label || isRoleWord(w) || PERSON_NOUN_SHAPE.test(w) || w.endsWith("s");
  }
  return (
    k - i >= 2 &&
    scan.joined(k - 1, k) &&
    !INITIAL.test(surname) &&
    isNameWord(surname) &&
    !scan.isPlaceOrCountry(tokens[k]!)
  );
}

/** Full names and lone surnames after roles in one field. */
function candidatesIn(scan: FieldScan): Candidate[] {
  const { tokens } = scan;
  const out: Candidate[] = [];
  const surnames = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Most words are no name: the cheap tests first.
    if (!startsUpper(t.word) || !(isNameWord(t.word) || familyNameFirst(scan, i)) || inSpans(scan.skip, t.start)) {
      i++;
      continue;
    }
    // "Solange Abdul-Malik al-Huthi den Krieg … nutzt": a conjunction opening a clause is no given name.
    if (CONJUNCTION.test(t.word) && CLAUSE_START.test(scan.text.slice(Math.max(0, t.start - 3), t.start))) {
      i++;
      continue;
    }
    // "Van der Laan war ...", "Von der Leyen sagte": a surname with its particles at a sentence's start is a
    // reference (linkReferences), no full name of its own.
    const nextWord = tokens[i + 1]?.word;
    const particleStart = NAME_PARTICLES.has(t.word.toLowerCase()) && nextWord !== undefined && scan.joined(i, i + 1);
    // "Van Gerwen lobte": also one particle, where the text writes "van Gerwen" elsewhere.
    const lowerElsewhere = particleStart && scan.text.includes(`${t.word.toLowerCase()} ${nextWord}`);
    if (particleStart && (NAME_PARTICLES.has(nextWord!) || (startsUpper(t.word) && lowerElsewhere))) {
      i++;
      continue;
    }
    const prev = i > 0 && scan.joined(i - 1, i) ? tokens[i - 1]!.word : undefined;
    const afterRole =
      (prev !== undefined && (isRoleWord(prev) || isDemonym(prev) || PERSON_NOUNS.has(prev))) ||
      (scan.text.charCodeAt(t.start - 2) === 44 && appositionAt(scan, i)); // ", Bärbel Bas,"
    const given =
      isGivenName(t.word) ||
      initialsFirst(scan, i) ||
      beforeForeignSurname(scan, i) ||
      familyNameFirst(scan, i) ||
      placeBeforeSpeaker(scan, i) ||
      monthAsGivenName(scan, i) ||
      wordBeforeParticleName(scan, i) ||
      (!afterRole &&
        (coordinatedAt(scan, i, out) ||
          introducedByContext(scan, i) ||
          rankedEntry(scan, i) ||
          roleAppositionAfter(scan, i)));
    const { to, words } = afterRole || given ? nameAt(scan, i, afterRole) : { to: i + 1, words: [] };
    if (words.length === 0 || !acceptable(scan, i, to, words, { prev, afterRole, given }, surnames)) {
      i++;
      continue;
    }
    if (genitiveAt(scan, to - 1) || afterNounGenitive(scan, i, to - 1) || givenNamesGenitive(words))
      words[words.length - 1] = words[words.length - 1]!.slice(0, -1);
    surnames.add(words[words.length - 1]!);
    const single = namedCount(words) === 1;
    const candidate = { field: scan.index, from: i, to: to - 1, words, start: t.start, end: tokens[to - 1]!.end };
    out.push({ ...candidate, role: roleBefore(scan, i), single });
    // "die Brüder Liam und Noel Gallagher": a given name before "und" shares the surname.
    const shared = i >= 2 && words.length === 2 && given && tokens[i - 1]!.word === "und" ? tokens[i - 2]! : undefined;
    // Not the end of another name ("David Bowie und Bryan Adams") nor a word a name already holds.
    const before = tokens[i - 3]?.word ?? "";
    const endsName =
      i >= 3 &&
      scan.joined(i - 3, i - 2) &&
      isNameWord(before) &&
      !PERSON_NOUN_SHAPE.test(before) &&
      !PERSON_NOUNS.has(before) &&
      // "Das Ehepaar Renate und Wolfgang Kreiling": a noun for the two.
      !(isGermanNoun(before) && !isGivenName(before) && !COMMON_GERMAN_SURNAMES.has(before));
    const held = out.some((c) => c.from <= i - 2 && c.to >= i - 2);
    if (
      shared &&
      isGivenName(shared.word) &&
      !endsName &&
      !held &&
      scan.joined(i - 2, i - 1) &&
      scan.joined(i - 1, i)
    ) {
      const words2 = [shared.word, words[1]!];
      out.push({
        field: scan.index,
        from: i - 2,
        to: i - 2,
        words: words2,
        start: shared.start,
        end: shared.end,
        role: null,
        single: false,
      });
    }
    i = to;
  }
  return out;
}

/**
 * A word the given-name lists leave out as a German word ("Marine", "Don"), before a capitalised particle and a name,
 * is a given name: "Marine Le Pen rief …", "Don De Lillo"; not an article or a conjunction ("Die La-Ola-Welle").
 */
function wordBeforeParticleName(scan: FieldScan, i: number): boolean {
  const [t, particle, name] = [scan.tokens[i]!, scan.tokens[i + 1], scan.tokens[i + 2]];
  return (
    NOT_GIVEN_NAMES.has(t.word) &&
    t.word.length >= 3 &&
    !FUNCTION_WORD.test(t.word) &&
    particle !== undefined &&
    name !== undefined &&
    /^(?:Le|La|De|Di|Da|Del|Van)$/u.test(particle.word) &&
    scan.joined(i, i + 1) &&
    scan.joined(i + 1, i + 2) &&
    isNameWord(name.word) &&
    !scan.isPlaceOrCountry(name)
  );
}

/** A date's number, a preposition or an article before a month's name: "am 3.", "im", "seit", "Ende", "des". */
const DATE_BEFORE_MONTH =
  /(?:\d\.?|\b(?:im|am|vom|zum|bis|seit|ab|anfang|mitte|ende|des|dem|den|der|nach|vor|von|monat|jeden|diesen|letzten|kommenden|vergangenen|nächsten))\s+$/iu;
/**
 * A month's name before a name, and not after a date's number, a preposition or an article, is a given name: "bei
 * August Hermann Francke", "der Maler August Macke", "Juli Zeh"; not "am 3. August Wahlen", "im Juli Hunderte".
 */
function monthAsGivenName(scan: FieldScan, i: number): boolean {
  const { tokens } = scan;
  const [t, next] = [tokens[i]!, tokens[i + 1]];
  if (!MONTH_NAMES.has(t.word) || !next || !scan.joined(i, i + 1) || !isNameWord(next.word)) return false;
  if (monthOrYear(next.word) || isGermanNoun(next.word) || scan.isPlaceOrCountry(next)) return false;
  const before = scan.text.slice(Math.max(0, t.start - 12), t.start);
  return !DATE_BEFORE_MONTH.test(before);
}

/**
 * Lone surnames that a quote or an indirect statement attributes, after a comma or a closing quote:
 * "„…“, sagte Nakatani", ", so Pokorny". Not a verb's object ("Die EU sagt Hilfe zu", "fordert Zugang").
 */
function speakersIn(scan: FieldScan, taken: Uint8Array): Candidate[] {
  const { tokens, text } = scan;
  const out: Candidate[] = [];
  const speechVerb = (k: number) => k >= 0 && isSpeechVerb(tokens[k]!.word);
  tokens.forEach((t, i) => {
    // The cheap tests first: a speech verb right before, or three words before after "der"/"die".
    const three = i >= 3 && speechVerb(i - 3) && /^(?:der|die)$/u.test(tokens[i - 2]!.word);
    if (i === 0 || !startsUpper(t.word) || (!three && !speechVerb(i - 1))) return;
    // "sagte der 38-jährige Jetten": the verb three words before ("38-" is no token).
    const aged =
      three &&
      /^jährige[nr]?$/u.test(tokens[i - 1]!.word) &&
      /^\s+\d+-$/u.test(text.slice(tokens[i - 2]!.end, tokens[i - 1]!.start));
    // "sagte die Studentin Prakriti Gurung": a person noun between, then a full name.
    const described =
      three &&
      startsUpper(tokens[i - 1]!.word) &&
      (isRoleWord(tokens[i - 1]!.word) || DESCRIBED_PERSON.test(tokens[i - 1]!.word)) &&
      scan.joined(i - 2, i - 1);
    const v = (aged || described) && scan.joined(i - 3, i - 2) ? i - 3 : i - 1;
    if (!attributingVerb(scan, v)) return;
    if (taken[i] || inSpans(scan.skip, t.start) || !isNameWord(t.word) || (isGivenName(t.word) && !described)) return;
    if (!hyphenatedSurname(t.word) || scan.isPlaceOrCountry(t) || !scan.joined(i - 1, i)) return;
    // "„…“, sagte Einav Zangauker, deren Sohn ...": a full name there too.
    const { to, words } = nameAt(scan, i);
    const last = tokens[to - 1]!;
    if (!/^(?:[.,;:!?]|\s\p{Ll}|$)/u.test(text.slice(last.end, last.end + 2))) return;
    if (words.some((_, k) => k > 0 && (scan.isPlaceOrCountry(tokens[i + k]!) || taken[i + k]))) return;
    if (described && v === i - 3 && words.length < 2) return;
    const single = words.length === 1;
    // "sagte der 38-jährige Jetten" refers back to a person the text named; "sagte der 44-jährige Wahlsieger",
    // a German noun found nowhere else, to none.
    const elsewhere = text.indexOf(t.word) !== t.start || text.includes(t.word, t.end);
    if (aged && single && !elsewhere && isGermanNoun(t.word)) return;
    out.push({ field: scan.index, from: i, to: to - 1, words, start: t.start, end: last.end, role: null, single });
  });
  return out;
}

/**
 * A word after a speech verb that may be a surname: no compound ("sagte Kreml-Sprecher", "sagte Grünen-Politikerin")
 * but a double surname, whose last part is no person noun ("sagte Nandi-Ndaitwah", "sagte Müller-Lüdenscheidt").
 */
function hyphenatedSurname(word: string): boolean {
  if (!word.includes("-")) return true;
  const parts = word.split("-");
  const last = parts[parts.length - 1]!;
  return (
    parts.every((p) => /^\p{Lu}\p{Ll}{2,}$/u.test(p)) && !PERSON_NOUN_SHAPE.test(last) && !DESCRIBED_PERSON.test(last)
  );
}

/**
 * A maker known by surname alone, in the genitive before a work: "Shakespeares Tragödie", "Mozarts Oper",
 * "Goethes „Faust“" (a title in quotation marks). Not a place's or country's genitive ("Hamburgs Oper").
 */
function makersIn(scan: FieldScan, taken: Uint8Array): Candidate[] {
  const { tokens, text } = scan;
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (taken[i] || !/^\p{Lu}\p{Ll}+s$/u.test(t.word)) return;
    const next = tokens[i + 1];
    const work = next !== undefined && scan.joined(i, i + 1) && WORK_NOUNS.test(next.word);
    const title = !work && /^\s?„\p{Lu}/u.test(text.slice(t.end, t.end + 3));
    if (!work && !title) return;
    const name = t.word.slice(0, -1);
    if (!isNameWord(name) || !isNameWord(t.word) || isCommonGivenName(name) || inSpans(scan.skip, t.start)) return;
    if (scan.isPlaceOrCountry(t) || (i > 0 && scan.joined(i - 1, i) && startsUpper(tokens[i - 1]!.word))) return;
    // A maker's genitive takes no article: "des Eisbrechers „Polarstern“" is a noun's.
    // Nor one with an adjective between: "ihres jüngsten Albums „The Tortured Poets Department“".
    const article = (k: number) =>
      k >= 0 && /^(?:des|eines|dieses|jenes|seines|ihres|unseres)$/iu.test(tokens[k]!.word);
    if (i > 0 && scan.joined(i - 1, i) && article(i - 1)) return;
    if (i > 1 && scan.joined(i - 2, i - 1) && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(tokens[i - 1]!.word) && article(i - 2))
      return;
    out.push({
      field: scan.index,
      from: i,
      to: i,
      words: [name],
      start: t.start,
      end: t.end,
      role: null,
      single: true,
    });
  });
  return out;
}

/** A person named by "namens" after a noun for a person: "ein Mann namens Thorulf", "eine Frau namens Anna Berg". */
function calledIn(scan: FieldScan, taken: Uint8Array): Candidate[] {
  const { tokens } = scan;
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (t.word !== "namens" || i === 0 || !PERSON_NOUNS.has(tokens[i - 1]!.word) || !scan.joined(i - 1, i)) return;
    let to = i;
    while (
      to < i + 2 &&
      tokens[to + 1] !== undefined &&
      scan.joined(to, to + 1) &&
      !taken[to + 1] &&
      isNameWord(tokens[to + 1]!.word) &&
      !scan.isPlaceOrCountry(tokens[to + 1]!)
    )
      to++;
    if (to === i) return;
    const words = tokens.slice(i + 1, to + 1).map((w) => w.word);
    const [start, end] = [tokens[i + 1]!.start, tokens[to]!.end];
    out.push({ field: scan.index, from: i + 1, to, words, start, end, role: null, single: words.length === 1 });
  });
  return out;
}

/** A person while mentions are collected: its words and its mentions as (field, token range). */
interface Draft {
  words: string[];
  mentions: Array<{ field: number; from: number; to: number; start: number; end: number; full: boolean }>;
}

const order = (a: { field: number; start: number }, b: { field: number; start: number }) =>
  a.field - b.field || a.start - b.start;
const isSuffix = (short: string[], long: string[]) =>
  short.length < long.length && short.every((w, i) => w === long[long.length - short.length + i]);

/** word -> where it stands (field, token index), for every capitalised word of the article. */
function wordIndex(scans: FieldScan[]): Map<string, Array<[FieldScan, number]>> {
  const index = new Map<string, Array<[FieldScan, number]>>();
  for (const scan of scans)
    scan.tokens.forEach((t, k) => {
      if (!startsUpper(t.word)) return;
      const list = index.get(t.word);
      if (list) list.push([scan, k]);
      else index.set(t.word, [[scan, k]]);
    });
  return index;
}

/** A lone surname completed by the capitalised word before it elsewhere: "Malaika Mihambo" from "sagte Mihambo". */
function completeSingles(scans: FieldScan[], singles: Candidate[], full: Candidate[]): Candidate[] {
  if (singles.length === 0) return [];
  const familyNames = new Set(full.map((c) => c.words[c.words.length - 1]!));
  const known = new Set(full.flatMap((c) => [c.words[c.words.length - 1]!, c.words[0]!]));
  const index = wordIndex(scans);
  const out: Candidate[] = [];
  for (const word of new Set(singles.map((s) => s.words[0]!))) {
    if (known.has(word)) continue;
    for (const [scan, k] of index.get(word) ?? []) {
      const t = scan.tokens[k]!;
      // "sagte Paetongtarn" and "Paetongtarn Shinawatra" where "Thaksin Shinawatra" is named: a person called by
      // the given name, before a family name the text gives others.
      const n = scan.tokens[k + 1];
      if (n && scan.joined(k, k + 1) && familyNames.has(n.word) && !inSpans(scan.skip, t.start)) {
        const role = roleBefore(scan, k);
        out.push({
          field: scan.index,
          from: k,
          to: k + 1,
          words: [word, n.word],
          start: t.start,
          end: n.end,
          role,
          single: false,
        });
        continue;
      }
      if (k === 0 || !scan.joined(k - 1, k)) continue;
      const y = scan.tokens[k - 1]!;
      if (!isNameWord(y.word) || isDemonym(y.word) || scan.isPlaceOrCountry(y) || inSpans(scan.skip, y.start)) continue;
      // "Wahlsieger Jetten": a German person noun, no given name; "am Freitag Paetongtarn": a day.
      if ((PERSON_NOUN_SHAPE.test(y.word) && !isGivenName(y.word)) || WEEKDAY.test(y.word)) continue;
      // "hat das Parlament Paetongtarn gewählt": a noun after its article.
      if (k >= 2 && scan.joined(k - 2, k - 1) && /^(?:der|die|das|den|dem|des)$/iu.test(scan.tokens[k - 2]!.word))
        continue;
      // A third name word before it ("Ketanji Brown Jackson"), not a noun before a name ("in der 87. Minute Alagie
      // Fofana"; but "dem Bagdader Viertel Sadr City").
      const before = k >= 2 && scan.joined(k - 2, k - 1) ? scan.tokens[k - 2]!.word : undefined;
      const nounBefore = before !== undefined && isGermanNoun(before) && !isGivenName(before) && !isGermanNoun(y.word);
      if (before && isNameWord(before) && !nounBefore) continue;
      const role = roleBefore(scan, k - 1);
      out.push({
        field: scan.index,
        from: k - 1,
        to: k,
        words: [y.word, word],
        start: y.start,
        end: t.end,
        role,
        single: false,
      });
    }
  }
  return out;
}

/** Full names grouped into persons; a name that ends another ("Mario Bergoglio") joins the longer one. */
function groupFullNames(full: Candidate[]): Draft[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  for (const c of [...full].sort((a, b) => b.words.length - a.words.length || order(a, b))) {
    // One person per folded name: "Benito Juárez" and "Benito Juarez", "Baschar al-Assad" and "Bashar al-Assad",
    // "Novak Đoković" and "Novak Djokovic" are spellings of one name.
    const key = personKey(c.words.join(" ")).replaceAll("sch", "sh").replaceAll("đ", "dj");
    const draft = byKey.get(key) ?? drafts.find((d) => isSuffix(c.words, d.words) && c.words.length >= 2);
    const mention = { field: c.field, from: c.from, to: c.to, start: c.start, end: c.end, full: true };
    if (draft) draft.mentions.push(mention);
    else {
      const d: Draft = { words: c.words, mentions: [mention] };
      drafts.push(d);
      byKey.set(key, d);
    }
  }
  return drafts;
}

/** word -> the persons it can refer to alone, first introduced first: surname, its genitive, a family name written first. */
function referenceForms(scans: FieldScan[], drafts: Draft[]): Map<string, Draft[]> {
  const covered = coveredTokens(scans, drafts);
  const alone = new Set<string>();
  for (const scan of scans)
    scan.tokens.forEach((t, k) => {
      if (startsUpper(t.word) && !covered[scan.index]![k]) alone.add(t.word);
    });
  const forms = new Map<string, Draft[]>();
  const add = (word: string, d: Draft) => {
    const list = forms.get(word) ?? [];
    if (!list.includes(d)) list.push(d);
    forms.set(word, list);
  };
  // The first introduced first: "sagte İmamoğlu" is Ekrem İmamoğlu, not his wife Dilek Kaya İmamoğlu named later.
  const firstMention = (d: Draft) => d.mentions.reduce((a, b) => (order(a, b) <= 0 ? a : b));
  for (const d of [...drafts].sort((a, b) => order(firstMention(a), firstMention(b)))) {
    // "Ferdinand Marcos Jr." is "Marcos", "Abdullah II." is "Abdullah".
    const suffixed = d.words.length >= 2 && SUFFIX.test(d.words[d.words.length - 1]!);
    const surname = d.words[d.words.length - (suffixed ? 2 : 1)]!;
    add(surname, d);
    if (!/[sßxz]$/u.test(surname)) add(`${surname}s`, d);
    // "Xi Jinping", "Kim Jong Un", "Tsai Ing-wen", "Lee Jae-myung": referred to by the first word when the last
    // never stands alone, or when the last is an East Asian given name.
    const head = d.words[0]!;
    const familyFirst =
      d.words.length >= 2 &&
      d.words.length <= 3 &&
      (EAST_ASIAN_GIVEN.test(d.words[1]!) || FAMILY_NAMES_FIRST.has(head));
    // Not a given name before a particle: "Louis Le Franc" is "Le Franc", and "Louis" another Louis's.
    const particleSecond = d.words.length >= 3 && NAME_PARTICLES.has(d.words[1]!.toLowerCase()) && isGivenName(head);
    if (
      familyFirst ||
      (d.words.length >= 2 && (d.words.length >= 3 || !isGivenName(head)) && !alone.has(surname) && !particleSecond)
    ) {
      add(head, d);
      if (!/[sßxz]$/u.test(head)) add(`${head}s`, d);
    }
    // "Álvaro Uribe Vélez", "Iván Cepeda Castro": a Spanish name's first family name stands alone ("Uribe"),
    // where the second never does.
    const paternal = d.words[1]!;
    if (
      d.words.length === 3 &&
      isGivenName(head) &&
      !isGivenName(paternal) &&
      startsUpper(paternal) &&
      !NAME_PARTICLES.has(paternal.toLowerCase()) &&
      !alone.has(surname) &&
      !suffixed
    ) {
      add(paternal, d);
      if (!/[sßxz]$/u.test(paternal)) add(`${paternal}s`, d);
    }
    for (const nickname of nicknamesOf(scans, d)) add(nickname, d);
  }
  return forms;
}

/** "Mohamed Hamdan Daglo, den alle nur Hemeti nennen", "Ignazio Cassis, genannt „Gnazio“": a name the text gives. */
const NICKNAME_AFTER =
  /^,?\s*(?:(?:den|die)\s+(?:\p{Ll}+\s+){1,3}(?:nur\s+)?[„"»]?(\p{Lu}[\p{L}'’-]+)[“"«]?\s+nenn(?:en|t)\b|genannt\s+[„"»]?(\p{Lu}[\p{L}'’-]+)[“"«]?)/u;

/** The nicknames given right after a person's full mentions. */
function nicknamesOf(scans: FieldScan[], d: Draft): string[] {
  const names: string[] = [];
  for (const m of d.mentions) {
    if (!m.full) continue;
    const after = NICKNAME_AFTER.exec(scans[m.field]!.text.slice(m.end, m.end + 80));
    const nickname = after?.[1] ?? after?.[2];
    if (nickname && !d.words.includes(nickname)) names.push(nickname);
  }
  return names;
}

/** A generational suffix or regnal number ending a name. */
const SUFFIX = /^(?:Jr\.|Sr\.|[IVX]+\.)$/u;
/** "Jae-myung", "Ching-te": an East Asian given name, written after the family name. */
const EAST_ASIAN_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}$/u;

/**
 * word -> the one person it can name right after a verb of speech ("…“, sagte Prabowo", "so Lula"): any
 * word of a longer name but the surname, when no other person has that word ("Prabowo Subianto",
 * "Luiz Inácio Lula da Silva"). Elsewhere a given name alone is often someone else's ("Charlotte").
 */
function speechForms(drafts: Draft[], forms: Map<string, Draft[]>): Map<string, Draft | null> {
  const out = new Map<string, Draft | null>();
  for (const d of drafts)
    for (const w of d.words.slice(0, -1)) {
      if (forms.has(w) || NAME_PARTICLES.has(w) || w.endsWith(".") || !startsUpper(w)) continue;
      out.set(w, out.has(w) && out.get(w) !== d ? null : d);
    }
  return out;
}

const isSpeechVerb = (word: string) => SPEECH_VERBS.has(word) || word === "so";

/**
 * A verb of speech at token k that attributes a quote or a statement: German sets a comma between the quote
 * and it ("„…“, sagte X", ", so X"); a quote followed by a verb without one is the sentence's object („Sein
 * oder Nichtsein“ spricht Hamlet).
 */
function attributingVerb(scan: FieldScan, k: number): boolean {
  const verb = scan.tokens[k];
  if (!verb || !isSpeechVerb(verb.word)) return false;
  return /,\s*$/u.test(scan.text.slice(Math.max(0, verb.start - 3), verb.start));
}

/** A word right after a verb of speech that attributes: "„…“, sagte Prabowo", ", so Lula". */
const afterSpeechVerb = (scan: FieldScan, k: number) => k > 0 && scan.joined(k - 1, k) && attributingVerb(scan, k - 1);

/**
 * "Lis Besuch" (after "Li Qiang"): two words whose first is the genitive of another person's surname
 * are that person's genitive before a noun, not a name (linkReferences links the genitive). Not where the
 * first word is another person's name word as it stands: "Johannes Wübbe" beside "Johannes Paul II.".
 */
function withoutGenitives(scans: FieldScan[], drafts: Draft[]): Draft[] {
  const forms = referenceForms(scans, drafts);
  const another = (word: string, d: Draft) => forms.get(word)?.some((o) => o !== d) ?? false;
  return drafts.filter((d) => {
    const first = d.words[0]!;
    return !(d.words.length === 2 && first.endsWith("s") && another(first, d) && another(first.slice(0, -1), d));
  });
}

/** Per field, which tokens the given mentions cover (1) or not (0). */
function coverage(scans: FieldScan[], mentions: Iterable<{ field: number; from: number; to: number }>): Uint8Array[] {
  const covered = scans.map((scan) => new Uint8Array(scan.tokens.length));
  for (const m of mentions) covered[m.field]!.fill(1, m.from, m.to + 1);
  return covered;
}

function coveredTokens(scans: FieldScan[], drafts: Draft[]): Uint8Array[] {
  return coverage(
    scans,
    drafts.flatMap((d) => d.mentions),
  );
}

/** Not a reference to a person: "in Washington" (a place), "Sportwagenhersteller Porsche" (a company). */
function notAPersonHere(scan: FieldScan, k: number): boolean {
  const t = scan.tokens[k]!;
  if (k === 0 || !scan.joined(k - 1, k)) return false;
  const prev = scan.tokens[k - 1]!.word;
  // "in Roth", "aus dem mittelfränkischen Roth", "In Emden habe ich": the place, where the mayor is Markus Roth.
  const afterPreposition = PLACE_PREPOSITIONS.has(prev.toLowerCase());
  if ((afterPreposition || isRegionalAdjective(prev)) && overlaps(scan.input.places, t.start, t.end)) return true;
  // "aus Horn im Waldviertel", "in Roth bei Nürnberg": a place located by its region, known to the gazetteer or not.
  const [on, region] = [scan.tokens[k + 1], scan.tokens[k + 2]];
  if (
    (prev === "aus" || prev === "in") &&
    on !== undefined &&
    region !== undefined &&
    /^(?:im|am|bei)$/u.test(on.word) &&
    scan.joined(k, k + 1) &&
    scan.joined(k + 1, k + 2) &&
    startsUpper(region.word)
  )
    return true;
  // "aus dem benachbarten Wolfenbüttel": a preposition of place, an article and an adjective before the place.
  const article = scan.tokens[k - 2]?.word;
  const preposition = scan.tokens[k - 3]?.word;
  if (
    /^\p{Ll}+e[nmr]?$/u.test(prev) &&
    (article === "dem" || article === "der") &&
    preposition !== undefined &&
    PLACE_PREPOSITIONS.has(preposition) &&
    overlaps(scan.input.places, t.start, t.end)
  )
    return true;
  // "im benachbarten Kartitsch": a contracted preposition of place and an adjective before the place.
  if (
    /^\p{Ll}+e[nmr]?$/u.test(prev) &&
    (article === "im" || article === "am") &&
    overlaps(scan.input.places, t.start, t.end)
  )
    return true;
  // "mit Bremen und Hamburg", "zwischen Loitz und Anklam": coordinated with a place, the place, where a minister is
  // Julia Willie Hamburg.
  const before = scan.tokens[k - 2];
  const after = scan.tokens[k + 2];
  const coordinated = (conjunction: string | undefined, other: Token | undefined, a: number) =>
    (conjunction === "und" || conjunction === "oder") &&
    other !== undefined &&
    scan.joined(a, a + 1) &&
    scan.joined(a + 1, a + 2) &&
    scan.isPlaceOrCountry(other);
  if (
    (coordinated(prev, before, k - 2) || coordinated(scan.tokens[k + 1]?.word, after, k)) &&
    overlaps(scan.input.places, t.start, t.end)
  )
    return true;
  // "Sportwagenhersteller Porsche" is the company; "der Münchner Straßer" the person.
  const noun =
    startsUpper(prev) && !isRoleWord(prev) && !isDemonym(prev) && !isPlaceAdjective(prev) && !SINGLE_STOP.has(prev);
  return noun && !scan.sentenceInitial(k - 1) && !isGivenName(prev) && !prev.endsWith("s");
}

/** Links every other occurrence of a known surname to its person (the first introduced, if several share it). */
function linkReferences(scans: FieldScan[], drafts: Draft[]): void {
  if (drafts.length === 0) return;
  const forms = referenceForms(scans, drafts);
  const spoken = speechForms(drafts, forms);
  const covered = coveredTokens(scans, drafts);
  const firstFull = new Map(drafts.map((d) => [d, d.mentions.filter((m) => m.full).sort(order)[0]]));
  const leadEnds = scans.map((scan) => (scan.input.field === "BODY" ? leadEndOf(scan) : Number.POSITIVE_INFINITY));
  for (const scan of scans) {
    scan.tokens.forEach((t, k) => {
      const speaker = spoken.get(t.word);
      const candidates = forms.get(t.word) ?? (speaker && afterSpeechVerb(scan, k) ? [speaker] : undefined);
      if (!candidates || covered[scan.index]![k] || inSpans(scan.skip, t.start)) return;
      // The whole name again, though its first word is also a place: "von Gyula Horn" (Gyula, a Hungarian town).
      const whole = candidates.find(
        (c) => fullNameEndsAt(scan, k, c.words) && !covered[scan.index]![k - c.words.length + 1],
      );
      if (whole) {
        const from = k - whole.words.length + 1;
        const start = scan.tokens[from]!.start;
        // Not where the name is all a quotation holds: the ship "Alan Kurdi".
        if (!quotedAlone(scan.text, start, t.end))
          whole.mentions.push({ field: scan.index, from, to: k, start, end: t.end, full: true });
        return;
      }
      // "sagte von Hagen": the person's own particles before the surname, not a place after "von".
      const own = candidates.length === 1 && withParticles(scan, k, candidates[0]!).start < t.start;
      if ((!own && notAPersonHere(scan, k)) || quotedAlone(scan.text, t.start, t.end)) return;
      const d = candidates.find((c) => {
        const first = firstFull.get(c);
        if (!first || order({ field: scan.index, start: t.start }, first) > 0) return true;
        // Before the full name only when the lead introduces the person ("Merz reist ..." over "Bundeskanzler Friedrich Merz").
        return first.start < leadEnds[first.field]!;
      });
      if (!d) return;
      d.mentions.push({ field: scan.index, from: k, to: k, ...withParticles(scan, k, d), full: false });
    });
  }
}

/** Whether the tokens ending at `k` are `words`, written as one name (nothing but spaces between them). */
function fullNameEndsAt(scan: FieldScan, k: number, words: string[]): boolean {
  const from = k - words.length + 1;
  if (words.length < 2 || from < 0) return false;
  return words.every((w, p) => scan.tokens[from + p]!.word === w && (p === 0 || scan.joined(from + p - 1, from + p)));
}

/** The body's first paragraph (after a byline) ends here. */
function leadEndOf(scan: FieldScan): number {
  let at = 0;
  for (;;) {
    const end = scan.text.indexOf("\n\n", at);
    if (end === -1) return scan.text.length;
    if (!inSpans(scan.skip, at)) return end;
    at = end + 2;
  }
}

/** A surname's mention with the particles written before it: "von der Leyens". */
function withParticles(scan: FieldScan, k: number, d: Draft): { start: number; end: number } {
  const t = scan.tokens[k]!;
  const particles: string[] = [];
  for (let p = d.words.length - 2; p >= 0 && NAME_PARTICLES.has(d.words[p]!.toLowerCase()); p--)
    particles.unshift(d.words[p]!);
  const n = particles.length;
  if (n === 0 || k < n) return { start: t.start, end: t.end };
  const written = scan.tokens.slice(k - n, k).map((x) => x.word.toLowerCase());
  const adjacent = Array.from({ length: n }, (_, p) => scan.joined(k - n + p, k - n + p + 1)).every(Boolean);
  return written.join(" ") === particles.join(" ").toLowerCase() && adjacent
    ? { start: scan.tokens[k - n]!.start, end: t.end }
    : { start: t.start, end: t.end };
}

/** Lone surnames after a role or a speech verb: the known person with that surname, else a person of their own. */
function attachSingles(scans: FieldScan[], drafts: Draft[], singles: Candidate[]): void {
  if (singles.length === 0) return;
  const forms = referenceForms(scans, drafts);
  for (const s of [...singles].sort(order)) {
    const mention = { field: s.field, from: s.from, to: s.to, start: s.start, end: s.end, full: false };
    const d = forms.get(s.words[0]!)?.[0];
    if (d) d.mentions.push(mention);
    else {
      const own: Draft = { words: s.words, mentions: [{ ...mention, full: true }] };
      drafts.push(own);
      forms.set(s.words[0]!, [own]);
      if (!/[sßxz]$/u.test(s.words[0]!)) forms.set(`${s.words[0]!}s`, [own]);
    }
  }
}

/**
 * "Haftu" alone beside "Haftu Teklu Gebremedhin", "Srettha" beside "Srettha Thavisin": a person called by the given
 * name, as Ethiopian, Thai or Icelandic copy does, where one full name starts with it and none ends with it.
 */
function mergeGivenNames(drafts: Draft[]): void {
  for (const d of [...drafts]) {
    if (d.words.length !== 1) continue;
    const word = d.words[0]!;
    const fuller = drafts.filter((o) => o.words.length >= 2 && o.words[0] === word);
    if (fuller.length !== 1 || drafts.some((o) => o.words.length >= 2 && o.words.at(-1) === word)) continue;
    fuller[0]!.mentions.push(...d.mentions);
    drafts.splice(drafts.indexOf(d), 1);
  }
}

/**
 * "Der Pumpenhersteller Wendelin Haas Pumpenwerke … von dem Schlosser Wendelin Haas": a name read once as a genitive
 * before a noun ("Wendelin Haa") is the name the text gives elsewhere with its "-s" where no genitive can be.
 */
function mergeGenitiveReadings(drafts: Draft[]): void {
  for (const d of [...drafts]) {
    if (d.words.length < 2 || !drafts.includes(d)) continue;
    const full = [...d.words.slice(0, -1), `${d.words.at(-1)}s`].join(" ");
    const other = drafts.find((o) => o !== d && o.words.join(" ") === full);
    if (!other) continue;
    other.mentions.push(...d.mentions);
    drafts.splice(drafts.indexOf(d), 1);
  }
}

/**
 * "Sanae Takaichi … heißt sie Takaichi Sanae": a two-word name and the same words in the other order are one
 * person (an East Asian name in Western and in native order); the form named first is kept.
 */
function mergeReversedNames(drafts: Draft[]): void {
  for (const d of [...drafts]) {
    if (d.words.length !== 2 || !drafts.includes(d)) continue;
    const reversed = `${d.words[1]} ${d.words[0]}`;
    const other = drafts.find((o) => o !== d && o.words.join(" ") === reversed);
    if (!other) continue;
    const first = (x: Draft) => x.mentions.reduce((a, b) => (order(a, b) <= 0 ? a : b));
    const [keep, drop] = order(first(d), first(other)) <= 0 ? [d, other] : [other, d];
    keep.mentions.push(...drop.mentions);
    drafts.splice(drafts.indexOf(drop), 1);
  }
}

/**
 * "John J. Hopfield" and "John Hopfield", "Robert Francis Prevost" and "Robert Prevost", "Quincy Delight Jones Jr."
 * and "Quincy Jones" in one article are one person, named in the fullest form: the shorter name leaves out middle
 * initials or names (and with them a generational suffix). Not where two longer names share it ("George H. W.
 * Bush" and "George W. Bush" beside "George Bush"), nor across particles ("Ursula von der Leyen"), nor a suffix
 * alone ("Ferdinand Marcos Jr." and his father "Ferdinand Marcos").
 */
function mergeMiddleInitials(drafts: Draft[]): void {
  const INITIAL = /^\p{Lu}\.$/u;
  const unsuffixed = (words: string[]) => (words.length > 2 && SUFFIX.test(words.at(-1)!) ? words.slice(0, -1) : words);
  const ends = (words: string[]) => `${words[0]} ${words[words.length - 1]}`;
  const longer = new Map<string, number>();
  for (const d of drafts) {
    const words = unsuffixed(d.words);
    if (words.length > 2) longer.set(ends(words), (longer.get(ends(words)) ?? 0) + 1);
  }
  for (const d of [...drafts]) {
    const words = unsuffixed(d.words);
    const middle = words.slice(1, -1);
    if (middle.length === 0 || middle.some((w) => !INITIAL.test(w) && !startsUpper(w))) continue;
    if (longer.get(ends(words)) !== 1) continue;
    // Initials left out ("John J. Hopfield" -> "John Hopfield"), or every middle word.
    const bare = words.filter((w, i) => i === 0 || i === words.length - 1 || !INITIAL.test(w));
    const shorter = [bare.join(" "), ends(words)];
    const other = drafts.find((o) => o !== d && o.words.length < d.words.length && shorter.includes(o.words.join(" ")));
    if (!other) continue;
    d.mentions.push(...other.mentions);
    drafts.splice(drafts.indexOf(other), 1);
  }
  mergeSecondFamilyNames(drafts);
}

/**
 * "Ali Bongo Ondimba" and "Ali Bongo", "Pedro Sánchez Pérez-Castejón" and "Pedro Sánchez" in one article are one
 * person: the shorter name leaves out a second family name, after the longer one introduced the person. Not where
 * two longer names start with it, nor a generational suffix or regnal number ("Ferdinand Marcos Jr.", "Gustav II.
 * Adolf").
 */
function mergeSecondFamilyNames(drafts: Draft[]): void {
  const firstMention = (d: Draft) => [...d.mentions].sort(order)[0]!;
  const head = (words: string[]) => words.slice(0, 2).join(" ");
  const longer = drafts.filter((d) => d.words.length === 3 && d.words.every((w) => startsUpper(w) && !w.includes(".")));
  const starts = new Map<string, number>();
  for (const d of longer) starts.set(head(d.words), (starts.get(head(d.words)) ?? 0) + 1);
  for (const d of longer) {
    if (starts.get(head(d.words)) !== 1) continue;
    const other = drafts.find((o) => o.words.length === 2 && o.words.join(" ") === head(d.words));
    // Copy introduces the full name first: a longer name only after the short one may be it with a noun.
    if (!other || order(firstMention(d), firstMention(other)) > 0) continue;
    d.mentions.push(...other.mentions);
    drafts.splice(drafts.indexOf(other), 1);
  }
}

/**
 * Words before a person's other name: "Leo XIV., mit bürgerlichem Namen Robert Francis Prevost", "hieß eigentlich";
 * or another spelling of it: "Medwedew, in englischer Schreibweise Daniil Medvedev", "Chomeini (englisch: Ruhollah
 * Khomeini)", "Bischof Stephen Chow, der auf Chinesisch Chow Sau-yan heißt".
 */
const BIRTH_NAME_BEFORE =
  /(?:mit (?:bürgerlichem|vollem) Namen|(?:seinen|ihren) (?:bürgerlichen|vollen) Namen|bürgerlich|eigentlich|geboren als|gebürtig|alias|Geboren wurde(?: er| sie)?|hieß (?:er|sie)|in (?:der )?\p{Ll}+(?:er|en) (?:Schreibweise|Transkription|Umschrift)|\(\p{Ll}+isch:|auf \p{Lu}\p{Ll}+isch),?\s*$/u;

/**
 * A person's birth or civil name is the same person, and so is a regnal name the text gives them ("Robert Prevost ist
 * Papst Leo XIV."): "Emil Nolde hieß eigentlich Emil Hansen", "Papst Leo XIV., mit
 * bürgerlichem Namen Robert Francis Prevost", "der als Robert Francis Prevost in Chicago geboren wurde", "die als Maria
 * Kalogeropoulou in New York zur Welt gekommen war"; so is another spelling of the name (BIRTH_NAME_BEFORE, "oft auch
 * … geschrieben"). The name's
 * mentions join the person named last before it.
 */
function mergeBirthNames(scans: FieldScan[], drafts: Draft[]): void {
  for (const d of [...drafts]) {
    const first = d.mentions.filter((m) => m.full).sort(order)[0];
    if (!first) continue;
    const text = scans[first.field]!.text;
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const sentenceEnd = text.slice(first.end).search(/[.!?](?:\s|$)/u);
    const rest = text.slice(first.end, sentenceEnd === -1 ? undefined : first.end + sentenceEnd);
    // "als X geboren", "Geboren wurde sie am 26. November 1939 als Anna Mae Bullock".
    const born =
      /(?:^|\s)als\s*$/u.test(before) &&
      (/\s(?:geboren|zur Welt)\b/u.test(rest) ||
        /\bGeboren wurde\b[^\n]*$/u.test(text.slice(Math.max(0, first.start - 80), first.start)));
    // "Abdul Hamid Dbeibah, oft auch Abdul Hamid Dbeiba geschrieben", "Ekimov, der auch als Alexei Jekimow geführt
    // wird", "Hui Ka Yan, der unter seinem Mandarin-Namen Xu Jiayin bekannt ist": another spelling or name.
    const spelled =
      /\sauch(?: als)?\s*$|\sunter (?:seinem|ihrem) [\p{L}-]*Namen\s*$/u.test(before) &&
      /^\s*(?:geschrieben|geführt|bekannt|bezeichnet)\b/u.test(rest);
    // "Robert Francis Prevost ist Papst Leo XIV.": a regnal name, the subject's.
    const crowned =
      /\s(?:ist|wird)\s+(?:Papst|König|Königin|Kaiser|Kaiserin)\s*$/u.test(before) &&
      /\s[IVXL]+\.?$/u.test(text.slice(first.start, first.end));
    if (!born && !spelled && !crowned && !BIRTH_NAME_BEFORE.test(before)) continue;
    let target: Draft | undefined;
    let at = -1;
    for (const other of drafts) {
      if (other === d) continue;
      for (const m of other.mentions)
        if (m.field === first.field && m.start < first.start && m.start > at) [target, at] = [other, m.start];
    }
    if (!target) continue;
    target.mentions.push(...d.mentions);
    drafts.splice(drafts.indexOf(d), 1);
  }
}

/** A pope's civil name and his papal name in one article are one person, named by the papal name (REGNAL_NAMES). */
function mergeRegnalNames(drafts: Draft[]): void {
  for (const d of [...drafts]) {
    const regnal = REGNAL_NAMES.get(d.words.join(" "));
    const target = regnal && drafts.find((o) => o.words.join(" ") === regnal);
    if (!target) continue;
    target.mentions.push(...d.mentions);
    drafts.splice(drafts.indexOf(d), 1);
  }
}

/**
 * Finds the persons an article names, across its fields (headline, teaser, body), with evidence: full
 * names introduced by a given name or a role, lone surnames after a role or a speech verb, and every
 * later reference by surname linked to its person. Two different full names are merged only where the text gives
 * one as the other's birth or civil name (mergeBirthNames).
 * `skip` holds spans per field that name no one mentioned (the byline, see bylineSpans).
 */
export function findPersons(fields: FieldText[], skip: Array<Array<[number, number]>> = []): PersonSummary[] {
  const federal = federalStateOf(fields.map((f) => f.text));
  const japanese = fields.some((f) => f.countries.some((c) => c.code === "JP"));
  const scans = fields.map((f, i) => new FieldScan(i, f, skip[i] ?? [], federal, japanese));
  const found = scans.flatMap(candidatesIn);
  const taken = coverage(scans, found);
  const speakers = scans.flatMap((scan) => [
    ...speakersIn(scan, taken[scan.index]!),
    ...makersIn(scan, taken[scan.index]!),
    ...calledIn(scan, taken[scan.index]!),
  ]);
  // "sagte Torschütze Jordan": a known surname after a word is that person, not a name "Torschütze Jordan".
  const surnames = new Set(found.filter((c) => !c.single).map((c) => c.words[c.words.length - 1]!));
  for (const c of speakers) {
    const last = c.words[c.words.length - 1]!;
    if (c.words.length > 1 && surnames.has(last) && !found.some((f) => f.words.join(" ") === c.words.join(" "))) {
      Object.assign(c, { from: c.to, words: [last], start: scans[c.field]!.tokens[c.to]!.start, single: true });
    }
  }
  let full = [...found, ...speakers].filter((c) => !c.single);
  const singles = [...found, ...speakers].filter((c) => c.single);
  full = [...full, ...completeSingles(scans, singles, full).filter((c) => !taken[c.field]![c.from])];
  const drafts = withoutGenitives(scans, groupFullNames(full));
  mergeMiddleInitials(drafts);
  mergeReversedNames(drafts);
  mergeGenitiveReadings(drafts);
  attachSingles(scans, drafts, singles);
  linkReferences(scans, drafts);
  mergeGivenNames(drafts);
  mergeBirthNames(scans, drafts);
  mergeRegnalNames(drafts);
  const roles = new Map<string, { text: string; country: string | null } | null>();
  for (const c of [...found, ...full]) roles.set(`${c.field}:${c.start}`, c.role);
  const finders = scans.map((scan) => sentenceFinder(scan.text));
  const texts = fields.map((f) => f.text);
  const families = storyFamilies(texts);
  // One scan per article; the per-role test only where a part is played.
  const plays = texts.some(
    (t) => PLAYS.test(t) || CAST_IN_PARENTHESES.test(t) || (SCREEN_OR_STAGE.test(t) && PLAYS_BARE.test(t)),
  );
  const persons = drafts.map((d) => summarize(scans, finders, d, roles));
  const { character, actors } = plays
    ? castParts(persons, texts)
    : { character: () => false, actors: new Set<PersonSummary>() };
  const played = new Set(scans.flatMap((scan) => [...scan.parts]));
  const fictional = (p: PersonSummary) =>
    played.has(p.name) || families.has(surnameOf(p)) || (plays && playedRole(p, texts)) || character(p);
  // "Ihr Bruder Jannik Brodersen", "Samuel Maleski": a character's family, with no role of its own, is fictional too.
  // Not where the character is the real person a film portrays ("John Magaro spielt Keith Jarrett"), named
  // elsewhere as a person.
  const real = new Set(persons.map((p) => p.name));
  const playedFamilies = scans.flatMap((scan) =>
    [...scan.characters].filter((name) => !real.has(name)).map((name) => name.split(" ").at(-1)!),
  );
  const characterFamilies = new Set([
    ...playedFamilies,
    ...texts.flatMap((t) =>
      /Mittelpunkt|Zentrum/u.test(t)
        ? [...t.matchAll(CENTRAL_CHARACTER)]
            .filter((m) => !presentedAsPerformer(t, m.index + m[0].length))
            .map((m) => m[1]!)
        : [],
    ),
    ...persons.filter((p) => p.name.includes(" ") && fictional(p)).map(surnameOf),
  ]);
  // The family of a part an actor plays ("Ines Horn als Katharina Stockmann", whether found here or turned down while
  // scanning) is the play's, whatever its roles in the story ("Der Badearzt Dr. Thomas Stockmann"); its actors are real.
  const castFamilies = new Set([
    ...persons.filter((p) => p.name.includes(" ") && character(p)).map(surnameOf),
    ...playedFamilies,
  ]);
  const ofCharacterFamily = (p: PersonSummary) =>
    (characterFamilies.has(surnameOf(p)) && p.roles.every((role) => KIN_ROLES.has(role.split(" ").at(-1)!))) ||
    (castFamilies.has(surnameOf(p)) && !actors.has(p));
  const named = persons
    .filter((p) => !fictional(p) && !ofCharacterFamily(p))
    .map((p): PersonSummary => (initialled(p.name) ? { ...p, partial: true } : p));
  // In a review of a novel, a film or a play, a given name alone is likelier a part than a person.
  const fiction = () => plays || texts.some((t) => NOVEL.test(t) || SCREEN_OR_STAGE.test(t));
  const tokens = scans.map((scan) => scan.tokens);
  const partial = findPartialPersons(fields, skip, named, tokens, fiction).filter((p) => !fictional(p));
  return [...named, ...partial].sort((a, b) => b.count - a.count || firstOf(a) - firstOf(b));
}

/**
 * After an actor's full name, the part: "Lena Kronach als Marschallin", "Georg Rodach gibt den Ochs", "Jonas Wiedemann
 * spielt diesen Chlestakow", "Aylin Rödental ist ein quecksilbriger Octavian", "Clara Ebern eine Sophie mit leuchtender
 * Höhe".
 */
const AFTER_ACTOR =
  /\s+(?:als|ist\s+(?:ein|eine)|ein|eine|(?:gibt|gab|spielt|spielte|singt|sang)\s+(?:den|die|diesen|diese))\s+(?:\p{Ll}+\s+){0,2}?(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
/** A full name, then another in parentheses: a character and its actor ("Ulrich Wendtland (Jens Hachenburg)"). */
const CAST_IN_PARENTHESES = /\p{Lu}\p{Ll}+ \(\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}-]+\)/u;
/**
 * An actor's surname, then a part without article: "Stone spielt Bella mit seltener Furchtlosigkeit". Only in a text
 * about a film or a staging (SCREEN_OR_STAGE: in a match report "Musiala spielt Kimmich frei"), and not a full name
 * ("Magaro spielt Keith Jarrett": the real person a film portrays).
 */
const SURNAME_PLAYS =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)\s+(?:spielt|spielte|gibt|gab|verkörpert|verkörperte|mimt|mimte)\s+(\p{Lu}\p{Ll}+)(?![\p{L}])(?!\s+\p{Lu})/gu;
const SCREEN_OR_STAGE = /\b(?:Regie|Inszenierung|Hauptrolle|Kino|Drehbuch|Premiere)\b/u;
const PLAYS_BARE = /(?:spielt|spielte|gibt|gab|verkörpert|verkörperte|mimt|mimte)\s+\p{Lu}/u;
/** A part named before its actor: "Daniel, gespielt vom erstaunlichen Milo Machado-Graner". */
const BEFORE_ACTOR = /(?<![\p{L}])(\p{Lu}\p{Ll}+),\s+(?:gespielt|verkörpert|dargestellt|gesprochen)\s+(?:von|vom)\s/gu;

/**
 * Where a part is played, "Lea Millersdorf als Luise", "Georg Rodach gibt den Ochs": the name after a person's full
 * name is a part, and another person named with it ("Luise Miller", "Baron Ochs") and given no role is the character.
 */
function castParts(
  persons: PersonSummary[],
  texts: string[],
): { character: (p: PersonSummary) => boolean; actors: Set<PersonSummary> } {
  const parts = new Set<string>();
  const cast = new Set<PersonSummary>();
  /** Characters with their actor in parentheses. */
  const beside = new Set<PersonSummary>();
  const fullNames = persons.filter((p) => p.name.includes(" "));
  // A part is a word of another name ("Octavian Rofrano ein Page mit Ambitionen" casts no one as a page).
  const nameWords = new Set(persons.flatMap((p) => p.name.split(" ")));
  // One pass per text over what may follow an actor, each checked against the names that could end before it.
  for (const text of texts) {
    for (const m of text.matchAll(AFTER_ACTOR)) {
      if (!nameWords.has(m[1]!)) continue;
      for (const p of fullNames.filter(
        (p) => m.index >= p.name.length && text.startsWith(p.name, m.index - p.name.length),
      )) {
        parts.add(m[1]!);
        cast.add(p);
      }
    }
    for (const m of text.matchAll(BEFORE_ACTOR)) parts.add(m[1]!);
    if (SCREEN_OR_STAGE.test(text))
      for (const m of text.matchAll(SURNAME_PLAYS)) {
        const actor = fullNames.find((p) => surnameOf(p) === m[1]);
        if (!actor || !nameWords.has(m[2]!) || actor.name.split(" ").includes(m[2]!)) continue;
        parts.add(m[2]!);
        cast.add(actor);
      }
    // "Ulrich Wendtland (Jens Hachenburg) führt das Schiff": a character, its actor in parentheses, whatever its
    // roles in the story ("dem eitlen Anwalt Duncan Wedderburn (Mark Ruffalo)").
    if (CAST_IN_PARENTHESES.test(text))
      for (const p of fullNames)
        for (const actor of fullNames)
          if (text.includes(`${p.name} (${actor.name})`)) {
            parts.add(p.name.split(" ")[0]!);
            beside.add(p);
            cast.add(actor);
          }
  }
  // "Regisseurin Luise Brandt": a person the text gives a role is real.
  // "ihr elfjähriger Sohn Daniel Maleski": kin is no role of a real person's.
  const unroled = (p: PersonSummary) => p.roles.every((role) => KIN_ROLES.has(role.split(" ").at(-1)!));
  // The part is the character's given name ("Luise Miller"), surname ("gibt den eitlen Hassenreuter": Harro
  // Hassenreuter) or the name after a title ("Baron Ochs").
  const playedName = (words: string[]) =>
    parts.has(words[0]!) ||
    parts.has(words.at(-1)!) ||
    (NOBLE_TITLES.has(words[0]!) && words.some((w) => parts.has(w)));
  return {
    character: (p) => !cast.has(p) && (beside.has(p) || (unroled(p) && playedName(p.name.split(" ")))),
    actors: cast,
  };
}

/**
 * Austria and Switzerland have a Bundeskanzler, a Bundespräsident and Bundesminister too: in copy of
 * their agencies ("Wien (APA) -", "Bern (sda) -", "Keystone-SDA") an unqualified federal office is
 * theirs; elsewhere it is Germany's.
 */
export function federalStateOf(texts: string[]): string {
  for (const text of texts) {
    if (/\((?:APA|apa)\)/u.test(text)) return "AT";
    if (/\((?:sda|SDA|awp|ats)\)|Keystone-SDA/u.test(text)) return "CH";
  }
  return "DE";
}

/** "Der Roman erzählt von der Familie Lehmann": members of that family are the story's characters. */
function storyFamilies(texts: string[]): Set<string> {
  const families = new Set<string>();
  const re = /(?:erzählt|erzählte|handelt|handelte)\s+(?:[\p{L}-]+\s+){0,4}?der\s+Familie\s+(\p{Lu}[\p{L}-]+)/gu;
  // In a novel's review any family the text names is the novel's: "die Scheune der Familie Brinkmann".
  const novel = texts.some((t) => t.includes("Roman") && NOVEL.test(t));
  for (const text of texts)
    if (text.includes("Familie")) for (const m of text.matchAll(novel ? FAMILY : re)) families.add(m[1]!);
  return families;
}

/** A novel the text is about: "einen Roman geschrieben", "ihr neuer Roman" (not the given name "Roman"). */
const NOVEL =
  /\b(?:der|den|dem|des|ein|einen|einem|eines|ihr|ihren|ihrem|ihres|sein|seinen|seinem|seines|(?:neu|zweit|erst|jüngst)e[mnrs]?)\s+Romans?\b/u;
const FAMILY = /\bFamilie\s+(\p{Lu}[\p{L}-]+)/gu;

/**
 * The rest of a sentence ending in a particle of "geben": "… am Abend bekannt.", "… die Richtung vor.": "gab die
 * Bürgermeisterin X am Abend bekannt" announces, plays no part.
 */
const PARTICLE_END = String.raw`[^.!?]*\s(?:bekannt|an|zu|vor|aus|ab|auf|zurück|frei|preis|weiter)[.!?,]`;
const GIVES_WITH_PARTICLE = new RegExp(`^${PARTICLE_END}`, "u");
const PLAYS = new RegExp(
  String.raw`(?:gibt|gab|spielt|spielte|verkörpert|verkörperte|mimt|mimte)\s+(?:die|den|der|eine|einen|ein|diesen|diese)\s(?!${PARTICLE_END})|(?:gespielt|verkörpert|dargestellt)\s+vo[nm]\s`,
  "u",
);
const surnameOf = (p: PersonSummary) => p.name.split(" ").at(-1)!;
/** "Im Zentrum steht Telse Brodersen": the story's central character, whether or not her given name is listed. */
const CENTRAL_CHARACTER =
  /\b(?:Mittelpunkt|Zentrum)\s+steh(?:t|en)\s+(?:(?:der|die|das)\s+)?(?:[\p{Ll}\d-]+\s+){0,2}\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}+)(?![\p{L}])(?!\s+als\s)/gu;

/**
 * "Als eine junge Staatsanwältin, Rosa Delgado, ...", "Ana de Armas gibt die Staatsanwältin" and "Sandra Hüller spielt
 * eine Schriftstellerin" (later "die Schriftstellerin Sandra Voyter"): a part played. "der" after the verb is its
 * subject, the actor: "Den Großvater gibt der Schauspieler Mykola Hrebenjuk".
 */
function playedRole(p: PersonSummary, texts: string[]): boolean {
  return p.roles.some((role) => {
    const head = role.split(/\s+/u).at(-1)!;
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(head) || MUSICIAN.test(head)) return false;
    const re = new RegExp(
      `(?:gibt|gab|spielt|spielte|verkörpert|verkörperte|mimt|mimte)\\s+(?:die|den|eine|einen|ein)\\s+(?:\\p{Ll}+\\s+)?${head}(?![\\p{L}])(?!${PARTICLE_END})`,
      "u",
    );
    return texts.some((t) => t.includes(head) && re.test(t));
  });
}

const FIELD_ORDER: Record<TextField, number> = { HEADLINE: 0, TEASER: 1, BODY: 2 };
const firstOf = (p: PersonSummary) => FIELD_ORDER[p.mentions[0]!.field] * 1e9 + p.mentions[0]!.start;

/** The United Kingdom's nations, which field their own teams (no ISO 3166-1 codes of their own). */
const HOME_NATIONS = new Set(["England", "Schottland", "Wales", "Nordirland"]);

/** "1. Marco Odermatt (SUI)", "3. Faith Kipyegon (Kenia)": the team's country of a ranked name in a results list. */
function teamCountry(scan: FieldScan, start: number, end: number): string | null {
  // Ranked ("3. Faith Kipyegon (Kenia)"), or a pairing's side ("Luke Humphries (England) - Luke Littler (England) 7:4").
  const before = scan.text.slice(Math.max(0, start - 8), start);
  if (!/(?:^|[\s,;:])\d{1,3}\.\s+$/u.test(before) && !/(?:^|\n|\s[-–]\s)$/u.test(before)) return null;
  const team = /^ \(([^()]{2,40})\)/u.exec(scan.text.slice(end, end + 44))?.[1];
  if (!team) return null;
  if (/^\p{Lu}{3}$/u.test(team)) return teamCountryCode(team);
  if (HOME_NATIONS.has(team)) return "GB";
  const country = scan.input.countries.find((c) => c.start === end + 2 && c.end === end + 2 + team.length);
  return country?.code ?? null;
}

/**
 * "1. Noah Lyles (USA) 9,83", "2. Letsile Tebogo (Botsuana)": two to four name words ranked in a results list, with
 * their team's country after them, are a person, whatever the given-name lists hold.
 */
function rankedEntry(scan: FieldScan, i: number): boolean {
  const { tokens } = scan;
  let k = i;
  while (k < i + 4 && (k === i || scan.joined(k - 1, k)) && isNameWord(tokens[k]?.word ?? "")) k++;
  return k - i >= 2 && teamCountry(scan, tokens[i]!.start, tokens[k - 1]!.end) !== null;
}

function summarize(
  scans: FieldScan[],
  finders: Array<ReturnType<typeof sentenceFinder>>,
  d: Draft,
  roles: Map<string, { text: string; country: string | null } | null>,
): PersonSummary {
  const name = d.words.join(" ");
  const mentions = [...d.mentions].sort(order).map((m) => {
    const scan = scans[m.field]!;
    const role = roles.has(`${m.field}:${m.start}`) ? roles.get(`${m.field}:${m.start}`)! : roleBefore(scan, m.from);
    const finder = finders[m.field]!;
    return {
      field: scan.input.field,
      start: m.start,
      end: m.end,
      text: scan.text.slice(m.start, m.end),
      sentence: finder.evidenceAt(m.start, m.end),
      role: role?.text ?? null,
      country: role?.country ?? teamCountry(scan, m.start, m.end),
    };
  });
  const country = mentions.find((m) => m.country)?.country ?? null;
  return {
    key: personKey(name),
    name,
    country,
    roles: [...new Set(mentions.flatMap((m) => (m.role ? [m.role] : [])))],
    count: mentions.length,
    mentions: mentions.map(({ country: _, ...m }) => m),
  };
}
