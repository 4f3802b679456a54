/**
 * International and supranational organisations (curated: no maintained package lists their German
 * forms). National bodies, parties, companies, clubs, ministries and militias are not in it.
 *
 * Format: "CODE | German name | English name | abbreviations | other names". Abbreviations are matched
 * as written (case-sensitive: "WHO" but not "who") and as the head of a compound ("Nato-Gipfel",
 * "EU-Staaten"); names are matched with their inflections ("der Vereinten Nationen", "des Europarats").
 * Deliberately absent: "Union" alone (CDU/CSU, Union Berlin), "Europa" (the continent), "Rat" alone.
 */
const TABLE = `
EU | Europäische Union | European Union | EU | Europäische Union, European Union, Europäischer Rat, Rat der Europäischen Union
NATO | Nato | North Atlantic Treaty Organization | Nato, NATO, OTAN | Nordatlantikpakt, Nordatlantische Allianz, Atlantische Allianz, North Atlantic Treaty Organization, Nordatlantikvertrags-Organisation
UN | Vereinte Nationen | United Nations | UN, UNO, Uno | Vereinte Nationen, United Nations, UN-Generalversammlung, Weltorganisation
UNSC | UN-Sicherheitsrat | United Nations Security Council | UNSC | Weltsicherheitsrat, UN-Sicherheitsrat, UNO-Sicherheitsrat, Uno-Sicherheitsrat, Sicherheitsrat der Vereinten Nationen, United Nations Security Council, UN Security Council
UNHCR | UN-Flüchtlingshilfswerk | United Nations High Commissioner for Refugees | UNHCR | UN-Flüchtlingshilfswerk, UNO-Flüchtlingshilfswerk, Uno-Flüchtlingshilfswerk, Flüchtlingshilfswerk der Vereinten Nationen, UN-Flüchtlingskommissar, UN-Flüchtlingskommissariat, UN Refugee Agency
UNICEF | UN-Kinderhilfswerk | United Nations Children's Fund | UNICEF, Unicef | UN-Kinderhilfswerk, UNO-Kinderhilfswerk, Uno-Kinderhilfswerk, Kinderhilfswerk der Vereinten Nationen, Kinderhilfswerk Unicef
WFP | Welternährungsprogramm | World Food Programme | WFP | Welternährungsprogramm, UN-Welternährungsprogramm, World Food Programme, World Food Program
WHO | Weltgesundheitsorganisation | World Health Organization | WHO | Weltgesundheitsorganisation, World Health Organization, UN-Gesundheitsorganisation
IAEA | Internationale Atomenergiebehörde | International Atomic Energy Agency | IAEA, IAEO | Internationale Atomenergiebehörde, Internationale Atomenergie-Organisation, Internationale Atomenergieorganisation, UN-Atomenergiebehörde, UN-Atombehörde, Atomenergiebehörde, International Atomic Energy Agency
IMF | Internationaler Währungsfonds | International Monetary Fund | IWF, IMF | Internationaler Währungsfonds, Internationale Währungsfonds, Währungsfonds, International Monetary Fund
WORLDBANK | Weltbank | World Bank | | Weltbank, World Bank
WTO | Welthandelsorganisation | World Trade Organization | WTO | Welthandelsorganisation, World Trade Organization
OPEC | Organisation erdölexportierender Länder | Organization of the Petroleum Exporting Countries | Opec, OPEC | Organisation erdölexportierender Länder, Organisation Erdöl exportierender Länder, Organization of the Petroleum Exporting Countries
OPEC_PLUS | Opec+ | OPEC+ | | Opec plus, OPEC plus, Opec Plus, OPEC Plus, Opec-plus, Opec-Plus, OPEC-Plus, OPEC-plus
G7 | G7 | Group of Seven | G7, G-7 | Gruppe der Sieben, Group of Seven
G20 | G20 | Group of Twenty | G20, G-20 | Gruppe der Zwanzig, Group of Twenty
ECOWAS | Westafrikanische Wirtschaftsgemeinschaft | Economic Community of West African States | ECOWAS, Ecowas, Cedeao | Westafrikanische Wirtschaftsgemeinschaft, Wirtschaftsgemeinschaft Westafrikanischer Staaten, Economic Community of West African States
AU | Afrikanische Union | African Union | AU | Afrikanische Union, African Union
ASEAN | Verband Südostasiatischer Nationen | Association of Southeast Asian Nations | ASEAN, Asean | Verband Südostasiatischer Nationen, Association of Southeast Asian Nations
OSCE | Organisation für Sicherheit und Zusammenarbeit in Europa | Organization for Security and Co-operation in Europe | OSZE, OSCE | Organisation für Sicherheit und Zusammenarbeit in Europa, Organization for Security and Co-operation in Europe
COUNCIL_OF_EUROPE | Europarat | Council of Europe | | Europarat, Council of Europe
EUROPEAN_COMMISSION | Europäische Kommission | European Commission | | Europäische Kommission, EU-Kommission, European Commission, Brüsseler Kommission
EUROPEAN_PARLIAMENT | Europäisches Parlament | European Parliament | | Europäisches Parlament, EU-Parlament, Europaparlament, European Parliament
ECB | Europäische Zentralbank | European Central Bank | EZB, ECB | Europäische Zentralbank, European Central Bank
ICC | Internationaler Strafgerichtshof | International Criminal Court | IStGH, ICC | Internationaler Strafgerichtshof, Internationale Strafgerichtshof, Weltstrafgericht, Weltstrafgerichtshof, International Criminal Court
ICJ | Internationaler Gerichtshof | International Court of Justice | IGH, ICJ | Internationaler Gerichtshof, Internationale Gerichtshof, UN-Gerichtshof, International Court of Justice
FIFA | Fifa | Fédération Internationale de Football Association | FIFA, Fifa | Fußball-Weltverband Fifa, Fédération Internationale de Football Association
UEFA | Uefa | Union of European Football Associations | UEFA, Uefa | Europäische Fußball-Union, Union of European Football Associations
IOC | Internationales Olympisches Komitee | International Olympic Committee | IOC, IOK | Internationales Olympisches Komitee, International Olympic Committee
EBU | Europäische Rundfunkunion | European Broadcasting Union | EBU | Europäische Rundfunkunion, European Broadcasting Union
QUAD | Quad | Quadrilateral Security Dialogue | Quad | Quad-Gruppe, Quad-Staaten, Quad-Bündnis, Quad-Allianz, Quad-Gipfel, Quad-Treffen, Quad-Partner, Quad-Länder, Quadrilateral Security Dialogue, Quadrilateraler Sicherheitsdialog
BRICS | Brics | BRICS | BRICS, Brics | Brics-Staaten, BRICS-Staaten
ARAB_LEAGUE | Arabische Liga | Arab League | | Arabische Liga, Liga der Arabischen Staaten, Arab League
GCC | Golf-Kooperationsrat | Gulf Cooperation Council | GCC | Golf-Kooperationsrat, Golfkooperationsrat, Kooperationsrat der Arabischen Staaten des Golfes, Golfrat, Gulf Cooperation Council
SCO | Shanghaier Organisation für Zusammenarbeit | Shanghai Cooperation Organisation | SOZ, SCO | Shanghaier Organisation für Zusammenarbeit, Schanghaier Organisation für Zusammenarbeit, Shanghai-Organisation, Schanghai-Organisation, Shanghai Cooperation Organisation, Shanghai Cooperation Organization
MERCOSUR | Mercosur | Mercosur | Mercosur, MERCOSUR | Gemeinsamer Markt des Südens
OECD | Organisation für wirtschaftliche Zusammenarbeit und Entwicklung | Organisation for Economic Co-operation and Development | OECD | Organisation für wirtschaftliche Zusammenarbeit und Entwicklung, Organisation for Economic Co-operation and Development
RED_CROSS | Internationales Komitee vom Roten Kreuz | International Committee of the Red Cross | IKRK, ICRC | Internationales Komitee vom Roten Kreuz, Rotes Kreuz, Internationale Rotkreuz- und Rothalbmondbewegung, Red Cross
UNRWA | UN-Palästinenserhilfswerk | United Nations Relief and Works Agency for Palestine Refugees | UNRWA, Unrwa | UN-Palästinenserhilfswerk, UNO-Palästinenserhilfswerk, Palästinenserhilfswerk, Hilfswerk der Vereinten Nationen für Palästina-Flüchtlinge
UNESCO | Unesco | United Nations Educational, Scientific and Cultural Organization | UNESCO, Unesco | UN-Kulturorganisation, UNO-Kulturorganisation, Kulturorganisation der Vereinten Nationen, United Nations Educational Scientific and Cultural Organization
`;

