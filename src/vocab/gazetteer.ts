// The gazetteer in memory: GeoNames places and curated government metonyms (src/vocab/gazetteer.data.ts,
// built by scripts/build-gazetteer.ts; sources and licences in docs/gazetteer.md), and the lookup of
// a user-given name that the API uses. The extractor (src/ingest/places.ts) reads the same entries.
import { GAZETTEER_DATA } from "./gazetteer.data.js";
import { EXONYMS, METONYMS } from "./place-names.js";
import { wordHash } from "./packed-words.js";
import { SMALL_PLACES_DATA } from "./small-places.data.js";

export type PlaceKind = "CAPITAL" | "CITY" | "METONYM";

/** A gazetteer entry as the API resolves it. */
export interface PlaceEntry {
  key: string;
  name: string;
  nameEn: string;
  code: string;
  kind: PlaceKind;
}

/** A gazetteer entry with what the extractor needs: its written forms and its priority among namesakes. */
export interface Entry extends PlaceEntry {
  forms: string[];
  /** Forms that are also common words ("Man", "Metro"): marked "~" by the gazetteer build. */
  ambiguous?: Set<string>;
  priority: number;
  /** The German name is the build's short form of the international one ("Frankfurt" of "Frankfurt (Oder)"). */
  shortened?: boolean;
  /** A small place (small-places.data.ts): every form needs place evidence, though none is a common word. */
  small?: boolean;
}

/** "DE Halle": the German names the curated table gives (its first form per place), by country. */
const CURATED_NAMES = new Set(
  EXONYMS.trim()
    .split("\n")
    .map((line) => /^([A-Z]{2}) .+? = ([^,]+)/u.exec(line.trim()))
    .flatMap((m) => (m ? [`${m[1]} ${m[2]!.trim()}`] : [])),
);

