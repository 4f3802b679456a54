import { createRequire } from "node:module";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/de.json"));
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

export interface CountryRecord {
  code: string;
  nameDe: string;
  nameEn: string;
  aliases: string[];
  /** Every German name (ICU's and i18n-iso-countries'), for finding the country in German text. */
  germanNames: string[];
}

const displayDe = new Intl.DisplayNames(["de"], { type: "region" });
const displayEn = new Intl.DisplayNames(["en"], { type: "region" });

/**
 * Every ISO 3166-1 alpha-2 country: names from ICU (what `Intl.DisplayNames` says in German and
 * English), aliases from i18n-iso-countries in both languages ("USA", "Großbritannien", "U.S.").
 */
export function allCountries(): CountryRecord[] {
  const de = countries.getNames("de", { select: "all" });
  const en = countries.getNames("en", { select: "all" });
  return Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((code) => {
      const nameDe = displayDe.of(code) ?? de[code]?.[0] ?? code;
      const nameEn = displayEn.of(code) ?? en[code]?.[0] ?? code;
      const aliases = [...new Set([...(de[code] ?? []), ...(en[code] ?? [])])].filter(
        (a) => a !== nameDe && a !== nameEn,
      );
      const official = [...new Set([nameDe, ...(de[code] ?? [])])];
      // A formal name's short form, where the English name is its first words: "Brunei Darussalam" -> "Brunei".
      const short = official.some((n) => n.startsWith(`${nameEn} `)) ? [nameEn] : [];
      const germanNames = [...official, ...short];
      return { code, nameDe, nameEn, aliases, germanNames };
    });
}