export interface OrganisationRecord {
  code: string;
  nameDe: string;
  nameEn: string;
  abbreviations: string[];
  names: string[];
}

const list = (field: string | undefined) =>
  (field ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Every organisation with its German and English name, for seeding a table. */
export const ORGANISATION_RECORDS: readonly OrganisationRecord[] = TABLE.trim()
  .split("\n")
  .map((row) => {
    const [code, nameDe, nameEn, abbreviations, names] = row.split("|").map((s) => s.trim());
    return { code: code!, nameDe: nameDe!, nameEn: nameEn!, abbreviations: list(abbreviations), names: list(names) };
  });

/**
 * Abbreviations that are also German nouns ("das Quad", the vehicle): alone they count only after an
 * article the noun cannot take ("der Quad", "die Quad", "des Quad"); compounds only as listed names.
 */
export const NOUN_ABBREVIATIONS = new Set(["Quad"]);
export const NOUN_ABBREVIATION_ARTICLES = new Set(["der", "die", "des"]);

/**
 * A compound names a body of the organisation in its head: "EU-Kommission" is the Commission only,
 * "UN-Sicherheitsrat" the Security Council, "Opec-plus" the wider group. Any other compound
 * ("EU-Staaten", "EU-Gipfel", "Nato-Gipfel", "UN-Generalsekretär") is the organisation itself.
 * Keys are lowercase stems the compound's next part starts with.
 */
export const COMPOUND_BODIES: Readonly<Record<string, ReadonlyArray<[string, string]>>> = {
  EU: [
    ["kommission", "EUROPEAN_COMMISSION"],
    ["kommissar", "EUROPEAN_COMMISSION"],
    ["parlament", "EUROPEAN_PARLIAMENT"],
    ["abgeordnete", "EUROPEAN_PARLIAMENT"],
    ["parlamentarier", "EUROPEAN_PARLIAMENT"],
  ],
  UN: [
    ["sicherheitsrat", "UNSC"],
    ["flüchtlingshilfswerk", "UNHCR"],
    ["flüchtlingskommissar", "UNHCR"],
    ["flüchtlingsorganisation", "UNHCR"],
    ["kinderhilfswerk", "UNICEF"],
    ["welternährungsprogramm", "WFP"],
    ["ernährungsprogramm", "WFP"],
    ["atomenergiebehörde", "IAEA"],
    ["atombehörde", "IAEA"],
    ["gesundheitsorganisation", "WHO"],
    ["gerichtshof", "ICJ"],
    ["palästinenserhilfswerk", "UNRWA"],
    ["kulturorganisation", "UNESCO"],
  ],
  OPEC: [["plus", "OPEC_PLUS"]],
};

// Lookup for the API (the extractor matches written forms in src/ingest/organisations.ts).
const fold = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
let lookup: Map<string, string> | undefined;

/** Resolves an organisation code or name (German or English, any case: "nato", "Vereinte Nationen", "IWF") to its code. */
export function resolveOrganisation(query: string): string | undefined {
  if (!lookup) {
    lookup = new Map();
    for (const o of ORGANISATION_RECORDS) {
      for (const name of [o.code, o.nameDe, o.nameEn, ...o.abbreviations, ...o.names]) {
        if (!lookup.has(fold(name))) lookup.set(fold(name), o.code);
      }
    }
    lookup.set(fold("Opec+"), "OPEC_PLUS");
  }
  return lookup.get(fold(query)) ?? lookup.get(fold(query.replace(/_/g, " ")));
}
