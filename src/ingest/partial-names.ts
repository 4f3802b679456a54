// Persons a text names only in part: a defendant as the German press code has it ("Marcel D.", "Pieter van D."),
// a child or passer-by by a given name alone, where the text shows a person ("die neunjährige Mila", "sagte
// Finn", "Tochter Lena", "Mila (9)"), and a player by surname in a team's line-up. Such a name tells no one apart across articles: extractArticle gives each an
// identity of its own article (docs/persons.md). Pure; runs after findPersons on what it left.
import type { CountryMention } from "./countries.js";
import type { PersonMention, PersonSummary } from "./persons.js";
import type { PlaceMention } from "./places.js";
import { sentenceFinder, type TextField } from "./sentences.js";
import { startsUpper } from "./words.js";
import { GIVEN_NAMES } from "../vocab/given-names.js";
import { isGermanNoun } from "../vocab/german-nouns.js";
import {
  AMBIGUOUS_GIVEN_NAMES,
  KIN_ROLES,
  MONTH_NAMES,
  NAME_PARTICLES,
  NOT_GIVEN_NAMES,
  personKey,
  SPEECH_VERBS,
} from "../vocab/person-names.js";

interface Field {
  field: TextField;
  text: string;
  countries: CountryMention[];
  places: PlaceMention[];
}
interface Span {
  start: number;
  end: number;
}
/** A word as findPersons tokenises it, with its offsets. */
interface NameToken extends Span {
  word: string;
}

/** A given name's shape, possibly hyphenated: "Mila", "Marie-Theres". */
const GIVEN_SHAPE = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u;

/** A name's word, lower-case particles and an initial with its period: "Marcel D.", "Pieter van D.". */
function initialledAt(text: string, tokens: NameToken[]) {
  const out: Array<{ given: string; particles: string[]; initial: string; start: number; end: number }> = [];
  const spaced = (a: NameToken, b: NameToken) => /^\s+$/u.test(text.slice(a.end, b.start));
  for (let k = 0; k + 1 < tokens.length; k++) {
    const given = tokens[k]!;
    if (given.word.length < 2 || !startsUpper(given.word)) continue;
    let j = k + 1;
    while (j < tokens.length && j - k <= 3 && tokens[j]!.word.length <= 3 && /^\p{Ll}+$/u.test(tokens[j]!.word)) j++;
    const initial = tokens[j];
    // The tokeniser keeps an initial's period: "D.".
    if (initial?.word.length !== 2 || !initial.word.endsWith(".") || !startsUpper(initial.word)) continue;
    if (!tokens.slice(k + 1, j + 1).every((t, n) => spaced(tokens[k + n]!, t))) continue;
    const particles = tokens.slice(k + 1, j).map((t) => t.word);
    out.push({ given: given.word, particles, initial: initial.word.charAt(0), start: given.start, end: initial.end });
  }
  return out;
}

/** An age before the name, or before a noun before it: "die neunjährige Mila", "die zehnjährige Ministrantin Leni". */
const AGE_BEFORE = /(?:\d+-|\p{Ll})jährige[nrm]?\s+(?:\p{Lu}\p{Ll}+\s+)?$/u;
/** An age after the name: "Mila (9)", "Finn, 7, …". */
const AGE_AFTER = /^(?:\s*\(\d{1,3}\)|,\s*\d{1,3},)/u;
/** Nouns for a child or a pupil before a given name, besides kin: "die Volksschülerin Lea", "Drittklässler Finn". */
const CHILD_NOUNS =
  /^(?:\p{Lu}\p{Ll}*schüler(?:in)?|Schüler(?:in)?|\p{Lu}\p{Ll}*klässler(?:in)?|Gymnasiast(?:in)?|Baby|Säugling|Kleinkind|Enkelkind)$/u;
/** Kin with its possessor before: "Ihre Tochter", "seinem Sohn", "Lomidzes Mutter". */
const POSSESSED_KIN =
  /(?:^|\s)(?:(?:[Ii]hr|[Ss]ein|[Dd]ein|[Mm]ein)(?:e|em|en|er)?|deren|dessen|\p{Lu}\p{Ll}+s)\s+\p{Lu}\p{Ll}+\s+$/u;
