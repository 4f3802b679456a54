import {
  COMPOUND_BODIES,
  NOUN_ABBREVIATION_ARTICLES,
  NOUN_ABBREVIATIONS,
  ORGANISATION_RECORDS,
} from "../vocab/organisations.js";
import { sentenceFinder, type TextField } from "./sentences.js";
import { capitalisedWords } from "./words.js";

/** One reference to an international organisation in one field of an article. */
export interface OrganisationMention {
  code: string;
  field: TextField;
  /** UTF-16 offsets into the field, end exclusive; text === field.slice(start, end). */
  start: number;
  end: number;
  /** As written; the whole word for compounds ("Nato-Gipfel"). */
  text: string;
  /** The sentence around it, at most MAX_EVIDENCE_CHARS long (bounds.ts). */
  sentence: string;
}

export interface OrganisationSummary {
  code: string;
  /** German name. */
  name: string;
  /** How often the text names it: every occurrence, also those not kept as evidence. */
  count: number;
  /** The occurrences in text order; extractArticle keeps the first few (src/ingest/bounds.ts). */
  mentions: OrganisationMention[];
}

/** Every organisation: code, German and English name (for seeding a table). */
export const ORGANISATIONS: ReadonlyArray<{ code: string; nameDe: string; nameEn: string }> = ORGANISATION_RECORDS.map(
  ({ code, nameDe, nameEn }) => ({ code, nameDe, nameEn }),
);
const NAME_DE = new Map(ORGANISATIONS.map((o) => [o.code, o.nameDe]));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Vereinte Nationen" -> /Vereinte[nrsm]?\s+Nationen(?:s|es)?/: German names inflect. */
function namePattern(name: string): string {
  const words = name.split(/\s+/);
  return words
    .map((w, i) => {
      const e = escapeRe(w);
      if (/^\p{Lu}\p{Ll}+(e|er|es)$/u.test(w) && i < words.length - 1)
        return `${escapeRe(w.replace(/(er|es)$/, "e"))}[nrsm]?`;
      if (i === words.length - 1 && /\p{Ll}$/u.test(w)) return `${e}(?:es|s|n)?`;
      return e;
    })
    .join("[\\s\\u00a0]+");
}

// Longest names first, so that "Internationales Komitee vom Roten Kreuz" wins over "Rotes Kreuz".
const NAMES = ORGANISATION_RECORDS.flatMap((o) => o.names.map((name) => ({ name, code: o.code }))).sort(
  (a, b) => b.name.length - a.name.length,
);
// One sticky pattern per name, tried only where a word starts with the name's first four letters:
// one big alternation tried at every offset was the slowest part of extraction.
const PREFIX = 4;
const NAME_INDEX = new Map<string, Array<{ re: RegExp; code: string }>>();
for (const { name, code } of NAMES) {
  // "Rotes Kreuz" inflects inside: "des Roten Kreuzes", "beim Roten Kreuz".
  const source = namePattern(name).replace("Rotes", "Rote[snm]?");
  const entry = { re: new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, "uy"), code };
  const key = name.slice(0, PREFIX);
  const list = NAME_INDEX.get(key);
  if (list) list.push(entry);
  else NAME_INDEX.set(key, [entry]);
}
const ABBREVIATIONS = new Map(ORGANISATION_RECORDS.flatMap((o) => o.abbreviations.map((a) => [a, o.code] as const)));
/** No longer word (or run of a word's parts) is an abbreviation: it is not looked up. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS.keys()].map((a) => a.length));

/**
 * The abbreviation a word starts with: the longest leading run of at most two of its parts that is one
 * ("G-7-Gipfel" -> "G-7", "Nato-Gipfel" -> "Nato"), and how many parts it spans. Every capitalised word
 * is asked, and nearly none is an abbreviation: found by offsets, not by splitting and joining each word
 * (which cost about 2% of extraction).
 */
