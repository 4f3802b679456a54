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

/**
 * The IOC codes of results lists ("1. Marco Odermatt (SUI)") that differ from ISO 3166-1 alpha-3, from the IOC's list
 * of National Olympic Committee codes; the others are the ISO codes ("AUT", "NOR", "USA").
 */
const IOC_CODES: Record<string, string> = {
  GER: "DE",
  SUI: "CH",
  NED: "NL",
  DEN: "DK",
  CRO: "HR",
  SLO: "SI",
  POR: "PT",
  GRE: "GR",
  RSA: "ZA",
  BUL: "BG",
  LAT: "LV",
  CHI: "CL",
  INA: "ID",
  IRI: "IR",
  MAS: "MY",
  PHI: "PH",
  KSA: "SA",
  UAE: "AE",
  ALG: "DZ",
  NGR: "NG",
  NIG: "NE",
  TPE: "TW",
  VIE: "VN",
  URU: "UY",
  PAR: "PY",
  CRC: "CR",
  GUA: "GT",
  HON: "HN",
  ESA: "SV",
  NCA: "NI",
  PUR: "PR",
  TRI: "TT",
  ZIM: "ZW",
  ZAM: "ZM",
  TAN: "TZ",
  SUD: "SD",
  LBA: "LY",
  LIB: "LB",
  KUW: "KW",
  OMA: "OM",
  MGL: "MN",
  MYA: "MM",
  NEP: "NP",
  SRI: "LK",
  BAN: "BD",
  CAM: "KH",
  MRI: "MU",
  BAH: "BS",
  BAR: "BB",
  HAI: "HT",
  GRN: "GD",
  ANG: "AO",
  BOT: "BW",
  MAD: "MG",
  TOG: "TG",
  FIJ: "FJ",
  SAM: "WS",
  TGA: "TO",
  VAN: "VU",
  ISV: "VI",
  IVB: "VG",
  BER: "BM",
  CAY: "KY",
  ARU: "AW",
  ASA: "AS",
  GEQ: "GQ",
  GAM: "GM",
  GUI: "GN",
  BUR: "BF",
  CHA: "TD",
  MTN: "MR",
  MAW: "MW",
  SEY: "SC",
  SKN: "KN",
  SOL: "SB",
  LES: "LS",
  VIN: "VC",
  MON: "MC",
  BRU: "BN",
};

/** ISO 3166-1 alpha-2 code of a team's three-letter code in a results list ("SUI" -> "CH", "AUT" -> "AT"), if any. */
export function teamCountryCode(code: string): string | null {
  return IOC_CODES[code] ?? countries.alpha3ToAlpha2(code) ?? null;
}
