// npx tsx scripts/build-person-names.ts (npm run person-names:build): regenerates
// src/vocab/person-names.data.ts, the given names that start a person's name, from the locale data of
// the devDependency @faker-js/faker (MIT), and src/vocab/german-nouns.bloom, the German word forms of the
// devDependency all-the-german-words (MIT). Build time only: nothing is read from the packages at run time
// (docs/persons.md).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as faker from "@faker-js/faker";
import { allCountries } from "../src/vocab/countries.js";
import { ENTRIES } from "../src/vocab/gazetteer.js";
import { NOT_GIVEN_NAMES, ROLE_HEADS } from "../src/vocab/person-names.js";
import { COMPASS_NOUNS, NOT_PLACES } from "../src/vocab/place-names.js";
import { WordFilter } from "../src/vocab/word-filter.js";

/** Latin-script locales whose given names appear in German news copy. */
const LOCALES = [
  "de",
  "de_AT",
  "de_CH",
  "en",
  "en_GB",
  "en_IE",
  "en_AU",
  "en_IN",
  "fr",
  "it",
  "es",
  "es_MX",
  "pt_PT",
  "pt_BR",
  "nl",
  "pl",
  "cs_CZ",
  "sk",
  "hr",
  "ro",
  "hu",
  "sv",
  "da",
  "nb_NO",
  "fi",
  "lv",
  "tr",
  "id_ID",
  "yo_NG",
  // Added after the fifth held-out set: African, Balkan, Belgian, Swiss, Central Asian and Kurdish given names.
  "af_ZA",
  "en_GH",
  "en_NG",
  "en_ZA",
  "zu_ZA",
  "en_NP",
  "fr_BE",
  "fr_CH",
  "fr_SN",
  "nl_BE",
  "sl_SI",
  "sr_RS_latin",
  "ro_MD",
  "az",
  "ku_kmr_latin",
  "uz_UZ_latin",
] as const;

const roles = new Set<string>(ROLE_HEADS);
type Definitions = { person?: { first_name?: string[] | Record<string, string[] | undefined> } };
const names = new Set<string>();
/** Each given name's gender where every list that has it agrees ("Thomas" m, "Sonia" f); null where they do not ("Andrea", "Jean"). */
const genders = new Map<string, "f" | "m" | null>();
const noteGender = (name: string, gender: string) => {
  if (gender !== "female" && gender !== "male") return; // faker's "generic" lists mix both
  const g = gender === "female" ? "f" : "m";
  const known = genders.get(name);
  genders.set(name, known === undefined || known === g ? g : null);
};
for (const locale of LOCALES) {
  const first = (faker as unknown as Record<string, Definitions | undefined>)[locale]?.person?.first_name;
  if (!first) continue;
  if (!Array.isArray(first))
    for (const [gender, list] of Object.entries(first))
      for (const n of list ?? []) noteGender(n.normalize("NFC"), gender);
  const list = Array.isArray(first) ? first : Object.values(first).flatMap((l) => l ?? []);
  for (const name of list) {
    const n = name.normalize("NFC").trim();
    // One word (or hyphenated), Latin letters, capitalised, at least three letters.
    if (!/^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u.test(n) || n.length < 3) continue;
    if (!/^[\p{Script=Latin}\p{M}-]+$/u.test(n)) continue;
    // Roles are no given names, though a list may hold them ("General", "Imam").
    if (NOT_GIVEN_NAMES.has(n) || roles.has(n.toLowerCase())) continue;
    names.add(n);
  }
}
const fromFaker = new Set(names);

/**
 * More given names from the devDependency gender-detection-from-name (MIT): lower-case lists for de, en, es, fr,
 * it and tr (~87,000, many from birth registers: "Detlev", "Heribert", "Cate", "Bijan", "Ludger", "Charbel").
 * They are noisier than faker's, so a name only they hold is left out where it is also a common word (a
 * lower-case entry of either word list, or a German noun: a capitalised ngerman entry with a plural of its own,
 * "Firma"/"Firmen" too),
 * a month, a compass point, a role ("General", "Kaiser"), a place or a country ("Berlin", "Arizona", "Dresden",
 * "England", "Norden").
 */
