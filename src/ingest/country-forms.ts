/**
 * Curated German forms of country references that no maintained package provides well:
 * adjective stems (inflected with -e, -en, -er, -es, -em when matched), demonyms (masculine base
 * form; -n, -s, -in, -innen are derived), abbreviations, and extra name forms. Country names
 * themselves come from ICU/i18n-iso-countries (see src/vocab/countries.ts).
 *
 * Format: "CODE: adjectives | demonyms | abbreviations | extra names", comma-separated.
 * Irregular demonym forms are listed in full (Franzose, Französin). Demonyms that are also
 * something else are left out on purpose: Dominikaner (a religious order), Kameruner (a pastry),
 * Malteser (an aid organisation).
 */
const TABLE = `
AF: afghanisch | Afghane | |
AL: albanisch | Albaner | |
DZ: algerisch | Algerier | |
AO: angolanisch | Angolaner | |
AR: argentinisch | Argentinier | |
AM: armenisch | Armenier | |
AU: australisch | Australier | |
AT: österreichisch | Österreicher | |
AZ: aserbaidschanisch | Aserbaidschaner | |
BD: bangladeschisch | Bangladescher | |
BY: belarussisch, weißrussisch | Belarusse, Weißrusse | | Weißrussland
BE: belgisch | Belgier | |
BO: bolivianisch | Bolivianer | |
BA: bosnisch | Bosnier | |
BR: brasilianisch | Brasilianer | |
BG: bulgarisch | Bulgare | |
CL: chilenisch | Chilene | |
CN: chinesisch | Chinese | VR China | Volksrepublik China
CO: kolumbianisch | Kolumbianer | |
HR: kroatisch | Kroate | |
CU: kubanisch | Kubaner | |
CY: zyprisch | Zyprer, Zypriot | |
CZ: tschechisch | Tscheche | |
DK: dänisch | Däne | |
EG: ägyptisch | Ägypter | |
EE: estnisch | Este | |
ET: äthiopisch | Äthiopier | |
FI: finnisch | Finne | |
FR: französisch | Franzose, Franzosen, Französin, Französinnen | |
GE: georgisch | Georgier | |
DE: deutsch | | BRD | Bundesrepublik Deutschland, Bundesrepublik
GH: ghanaisch | Ghanaer | |
GN: guineisch | Guineer | |
GW: guinea-bissauisch | | |
GR: griechisch | Grieche | |
HU: ungarisch | Ungar | |
IS: isländisch | Isländer | |
IN: indisch | Inder | |
ID: indonesisch | Indonesier | |
IR: iranisch | Iraner | |
IQ: irakisch | Iraker | |
IE: irisch | Ire | |
IL: israelisch | Israeli | |
IT: italienisch | Italiener | |
JP: japanisch | Japaner | |
JO: jordanisch | Jordanier | |
KZ: kasachisch | Kasache | |
KE: kenianisch | Kenianer | |
KP: nordkoreanisch | Nordkoreaner | |
KR: südkoreanisch | Südkoreaner | |
XK: kosovarisch | Kosovare | |
KW: kuwaitisch | Kuwaiter | |
KG: kirgisisch | Kirgise | |
LV: lettisch | Lette | |
LB: libanesisch | Libanese | |
LY: libysch | Libyer | |
LT: litauisch | Litauer | |
LU: luxemburgisch | Luxemburger | |
MY: malaysisch | Malaysier | |
ML: malisch | Malier | |
MX: mexikanisch | Mexikaner | |
MD: moldauisch | Moldauer | |
MN: mongolisch | Mongole | |
ME: montenegrinisch | Montenegriner | |
MA: marokkanisch | Marokkaner | |
MM: myanmarisch, birmanisch | Birmane | | Birma, Burma
NP: nepalesisch | Nepalese | |
NL: niederländisch, holländisch | Niederländer, Holländer | | Holland
NZ: neuseeländisch | Neuseeländer | |
NG: nigerianisch | Nigerianer | |
NE: nigrisch | Nigrer | |
MK: nordmazedonisch | Nordmazedonier | |
NO: norwegisch | Norweger | |
PK: pakistanisch | Pakistaner | |
PS: palästinensisch | Palästinenser | |
PE: peruanisch | Peruaner | |
PH: philippinisch | Philippiner | |
PL: polnisch | Pole | |
PT: portugiesisch | Portugiese | |
QA: katarisch | Katarer | |
RO: rumänisch | Rumäne | |
RU: russisch | Russe, Russen, Russin, Russinnen | |
SA: saudi-arabisch, saudisch | Saudi, Saudis | |
RS: serbisch | Serbe | |
SG: singapurisch | Singapurer | |
SK: slowakisch | Slowake | |
SI: slowenisch | Slowene | |
ZA: südafrikanisch | Südafrikaner | |
SS: südsudanesisch | Südsudanese | |
ES: spanisch | Spanier | |
LK: sri-lankisch | Sri-Lanker | |
SD: sudanesisch | Sudanese | |
SE: schwedisch | Schwede | |
CH: schweizerisch | Schweizer | | Eidgenossenschaft
SY: syrisch | Syrer | |
TW: taiwanisch, taiwanesisch | Taiwaner, Taiwanese | |
TJ: tadschikisch | Tadschike | |
TH: thailändisch | Thailänder | |
TN: tunesisch | Tunesier | |
TR: türkisch | Türke, Türken, Türkin, Türkinnen | |
TM: turkmenisch | Turkmene | |
UA: ukrainisch | Ukrainer | |
AE: emiratisch | Emirater | VAE | Emirate
GB: britisch, nordirisch | Brite, Nordire | UK | Großbritannien, Britannien, Nordirland
US: amerikanisch, US-amerikanisch | Amerikaner, US-Amerikaner | USA, US |
UY: uruguayisch | Uruguayer | |
UZ: usbekisch | Usbeke | |
VE: venezolanisch | Venezolaner | |
VN: vietnamesisch | Vietnamese | |
YE: jemenitisch | Jemenit, Jemeniten | |
ZW: simbabwisch | Simbabwer | |
CA: kanadisch | Kanadier | |
CD: kongolesisch | | DR Kongo | Demokratische Republik Kongo
EC: ecuadorianisch | Ecuadorianer | |
PY: paraguayisch | Paraguayer | |
CR: costa-ricanisch | Costa-Ricaner | |
PA: panamaisch | Panamaer | |
GT: guatemaltekisch | Guatemalteke | |
HN: honduranisch | Honduraner | |
SV: salvadorianisch | Salvadorianer | |
NI: nicaraguanisch | Nicaraguaner | |
DO: dominikanisch | | |
HT: haitianisch | Haitianer | |
JM: jamaikanisch | Jamaikaner | |
KH: kambodschanisch | Kambodschaner | |
LA: laotisch | Laote | |
MV: maledivisch | Malediver | |
BT: bhutanisch | Bhutaner | |
OM: omanisch | Omaner | |
BH: bahrainisch | Bahrainer | |
SN: senegalesisch | Senegalese | |
CI: ivorisch | Ivorer | |
CM: kamerunisch | | |
TZ: tansanisch | Tansanier | |
UG: ugandisch | Ugander | |
RW: ruandisch | Ruander | |
SO: somalisch | Somalier | |
ER: eritreisch | Eritreer | |
ZM: sambisch | Sambier | |
MZ: mosambikanisch | Mosambikaner | |
MG: madagassisch | Madagasse | |
NA: namibisch | Namibier | |
BW: botswanisch | Botswaner | |
TD: tschadisch | Tschader | |
MR: mauretanisch | Mauretanier | |
LR: liberianisch | Liberianer | |
MT: maltesisch | | |
MC: monegassisch | Monegasse | |
LI: liechtensteinisch | Liechtensteiner | |
`;