/**
 * Kin named after a plural, one or a list: "die beiden Söhne Zachary und Elijah", "seine Geschwister Anna, Theresia und
 * Kaspar", "mit den Töchtern Lea und Marie", "Die Enkelkinder Jakob, Leonie und Florian".
 */
const KIN_PLURAL =
  "(?:Kinder|Söhne|Töchter|Brüder|Schwestern|Enkel|Enkelinnen|Enkelkinder|Geschwister|Zwillinge|Eltern)n?";
const LISTED_KIN = new RegExp(`(?:^|\\s)${KIN_PLURAL}\\s+(?:\\p{Lu}[\\p{Ll}\\p{M}]+(?:,\\s+|\\s+und\\s+)){0,4}$`, "u");
const IS_KIN_PLURAL = new RegExp(`^${KIN_PLURAL}$`, "u");

/** Whether a word may be a given name standing alone: a listed one that is no common word, month or place word. */
const loneGiven = (word: string) =>
  GIVEN_NAMES.has(word) &&
  !NOT_GIVEN_NAMES.has(word) &&
  !MONTH_NAMES.has(word) &&
  !AMBIGUOUS_GIVEN_NAMES.has(word) &&
  !isGermanNoun(word);

/** A name-shaped word no list holds as a given name, and no word: "Maarja", "Curdin" (after kin only). */
const unlistedName = (word: string) =>
  !word.endsWith("s") &&
  !GIVEN_NAMES.has(word) &&
  !NOT_GIVEN_NAMES.has(word) &&
  !MONTH_NAMES.has(word) &&
  !isGermanNoun(word);

/** Whether the word before an initial is a given name: a listed one, or a name-shaped word no German noun. */
const initialledGiven = (word: string) => GIVEN_NAMES.has(word) || (!isGermanNoun(word) && !NOT_GIVEN_NAMES.has(word));

/** A name that ends in an initial, surname-less ("Marcel D.", "Pieter van D."), however it was found; no regnal number. */
export const initialled = (name: string) => /^\p{Lu}[\p{L}\p{M}-]*(?: \p{Ll}{1,3})* [A-HJ-UWYZÄÖÜ]\.$/u.test(name);

const inside = (spans: readonly Span[], start: number, end: number) =>
  spans.some((s) => s.start < end && s.end > start);