function loadEntries(): Entry[] {
  const entries: Entry[] = METONYMS.map((m) => ({
    key: m.key,
    name: m.name,
    nameEn: m.name,
    code: m.code,
    kind: "METONYM" as const,
    forms: m.forms,
    priority: Number.MAX_SAFE_INTEGER,
  }));
  for (const line of GAZETTEER_DATA.split("\n")) {
    // The eighth column (lookup-only names) stays in the data string: resolvePlace searches it there.
    const [key, name, nameEn, code, kind, population, forms] = line.split("\t", 7) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    // A German name of its own ("Kairo", "München"), not the build's short form of the international name
    // ("Frankfurt" of "Frankfurt (Oder)"), which must not outrank the bigger city ("Frankfurt am Main").
    const shortened =
      nameEn.startsWith(name) && /^[ (/]/u.test(nameEn.slice(name.length)) && !CURATED_NAMES.has(`${code} ${name}`);
    // Or a name the curated table gives, though the same as the international one ("ES Valencia" over Venezuela's).
    const curated = (name !== nameEn && !shortened) || CURATED_NAMES.has(`${code} ${name}`);
    const written = forms.split("|");
    const ambiguous = written.filter((f) => f.startsWith("~")).map((f) => f.slice(1));
    entries.push({
      key,
      name,
      nameEn,
      code,
      kind: kind === "C" ? "CAPITAL" : "CITY",
      forms: written.map((f) => (f.startsWith("~") ? f.slice(1) : f)),
      ...(ambiguous.length > 0 && { ambiguous: new Set(ambiguous) }),
      // Where two places share a name: the one with a German name of its own, then the capital, then the bigger.
      priority: (curated ? 2e10 : 0) + (kind === "C" ? 1e10 : 0) + Number(population),
      ...(shortened && { shortened }),
    });
  }
  return entries.sort((a, b) => b.priority - a.priority);
}

/** Every gazetteer entry (places and metonyms), highest priority first. */
export const ENTRIES = loadEntries();

// Lookup for the API: German, English and local (Latin-script) names, any case, with or without diacritics.
const fold = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
const bare = (s: string) => fold(s).normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss");
let lookup: { exact: Map<string, Entry>; bare: Map<string, Entry>; byKey: Map<string, Entry> } | undefined;
let foldedData: string | undefined;

function buildLookup() {
  const exact = new Map<string, Entry>();
  const loose = new Map<string, Entry>();
  const add = (name: string, entry: Entry) => {
    if (!exact.has(fold(name))) exact.set(fold(name), entry);
    if (!loose.has(bare(name))) loose.set(bare(name), entry);
  };
  // Pass by pass, so that a German or English name always beats another place's other name.
  // A short form is no German name of its own: it competes with the other places' forms by priority.
  for (const e of ENTRIES) if (!e.shortened) add(e.name, e);
  for (const e of ENTRIES) for (const f of e.forms) add(f, e);
  for (const e of ENTRIES) add(e.nameEn, e);
  for (const e of ENTRIES) add(e.key, e);
  return { exact, bare: loose, byKey: new Map(ENTRIES.map((e) => [e.key, e])) };
}

/**
 * GeoNames' other names (about 100,000) are not indexed: kept in memory they cost more than the rest
 * of the gazetteer. A lookup searches them in one lowercased copy of the data instead (a few ms),
 * and prefers the entry listed first among equals by priority.
 */
function searchAlternates(query: string): Entry | undefined {
  foldedData ??= GAZETTEER_DATA.toLocaleLowerCase("de");
  let best: Entry | undefined;
  for (let at = foldedData.indexOf(query); at !== -1; at = foldedData.indexOf(query, at + 1)) {
    const before = foldedData.charAt(at - 1);
    const after = foldedData.charAt(at + query.length);
    if ((before !== "|" && before !== "\t") || (after !== "|" && after !== "\n" && after !== "")) continue;
    const lineStart = foldedData.lastIndexOf("\n", at) + 1;
    // Only the eighth column: the first seven are indexed already.
    const tabs = foldedData.slice(lineStart, at).split("\t").length - 1;
    if (tabs !== 7) continue;
    const entry = lookup!.byKey.get(foldedData.slice(lineStart, foldedData.indexOf("\t", lineStart)));
    if (entry && (!best || entry.priority > best.priority)) best = entry;
  }
  return best;
}

/**
 * Resolves a user-given place name (German, English or a local name in Latin script; any case; with
 * or without diacritics) or a key to its gazetteer entry.
 */
export function resolvePlace(query: string): PlaceEntry | undefined {
  lookup ??= buildLookup();
  const folded = fold(query);
  if (!folded || /[\t|\n]/.test(folded)) return undefined;
  const entry =
    lookup.exact.get(folded) ?? lookup.bare.get(bare(query)) ?? searchAlternates(folded) ?? searchSmall(bare(query));
  return entry && { key: entry.key, name: entry.name, nameEn: entry.nameEn, code: entry.code, kind: entry.kind };
}

// Small places (small-places.data.ts): every place of Germany, Austria and Switzerland below the main table's
// line, towns of 15,000 elsewhere, seats of first-order divisions; about 33,000. As entries like the others they
// would cost the server ~80 MB of RSS, so the data stays one string, indexed by a hash of each form's first
// word (typed arrays, ~1 MB, in each thread that extracts), and a place becomes an entry where a text names it.
// Every form needs place evidence in the text ("in Kitzbühel", "OBERSTDORF (dpa)"): it is marked ambiguous.

interface SmallIndex {
  /** Offset of each line in SMALL_PLACES_DATA, and one past the end. */
  lineStarts: Uint32Array;
  /** First-word hash -> first link; a link is a line (`lines`) and the next link of that hash (`next`, -1 ends). */
  heads: Map<number, number>;
  lines: Int32Array;
  next: Int32Array;
}
let smallIndex: SmallIndex | undefined;
const smallEntries = new Map<number, Entry>();

/** Indexes the data's lines by the first word of each form, on first use. */
function loadSmallPlaces(): SmallIndex {
  if (!smallIndex) {
    const data = SMALL_PLACES_DATA;
    const starts = [0];
    for (let n = data.indexOf("\n"); n !== -1; n = data.indexOf("\n", n + 1)) starts.push(n + 1);
    starts.push(data.length + 1);
    const heads = new Map<number, number>();
    const lines: number[] = [];
    const next: number[] = [];
    const tails = new Map<number, number>();
    for (let n = 0; n < starts.length - 1; n++) {
      const line = data.slice(starts[n]!, starts[n + 1]! - 1);
      const forms = line.slice(line.lastIndexOf("\t") + 1).split("|");
      const hashes = new Set(forms.map((form) => wordHash(unmarked(form).split(" ", 1)[0]!.toUpperCase())));
      // Appended in line order, so each chain lists its places biggest first.
      for (const h of hashes) {
        const link = lines.push(n) - 1;
        next.push(-1);
        const tail = tails.get(h);
        if (tail === undefined) heads.set(h, link);
        else next[tail] = link;
        tails.set(h, link);
      }
    }
    smallIndex = {
      lineStarts: Uint32Array.from(starts),
      heads,
      lines: Int32Array.from(lines),
      next: Int32Array.from(next),
    };
  }
  return smallIndex;
}

/**
 * The small places (their lines in the data) that may have a form whose first word, in capitals, is `upperWord`;
 * biggest first. A hash collision can add a line whose forms start otherwise: callers match the forms themselves.
 */
export function smallPlaceLines(upperWord: string): number[] | undefined {
  const { heads, lines, next } = loadSmallPlaces();
  const found: number[] = [];
  for (let link = heads.get(wordHash(upperWord)) ?? -1; link !== -1; link = next[link]!) found.push(lines[link]!);
  return found.length > 0 ? found : undefined;
}

/** Line `n` of the data: key, name, country, forms, tab-separated. */
function smallLine(n: number): string {
  const { lineStarts } = loadSmallPlaces();
  return SMALL_PLACES_DATA.slice(lineStarts[n]!, lineStarts[n + 1]! - 1);
}

/** A form marked "=" names a main place too: the small place is only that place's namesake (namesakes()). */
const unmarked = (form: string) => (form.startsWith("=") ? form.slice(1) : form);

/** Every form of the small place on line `n` of the data, those it shares with a main place marked "=". */
function smallLineForms(n: number): string[] {
  const line = smallLine(n);
  return line.slice(line.lastIndexOf("\t") + 1).split("|");
}

/** The written forms of the small place on line `n` of the data that the text may name it by. */
export function smallPlaceForms(n: number): string[] {
  return smallLineForms(n).filter((form) => !form.startsWith("="));
}

/** The entry of the small place on line `n` of the data, made when the text names it. */
export function smallPlaceEntry(n: number): Entry {
  let entry = smallEntries.get(n);
  if (!entry) {
    const [key, name, code] = smallLine(n).split("\t") as [string, string, string];
    const written = smallPlaceForms(n);
    entry = {
      key,
      name,
      nameEn: name,
      code,
      kind: "CITY",
      forms: written,
      ambiguous: new Set(written),
      priority: 0,
      small: true,
    };
    smallEntries.set(n, entry);
  }
  return entry;
}

let smallBare: { data: string; lineStarts: number[] } | undefined;
/** A small place by key or form, compared bare (any case, no diacritics) in a bare copy made on first use. */
function searchSmall(query: string): Entry | undefined {
  if (!query || /[\t|\n]/.test(query)) return undefined;
  if (!smallBare) {
    const lines = SMALL_PLACES_DATA.split("\n").map((line) =>
      line
        .split("\t")
        .map((column) => column.split("|").map(bare).join("|"))
        .join("\t"),
    );
    const lineStarts: number[] = [];
    let at = 0;
    for (const line of lines) {
      lineStarts.push(at);
      at += line.length + 1;
    }
    smallBare = { data: lines.join("\n"), lineStarts };
  }
  const { data, lineStarts } = smallBare;
  for (let at = data.indexOf(query); at !== -1; at = data.indexOf(query, at + 1)) {
    const before = data.charAt(at - 1);
    const after = data.charAt(at + query.length);
    if (!["", "\t", "|", "\n"].includes(before) || !["", "\t", "|", "\n"].includes(after)) continue;
    const n = lineStarts.findLastIndex((start) => start <= at);
    const column = data.slice(lineStarts[n]!, at).split("\t").length - 1;
    // The key (first column) or a form (fourth); not the name or country.
    if (column === 0 || column === 3) return smallPlaceEntry(n);
  }
  return undefined;
}

/** Forms that several main entries share ("Valencia", "Santa Clara"), with their entries; built on first use. */
let sharedForms: Map<string, Entry[]> | undefined;

/**
 * The places a written form names exactly where it names more than one ("Kampen": the Dutch town and the village
 * on Sylt), main ones first by priority, then small ones biggest first; a form of one place only gives none.
 * `shadowed`: also the small places that share the form with a main place, which the text never names alone
 * ("Altdorf" in Uri beside Altdorf bei Nürnberg).
 */
export function namesakes(form: string, { shadowed = false } = {}): Entry[] {
  if (!sharedForms) {
    const byForm = new Map<string, Entry[]>();
    for (const e of ENTRIES) {
      if (e.kind === "METONYM") continue;
      for (const f of e.forms) byForm.set(f, [...(byForm.get(f) ?? []), e]);
    }
    sharedForms = new Map([...byForm].filter(([, entries]) => entries.length > 1));
  }
  const small = (smallPlaceLines(form.split(" ", 1)[0]!.toUpperCase()) ?? [])
    .filter((n) => (shadowed ? smallLineForms(n).map(unmarked) : smallPlaceForms(n)).includes(form))
    .map(smallPlaceEntry);
  return [...(sharedForms.get(form) ?? []), ...small];
}

/** The capital of a country (ISO code), if the gazetteer has one. */
export function capitalOf(code: string): PlaceEntry | undefined {
  const entry = ENTRIES.find((e) => e.kind === "CAPITAL" && e.code === code);
  return entry && { key: entry.key, name: entry.name, nameEn: entry.nameEn, code: entry.code, kind: entry.kind };
}

/** Number of gazetteer entries (places and metonyms), for diagnostics and docs. */
export const GAZETTEER_SIZE = ENTRIES.length;