export interface CuratedForms {
  adjectives: string[];
  demonyms: string[];
  abbreviations: string[];
  names: string[];
}

const list = (field: string | undefined) =>
  (field ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** code -> curated forms. */
export const CURATED: ReadonlyMap<string, CuratedForms> = new Map(
  TABLE.trim()
    .split("\n")
    .map((row) => {
      const [code, rest] = row.split(/:\s*/, 2) as [string, string];
      const [adjectives, demonyms, abbreviations, names] = rest.split("|");
      return [
        code.trim(),
        {
          adjectives: list(adjectives),
          demonyms: list(demonyms),
          abbreviations: list(abbreviations),
          names: list(names),
        },
      ];
    }),
);

/**
 * Adjectives of a country that also name a continent: after a direction (also "mittel-", "zentral-") they
 * mean the continent ("südamerikanisch", "mittelamerikanisch"), not the country.
 */
export const CONTINENT_ADJECTIVES = new Set(["amerikanisch"]);

/**
 * Heads of a compound on a country name that make it a river or its basin ("Kongo-Fluss", "Niger-Delta",
 * "Kongo-Becken"): the river, not the state.
 */
export const RIVER_HEADS = new Set([
  "Fluss",
  "Flusses",
  "Flüsse",
  "Strom",
  "Stroms",
  "Stromes",
  "Delta",
  "Deltas",
  "Mündung",
  "Becken",
  "Beckens",
  "Ufer",
  "Ufers",
]);

/** Nouns after which an adjective names a sea, ocean or region, not a country ("Indischer Ozean"). */
export const GEOGRAPHIC_NOUNS = new Set([
  "Ozean",
  "Ozeans",
  "Meer",
  "Meeres",
  "Meers",
  "See",
  "Golf",
  "Golfs",
  "Halbinsel",
  "Becken",
  "Beckens",
  "Tiefland",
  "Hochland",
  "Alpen",
]);

/** Words before a capitalised adjective that make it a language ("ins Englische", "aus dem Japanischen"). */
export const LANGUAGE_CONTEXT = new Set(["ins", "im", "vom", "dem", "das", "auf", "aus"]);

/** Words before a country-like word that make it part of another name ("New Jersey", "Isle of Man"). */
export const FOREIGN_NAME_PREFIXES = new Set(["New", "Isle"]);

/** Directions before a country adjective: "südpolnisch", "nordostsyrisch", "westukrainisch". */
export const DIRECTION_PREFIXES = new Set([
  "nord",
  "süd",
  "ost",
  "west",
  "nordost",
  "nordwest",
  "südost",
  "südwest",
  "zentral",
  "mittel",
]);

/** Nouns after a country adjective that name an island, not the state ("die irische Insel"), unless a name follows. */
export const ISLAND_NOUNS = new Set(["Insel", "Inseln", "Halbinsel"]);

/**
 * Nominalised adjectives that German uses for a people ("die Deutschen", "ein Deutscher"). Followed by
 * a capitalised word they are part of a name instead ("Deutsche Bahn", "Deutscher Bundestag").
 */
export const NOMINALISED_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ["Deutsche", "DE"],
  ["Deutschen", "DE"],
  ["Deutscher", "DE"],
]);

/** Companies and institutions named "Deutsche ...": at a sentence start the name, not the adjective. */
export const INSTITUTION_HEADS = new Set([
  "Bank",
  "Bahn",
  "Telekom",
  "Post",
  "Welle",
  "Börse",
  "Presse-Agentur",
  "Bundesbank",
  "Lufthansa",
  "Bischofskonferenz",
  "Rentenversicherung",
  "Umwelthilfe",
  "Wetterdienst",
  "Fußball-Bund",
  "Fußball-Liga",
  "Bundestag",
  "Städtetag",
  "Gewerkschaftsbund",
  "Forschungsgemeinschaft",
  "Krebshilfe",
  "Wohnen",
  "Oper",
  "Mark",
  "Meisterschaft",
  "Meister",
]);