/** The persons named in part, each with its mentions, in the order their first mention appears. */
export function findPartialPersons(
  fields: Field[],
  skip: Array<Array<[number, number]>>,
  persons: PersonSummary[],
  /** Each field's words as findPersons tokenised them (an initial keeps its period: "D."). */
  tokens: NameToken[][],
  /** Whether the text reviews a novel, a play or a film: a given name alone is likelier a part than a person. */
  fiction: () => boolean,
): PersonSummary[] {
  // What the other extractors found, per field, made when first asked.
  const spans: Span[][] = [];
  const taken = (i: number) =>
    (spans[i] ??= [
      ...persons.flatMap((p) => p.mentions.filter((m) => m.field === fields[i]!.field)),
      ...fields[i]!.places,
      ...fields[i]!.countries,
      ...(skip[i] ?? []).map(([start, end]) => ({ start, end })),
    ]);
  // "Anna" where the text names Anna Berger is her, not a second person.
  const namedWords = new Set(persons.flatMap((p) => p.name.split(" ")));
  const found = new Map<string, { name: string; mentions: Array<Span & { field: number }> }>();
  const add = (name: string, field: number, start: number, end: number) => {
    const entry = found.get(name) ?? { name, mentions: [] };
    if (!entry.mentions.some((m) => m.field === field && m.start === start)) entry.mentions.push({ field, start, end });
    found.set(name, entry);
  };
  fields.forEach((f, i) => {
    for (const { given, particles, initial, start, end } of initialledAt(f.text, tokens[i]!)) {
      // "Napoleon I.", "Rama X.": a regnal number, which findPersons reads with the ruler's title; not after an age
      // ("dem 34-jährigen Kevin V.").
      if (/^[IVX]$/u.test(initial) && !AGE_BEFORE.test(f.text.slice(Math.max(0, start - 40), start))) continue;
      if (!particles.every((p) => NAME_PARTICLES.has(p))) continue;
      if (!initialledGiven(given) || inside(taken(i), start, end)) continue;
      // "George W. Bush": a middle initial before a surname, which findPersons reads.
      const next = /^\s+(\p{Lu}[\p{L}\p{M}-]*)/u.exec(f.text.slice(end, end + 40))?.[1];
      if (next && !isGermanNoun(next) && GIVEN_NAMES.has(next) === false && /^\p{Lu}\p{Ll}/u.test(next)) {
        if (!/^(?:Der|Die|Das|Er|Sie|Es|Ein|Eine|Im|In|Am|Auf|Laut|Nach|Vor|Bei|Mit)$/u.test(next)) continue;
      }
      add([given, ...particles, `${initial}.`].join(" "), i, start, end);
    }
  });
  // A team's line-up names its players by surname: "SV Hesel: Behrends – Ubben, Janssen (78. Tammena) – …".
  fields.forEach((f, i) => {
    for (const { name, start } of lineUpNames(f.text, [...f.places, ...f.countries]))
      if (!namedWords.has(name) && !inside(taken(i), start, start + name.length))
        add(name, i, start, start + name.length);
  });
  // "Pieter" where the text names "Pieter van D." is him.
  for (const { name } of found.values()) namedWords.add(name.split(" ")[0]!);
  // A lone given name at a token that may stand alone there: a name, no place or person found, no nickname.
  const lone = (f: Field, i: number, t: NameToken): boolean => {
    if (!startsUpper(t.word) || !GIVEN_SHAPE.test(t.word) || namedWords.has(t.word)) return false;
    if (inside(taken(i), t.start, t.end)) return false;
    // A nickname or a title in quotation marks: "zu „Schorsch“", "„Schwester Agnes“".
    if (/[„"»«‚]$/u.test(f.text.slice(t.start - 1, t.start)) || /^[“"«»‘]/u.test(f.text.charAt(t.end))) return false;
    // Alone: no surname after it ("Mila Berger" is findPersons' to read or to turn down), nor a nickname before one
    // ("Adolf „Adi“ Dassler").
    return !/^(?:\s+[\p{Lu}„"»‚]|-)/u.test(f.text.slice(t.end, t.end + 2));
  };
  // The given names one occurrence shows to be a person's; not in a review of a novel, a film or a play (parts).
  const shown = new Set<string>();
  for (const [i, f] of fields.entries())
    for (const [k, t] of tokens[i]!.entries())
      if (startsUpper(t.word) && mayBeSigned(f.text, tokens[i]!, k) && !shown.has(t.word) && lone(f, i, t))
        if (showsPerson(f.text, t)) shown.add(t.word);
  // Then every lone occurrence of those names.
  if (shown.size > 0 && !fiction())
    for (const [i, f] of fields.entries())
      for (const t of tokens[i]!) if (shown.has(t.word) && lone(f, i, t)) add(t.word, i, t.start, t.end);
  // One sentence finder per field, made where a field holds a mention.
  const finders = new Map<number, ReturnType<typeof sentenceFinder>>();
  const finder = (i: number) => finders.get(i) ?? finders.set(i, sentenceFinder(fields[i]!.text)).get(i)!;
  return [...found.values()].map((entry) => summary(entry, fields, finder));
}

/** A surname in a line-up, with its particle: "Janssen", "de Buhr", "Gerdes-Saathoff". */
const LINE_UP_NAME = String.raw`(?:(?:de|van|von|da|di|del|dos|ter|le|la)\s+)?\p{Lu}[\p{L}\p{M}'’-]+`;
const LINE_UP_ENTRY = new RegExp(`^(${LINE_UP_NAME})(?:\\s+\\(\\d{1,3}\\.\\s+(${LINE_UP_NAME})\\))?$`, "u");
/** A team's line-up, one paragraph: "SV Hesel: Behrends – Ubben, Janssen, Nguyen, Frerichs (78. Tammena) – …". */
const LINE_UP = /^[^\n:]{2,60}:[ \t]+([^\n]+)$/gmu;

/**
 * The players of a line-up with their offsets: eleven names or more, substitutes included, in at least three rows
 * (goalkeeper – defence – midfield – attack), none a place ("Orte: Hesel – Leer, Emden, …").
 */
function lineUpNames(text: string, places: readonly Span[]): Array<{ name: string; start: number }> {
  // Two row separators on a line at least: most texts have none or a dateline's one.
  const twice = (dash: string) => text.indexOf(dash, text.indexOf(dash) + 1) !== -1;
  if (!text.includes(":") || !(twice(" – ") || twice(" - "))) return [];
  const names: Array<{ name: string; start: number }> = [];
  for (const m of text.matchAll(LINE_UP)) {
    const list = m[1]!;
    const listStart = m.index + m[0].length - list.length;
    if (list.split(/\s+[–-]\s+/u).length < 3 || inside(places, listStart, listStart + list.length)) continue;
    const parsed = list.split(/\s+[–-]\s+|,\s+/u).map((e) => LINE_UP_ENTRY.exec(e.trim()));
    if (parsed.some((p) => p === null)) continue;
    const players = parsed.flatMap((p) => [p![1]!, ...(p![2] ? [p![2]] : [])]);
    if (players.length < 11) continue;
    let from = 0;
    for (const name of players) {
      const at = list.indexOf(name, from);
      names.push({ name, start: listStart + at });
      from = at + name.length;
    }
  }
  return names;
}

/**
 * Whether this occurrence shows a lone given name to be a person's. A name no list holds needs someone's kin before it
 * ("Ihre Tochter Maarja", "Lomidzes Tochter Guram"; not "die Lufthansa-Tochter Eurowings"); a listed one any sign.
 */
function showsPerson(text: string, t: NameToken): boolean {
  const listed = loneGiven(t.word);
  if (!listed && !unlistedName(t.word)) return false;
  const sign = personSign(text, t.start, t.end);
  return listed ? sign !== null : sign === "kin" && POSSESSED_KIN.test(text.slice(Math.max(0, t.start - 40), t.start));
}

/**
 * A cheap first test for personSign, at every capitalised token: a word before it that may be a sign, an age's bracket
 * or comma after it.
 */
function mayBeSigned(text: string, tokens: NameToken[], k: number): boolean {
  const t = tokens[k]!;
  if (text.charAt(t.end) === "," || text.charAt(t.end + 1) === "(" || text.charAt(t.start - 2) === ",") return true;
  return signWord(tokens[k - 1]?.word ?? "") || (tokens[k - 2]?.word.includes("jährig") ?? false);
}
/** Whether a word before a given name may show a person: kin, a verb of speech, an age, a child, "und". */
const signWords = new Map<string, boolean>();
function signWord(word: string): boolean {
  let sign = signWords.get(word);
  if (sign === undefined) {
    sign =
      KIN_ROLES.has(word) ||
      SPEECH_VERBS.has(word) ||
      word === "und" ||
      word.includes("jährig") ||
      CHILD_NOUNS.test(word) ||
      IS_KIN_PLURAL.test(word);
    if (signWords.size > 10_000) signWords.clear();
    signWords.set(word, sign);
  }
  return sign;
}

/**
 * What shows a lone given name to be a person's: a kin's or child's noun before it ("kin"), or an age or a verb of
 * speech ("other").
 */
function personSign(text: string, start: number, end: number): "kin" | "other" | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const previous = /(\p{L}+)\s+$/u.exec(before)?.[1] ?? "";
  if (KIN_ROLES.has(previous) || CHILD_NOUNS.test(previous) || LISTED_KIN.test(before)) return "kin";
  if (AGE_BEFORE.test(before) || AGE_AFTER.test(text.slice(end, end + 8))) return "other";
  // "„…“, sagte Mila." / "erzählt Finn und lacht": the verb's subject, the clause ending after it.
  return SPEECH_VERBS.has(previous) && /^(?:[.,;:!?]|\s+\p{Ll})/u.test(text.slice(end, end + 3)) ? "other" : null;
}

function summary(
  entry: { name: string; mentions: Array<Span & { field: number }> },
  fields: Field[],
  finder: (field: number) => ReturnType<typeof sentenceFinder>,
): PersonSummary & { partial: true } {
  const mentions: PersonMention[] = entry.mentions
    .sort((a, b) => a.field - b.field || a.start - b.start)
    .map((m) => ({
      field: fields[m.field]!.field,
      start: m.start,
      end: m.end,
      text: fields[m.field]!.text.slice(m.start, m.end),
      sentence: finder(m.field).evidenceAt(m.start, m.end),
      role: null,
    }));
  return {
    key: personKey(entry.name),
    name: entry.name,
    country: null,
    roles: [],
    count: mentions.length,
    mentions,
    partial: true,
  };
}