const WORD_LISTS = ["/usr/share/dict/ngerman", "/usr/share/dict/american-english"];
for (const file of WORD_LISTS) {
  if (!existsSync(file)) throw new Error(`${file} missing: apt-get install -y wngerman wamerican`);
}
const lists = WORD_LISTS.map((file) => readFileSync(file, "utf8").split("\n"));
const commonWords = new Set(lists.flat().filter((w) => /^\p{Ll}/u.test(w)));
const germanEntries = new Set(lists[0]);
// "Firma"/"Firmen": a noun in "-a" whose plural replaces it with "-en".
const isGermanNoun = (w: string) =>
  ["e", "en", "n", "es", "er"].some((end) => germanEntries.has(w + end)) ||
  (germanEntries.has(w) && /\p{Ll}a$/u.test(w) && germanEntries.has(`${w.slice(0, -1)}en`));
const placeNames = new Set([
  ...ENTRIES.flatMap((e) => e.forms),
  ...allCountries().flatMap((c) => [...c.germanNames, c.nameEn]),
  ...NOT_PLACES,
  ...COMPASS_NOUNS,
]);
const require = createRequire(import.meta.url);
for (const locale of ["de", "en", "es", "fr", "it", "tr"]) {
  const list = require(`gender-detection-from-name/names/${locale}.js`) as Map<string, string>;
  for (const [lower, gender] of list) {
    if (!/^[\p{Ll}\p{M}]{3,}(?:-[\p{Ll}\p{M}]{3,})?$/u.test(lower) || !/^[\p{Script=Latin}\p{M}-]+$/u.test(lower))
      continue;
    const n = lower.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase()).normalize("NFC");
    // The French list gives every name as "female" ("pierre", "thomas"): its genders are not used.
    if (locale !== "fr") noteGender(n, gender);
    if (names.has(n) || NOT_GIVEN_NAMES.has(n) || commonWords.has(lower) || isGermanNoun(n)) continue;
    if (placeNames.has(n) || roles.has(lower)) continue;
    names.add(n);
  }
}

/**
 * German word forms, for telling a noun after a complete name from a second surname ("Harald Juhnke Jahrzehnte
 * später", not "Ali Bongo Ondimba"): the capitalised words of the devDependency all-the-german-words (MIT; from the
 * German Wiktionary, every inflected form), without those the English list capitalises (surnames such as "Weber",
 * "Fischer"), given names, places and countries. Shipped as a Bloom filter (0.1 % false positives) in
 * src/vocab/german-nouns.bloom, not as words.
 */
const englishEntries = new Set(lists[1]);
const germanWords = require("all-the-german-words") as string[];
const nouns = germanWords.filter(
  (w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !englishEntries.has(w) && !names.has(w) && !placeNames.has(w),
);
writeFileSync(new URL("../src/vocab/german-nouns.bloom", import.meta.url), WordFilter.of(nouns, 0.001).bytes());

const sorted = [...fromFaker].sort((a, b) => a.localeCompare(b, "de"));
const more = [...names].filter((n) => !fromFaker.has(n)).sort((a, b) => a.localeCompare(b, "de"));
const ofGender = (g: "f" | "m") =>
  [...names].filter((n) => genders.get(n) === g).sort((a, b) => a.localeCompare(b, "de"));
const [female, male] = [ofGender("f"), ofGender("m")];
writeFileSync(
  new URL("../src/vocab/person-names.data.ts", import.meta.url),
  `// Generated by scripts/build-person-names.ts. Do not edit; see docs/persons.md.
// ${sorted.length} given names from @faker-js/faker 10.6.0 locale data (MIT licence, https://github.com/faker-js/faker).
export const GIVEN_NAME_DATA =
  ${JSON.stringify(sorted.join("|"))};
// ${more.length} more given names from gender-detection-from-name 1.11.5 (MIT licence,
// https://github.com/DavideViolante/gender-detection-from-name), without common words, places and countries.
export const MORE_GIVEN_NAME_DATA =
  ${JSON.stringify(more.join("|"))};
// Of all these, ${female.length} women's and ${male.length} men's names: every list that has the name gives it that gender.
export const FEMALE_GIVEN_NAME_DATA =
  ${JSON.stringify(female.join("|"))};
export const MALE_GIVEN_NAME_DATA =
  ${JSON.stringify(male.join("|"))};
`,
);
console.log(
  `${sorted.length} given names from ${LOCALES.length} faker locales, ${more.length} more from gender-detection-from-name; ${female.length} women's and ${male.length} men's; ${nouns.length} German word forms in a filter`,
);