function leadingAbbreviation(word: string): { code: string; used: number } | undefined {
  const firstHyphen = word.indexOf("-");
  if (firstHyphen !== -1) {
    const secondHyphen = word.indexOf("-", firstHyphen + 1);
    const two = secondHyphen === -1 ? word : word.slice(0, secondHyphen);
    const code = two.length <= LONGEST_ABBREVIATION ? ABBREVIATIONS.get(two) : undefined;
    if (code) return { code, used: 2 };
  }
  const one = firstHyphen === -1 ? word : word.slice(0, firstHyphen);
  const code = one.length <= LONGEST_ABBREVIATION ? ABBREVIATIONS.get(one) : undefined;
  return code ? { code, used: 1 } : undefined;
}
/** National bodies named like an international one: "Deutsches Rotes Kreuz", "Nationaler Sicherheitsrat". */
const NATIONAL_BEFORE =
  /(?:Deutsche|Österreichische|Schweizerische|Amerikanische|Britische|Nationale|Palästinensische)[nrsm]?\s+$/u;

/**
 * Finds every reference to an international or supranational organisation in one field, with its
 * evidence: full names with inflections, abbreviations as written (German and English), and compounds.
 */
export function findOrganisationMentions(text: string, field: TextField = "BODY"): OrganisationMention[] {
  const { evidenceAt } = sentenceFinder(text);
  const mentions: OrganisationMention[] = [];
  const taken: Array<[number, number]> = [];
  const push = (code: string, start: number, end: number) => {
    mentions.push({ code, field, start, end, text: text.slice(start, end), sentence: evidenceAt(start, end) });
    taken.push([start, end]);
  };

  // Capitalised words where they start (not inside a word or after a hyphen): names start at one, and each is
  // read as an abbreviation. Found once for both (capitalisedWords in words.ts).
  const words = capitalisedWords(text);
  let after = 0;
  for (const w of words) {
    const at = w.index;
    const candidates = at >= after ? NAME_INDEX.get(text.slice(at, at + PREFIX)) : undefined;
    if (!candidates) continue;
    for (const { re, code } of candidates) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      if (NATIONAL_BEFORE.test(text.slice(Math.max(0, at - 20), at))) break;
      // A compound on a full name is the whole word: "Weltbank-Präsident", "Europarats-Resolution".
      const tail = /^-[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u.exec(text.slice(at + m[0].length, at + m[0].length + 80));
      const end = at + m[0].length + (tail?.[0].length ?? 0);
      push(code, at, end);
      after = end;
      break;
    }
  }
  taken.sort((a, b) => a[0] - b[0]);

  let t = 0;
  for (const m of words) {
    const start = m.index;
    const word = m.text.endsWith("-") ? m.text.slice(0, -1) : m.text;
    const end = start + word.length;
    while (t < taken.length && taken[t]![1] <= start) t++;
    if (t < taken.length && taken[t]![0] < end) continue;
    const abbreviation = leadingAbbreviation(word);
    if (!abbreviation) continue;
    let code = abbreviation.code;
    const { used } = abbreviation;
    const parts = word.split("-");
    if (NOUN_ABBREVIATIONS.has(parts[0]!)) {
      // "der Quad" is the forum, "das Quad" the vehicle; "Quad-Gipfel" is matched as a name above.
      const article = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1];
      if (parts.length > 1 || !article || !NOUN_ABBREVIATION_ARTICLES.has(article)) continue;
    }
    const rest = parts.slice(used).join("-").toLowerCase();
    const family = code === "UN" ? "UN" : code === "EU" ? "EU" : code === "OPEC" ? "OPEC" : undefined;
    if (family) code = COMPOUND_BODIES[family]!.find(([stem]) => rest.startsWith(stem))?.[1] ?? code;
    let stop = end;
    // "Opec+" and "Opec+-Staaten": the plus is not a word character.
    if (code === "OPEC" && text.charAt(end) === "+") {
      code = "OPEC_PLUS";
      stop = end + 1;
      const tail = /^-[\p{L}\p{N}]+/u.exec(text.slice(stop));
      if (tail) stop += tail[0].length;
    }
    push(code, start, stop);
  }
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

/** Mentions grouped by organisation, most mentioned first, with the German name. */
export function summarizeOrganisations(mentions: OrganisationMention[]): OrganisationSummary[] {
  const byCode = new Map<string, OrganisationMention[]>();
  for (const m of mentions) {
    const list = byCode.get(m.code);
    if (list) list.push(m);
    else byCode.set(m.code, [m]);
  }
  return [...byCode.entries()]
    .map(([code, ms]) => ({ code, name: NAME_DE.get(code) ?? code, count: ms.length, mentions: ms }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
