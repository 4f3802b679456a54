// npm run bench:corpus -- --articles N [--chunk 20000]
//
// Fills the PostgreSQL database named by DATABASE_URL (created if missing, migrated, vocabularies seeded) with N
// synthetic German articles and everything the ingest writer stores beside them: authors, mentions with their
// evidence, places, topics, persons with their mentions (role, evidence) and quotes with their speakers; then the
// derived tables (newsroom_rebuild_entity_sets(), article_entity_set.persons included). Set-based in SQL: one
// INSERT ... SELECT over generate_series per chunk of articles (bench/corpus/chunk.sql), two connections at a time,
// with the project's triggers off and the indexes and foreign keys of the filled tables dropped meanwhile and then
// recreated from their saved definitions, so the schema afterwards is the migrated one.
//
// The texts are assembled from small pieces (country sentences, topic sentences, person sentences, filler) whose
// evidence, triggers, word counts and slugs come from the project's own extractors (findCountryMentions,
// findPersons, findQuotes), classifier, countWords and slugify, so the rows are what ingesting these texts would
// store; the run ends by checking that on a sample (offsets, and every stored row against the extractors' output).
// Deterministic for a given N: every choice is a hash of (article number, salt). Refuses a database that already
// holds articles. `--vocabulary-only` builds and checks the pieces and prints the person pool, without a database.
//
// Distribution: ~200 countries, weight 1/(rank+3)^0.8 (US, CN, DE, FR, RU, UA, JP, GB, IL, IT first), 2-6 per
// article; 1-3 of 17 topics (politics most often); 1-3 of 5,000 authors (skewed); ~2 KB body; a capital in about a
// quarter of the articles; "Sicherheitspartnerschaft" in 1 of 2,000. Persons: a pool of 3,000, weight 1/(rank+2):
// 40 heads first (Olaf Scholz, Friedrich Merz, Emmanuel Macron, Donald Trump, Wladimir Putin, ... each with a role
// such as "Bundeskanzler" where one keeps the sentence free of country, place and topic words), then synthetic
// given name x surname pairs, about a third with a role ("Bürgermeisterin", "Landrat", ...); 0-4 per article
// (30 / 30 / 22 / 12 / 6 %), at most one per surname, 1-2 body sentences each (surname-only second mentions in
// one template, quotes with the person as speaker in two of eight). Persons appear in the body only, in place of
// as many filler sentences, so the body keeps its size; headlines and teasers are as before. At 1 M: Scholz in
// ~6 % of articles, Merz ~4.7 %, Macron ~3.8 %, both ~0.2 %. Country sentences the person extractor misreads as a person
// ("Zeitungen in Sierra Leone") are left out, so Sierra Leone is not in the country pool (Tajikistan is, at 200).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { openServerDatabase } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrate.js";
import { findCountryMentions, type TextField } from "../src/ingest/countries.js";
import { findOrganisationMentions } from "../src/ingest/organisations.js";
import { bylineSpans, findPersons } from "../src/ingest/persons.js";
import { findQuotes } from "../src/ingest/quotes.js";
import { CURATED } from "../src/ingest/country-forms.js";
import { capitalOf } from "../src/vocab/gazetteer.js";
import { countWords } from "../src/ingest/extract.js";
import { slugify } from "../src/ingest/slug.js";
import { seedVocabularies } from "../src/ingest/seed.js";
import { classifyTopics } from "../src/ingest/topics.js";
import { allCountries } from "../src/vocab/countries.js";
import { personKey } from "../src/vocab/person-names.js";

const CHUNK_SQL = readFileSync(new URL("./corpus/chunk.sql", import.meta.url), "utf8");

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------------------

/** Newsworthiness ranks 1..TOP.length; the other countries follow in code order, up to POOL_SIZE in all. */
const TOP = [
  "US",
  "CN",
  "DE",
  "FR",
  "RU",
  "UA",
  "JP",
  "GB",
  "IL",
  "IT",
  "IN",
  "TR",
  "IR",
  "PL",
  "KR",
  "ES",
  "BR",
  "KP",
  "AT",
  "CH",
  "NL",
  "SY",
  "TW",
  "SA",
  "EG",
  "CA",
  "AU",
  "AF",
  "IQ",
  "BE",
  "SE",
  "GR",
  "HU",
  "CZ",
  "MX",
  "ZA",
  "PK",
  "BY",
  "DK",
  "NO",
  "VN",
  "ID",
  "PH",
  "NG",
  "AR",
];
const POOL_SIZE = 200;
/** Headline names that differ from the country's German name. */
const HEADLINE_NAMES: Record<string, string> = { US: "USA", GB: "Großbritannien", AE: "VAE", CD: "DR Kongo" };
/** Dative forms ("aus der Türkei") where the bare name is wrong; otherwise "-ei" names take "der". */
const DATIVE: Record<string, string[]> = {
  US: ["den USA", "den Vereinigten Staaten"],
  GB: ["Großbritannien", "dem Vereinigten Königreich"],
  NL: ["den Niederlanden"],
  CH: ["der Schweiz"],
  UA: ["der Ukraine"],
  IR: ["dem Iran"],
  IQ: ["dem Irak"],
  LB: ["dem Libanon"],
  PH: ["den Philippinen"],
  AE: ["den VAE"],
  YE: ["dem Jemen"],
  SD: ["dem Sudan"],
  SS: ["dem Südsudan"],
  TD: ["dem Tschad"],
  NE: ["dem Niger"],
  SN: ["dem Senegal"],
  OM: ["dem Oman"],
  XK: ["dem Kosovo"],
  VA: ["der Vatikanstadt"],
  CF: ["der Zentralafrikanischen Republik"],
  DO: ["der Dominikanischen Republik"],
  CD: ["der DR Kongo"],
  MD: ["der Republik Moldau"],
  MV: ["den Malediven"],
  SC: ["den Seychellen"],
  KM: ["den Komoren"],
  BS: ["den Bahamas"],
  SB: ["den Salomonen"],
  MH: ["den Marshallinseln"],
};

// Body sentences about a country: {N} a dative name form, {A} an adjective stem, {D} a demonym, {H} the headline
// name in a compound. Each rendering is kept only if the extractor finds exactly that one mention in it.
const COUNTRY_TEMPLATES = [
  "Aus {N} kamen am Abend vorsichtig zuversichtliche Töne.",
  "Fachleute in {N} halten eine schnelle Einigung für unwahrscheinlich.",
  "Mit {N} bestehen seit Jahrzehnten enge Kontakte.",
  "Ein Sprecher der Botschaft von {N} lehnte eine Stellungnahme ab.",
  "In {N} wurde die Nachricht mit Erleichterung aufgenommen.",
  "Gegenüber {N} schlug die Delegation einen versöhnlichen Ton an.",
  "Zeitungen in {N} widmeten dem Thema ihre Titelseiten.",
  "Nach Informationen aus {N} ist ein weiteres Treffen bereits vereinbart.",
  "Auch in {N} gehen die Meinungen darüber auseinander.",
  "Von {N} wird nun ein nächster Schritt erwartet.",
  "Die {A}e Seite zeigte sich gesprächsbereit.",
  "Ein {A}er Unterhändler nannte die Gespräche konstruktiv.",
  "Aus {A}en Kreisen hieß es, man sei zuversichtlich.",
  "Der {A}e Botschafter wurde zu einem Gespräch gebeten.",
  "Mehrere {A}e Zeitungen widmeten dem Treffen lange Kommentare.",
  "Die {A}en Unterhändler wollen am Montag weiterverhandeln.",
  "Ein befragter {D} zeigte sich wenig überrascht.",
  "Ein älterer {D} meinte, man müsse abwarten.",
  "Ein {H}-Besuch im Frühjahr gilt als wahrscheinlich.",
];
/** {C}: the country's capital (the first city the project lists for it). */
const PLACE_TEMPLATES = [
  "In {C} trafen sich die Unterhändler zu einer weiteren Runde.",
  "Das Treffen in {C} dauerte bis in den späten Abend.",
  "Die nächste Runde ist in {C} geplant.",
];
/**
 * Headline: "{first} und {second} {phrase}{ending}". PHRASES x ENDINGS variants keep a day's headlines (and slugs,
 * cut at 80 characters) apart: see headlineNameLimit. Short phrases and endings that differ early leave room for
 * longer country names.
 */
const HEADLINE_PHRASES = [
  "loten neue Wege aus",
  "ringen um einen Kompromiss",
  "nähern sich weiter an",
  "halten am Fahrplan fest",
  "ziehen eine erste Bilanz",
  "bauen ihre Kontakte aus",
  "vertagen die Entscheidung",
  "prüfen weitere Schritte",
  "beraten über Energie",
  "schließen Vereinbarung",
  "bekräftigen ihren Kurs",
  "stellen einen Zeitplan vor",
  "reden über Grenzfragen",
  "planen neue Gespräche",
  "legen ihren Streit bei",
  "ziehen an einem Strang",
  "starten einen neuen Dialog",
  "wollen enger kooperieren",
  "tauschen Positionen aus",
  "bleiben im Gespräch",
  "geraten erneut aneinander",
  "suchen den Ausgleich",
  "kommen sich näher",
  "planen ein Folgetreffen",
];
const HEADLINE_ENDINGS = [
  "",
  " – Ergebnis offen",
  " nach zähen Verhandlungen",
  " trotz offener Fragen",
  " – Skepsis bleibt",
  " vor entscheidender Runde",
  " – erste Details bekannt",
  " unter Zeitdruck",
  " am Verhandlungstisch",
  " – Durchbruch möglich",
  " in kleiner Runde",
  " – Beobachter zurückhaltend",
];
/** {1}, {2}: dative forms of the first two countries. */
const TEASERS = [
  "Zwischen {1} und {2} laufen seit Tagen intensive Gespräche.",
  "Das Verhältnis zwischen {1} und {2} steht im Mittelpunkt neuer Beratungen.",
  "Aus {1} und {2} kommen neue Signale für eine Einigung.",
  "In {1} und {2} wird das Ergebnis der Beratungen mit Spannung erwartet.",
  "Zwischen {1} und {2} zeichnet sich eine Annäherung ab.",
  "Mit {1} und {2} suchen zwei wichtige Akteure einen gemeinsamen Weg.",
];
const SUBHEADINGS = [
  "Gespräche in kleiner Runde",
  "Erste Ergebnisse erwartet",
  "Noch viele offene Fragen",
  "Die Positionen im Überblick",
  "Ein Bericht aus den Hauptstädten",
  "Was bisher bekannt ist",
  "Hintergründe und Reaktionen",
  "Die wichtigsten Punkte",
];
/** Rarer sentences with their share of articles; the first is what the search benchmark looks for. */
const RARE: Array<[string, number]> = [
  ["Beide Seiten wollen ihre Sicherheitspartnerschaft in den kommenden Jahren ausbauen.", 1 / 2000],
  ["Ein Gutachten zur Wasserstoffstrategie liegt inzwischen vor.", 0.01],
  ["Offen blieb, wie es mit der Schuldenbremse weitergeht.", 0.01],
  ["Am Rande ging es auch um die Grenzkontrollen.", 0.01],
  ["Die Elektrifizierung der Bahnstrecke soll 2030 abgeschlossen sein.", 0.005],
  ["Die Rentenreform sorgt weiter für Streit.", 0.01],
  ["Neue Windparks sollen schneller genehmigt werden.", 0.005],
];
/** Filler: subject, verb, adverbial, object and, in half of them, a clause. */
const FILLER = {
  subjects: [
    "Die Verantwortlichen",
    "Zahlreiche Fachleute",
    "Die Befürworter",
    "Die Gegner",
    "Einige Anwohner",
    "Die Landkreise",
    "Mehrere Initiativen",
    "Die Planer",
    "Die Kammern",
    "Die Sachverständigen",
    "Die Aufsichtsbehörden",
    "Viele Betroffene",
    "Die Verbraucherschützer",
    "Die Organisatoren",
    "Die Prüfer",
    "Die Stadtwerke",
  ],
  verbs: [
    "verlangen",
    "begrüßen",
    "bemängeln",
    "erörtern",
    "befürworten",
    "bezweifeln",
    "hinterfragen",
    "unterstreichen",
    "erwarten",
    "vermissen",
    "fordern",
    "prüfen",
  ],
  adverbials: [
    "seit geraumer Zeit",
    "mit großem Nachdruck",
    "ausdrücklich",
    "nach wie vor",
    "im Verlauf des Jahres",
    "bereits jetzt",
    "vor allem",
    "ohne Umschweife",
    "zum wiederholten Male",
    "weiterhin",
    "noch vor der Sommerpause",
    "trotz gewisser Bedenken",
    "auf allen Ebenen",
    "im Grundsatz",
    "in aller Deutlichkeit",
    "schon länger",
  ],
  objects: [
    "eine zügige Klärung",
    "verbindliche Zusagen",
    "mehr Offenheit",
    "eine sichere Stromversorgung",
    "verlässliche Lieferwege",
    "den Ausbau der Verkehrswege",
    "eine schlankere Verwaltung",
    "eine unabhängige Prüfung",
    "eindeutige Zuständigkeiten",
    "die angekündigten Schritte",
    "ausreichende Mittel",
    "einen belastbaren Zeitplan",
    "eine engere Abstimmung der Ämter",
    "eine sachliche Debatte",
    "die Pläne der Kommission",
    "kürzere Genehmigungsfristen",
    "bessere Absprachen",
    "die Auswirkungen vor Ort",
    "einen wirksamen Datenschutz",
    "eine gerechte Verteilung der Lasten",
    "neue Förderrichtlinien",
    "die Instandsetzung der Straßen",
    "eine stabile Trinkwasserversorgung",
    "mehr bezahlbaren Wohnraum",
  ],
  clauses: [
    "weil die Zeit knapp wird",
    "da noch vieles ungeklärt ist",
    "obwohl die Ausgaben steigen",
    "damit die Vorhaben gelingen",
    "wie aus einer Mitteilung hervorgeht",
    "so die einhellige Meinung",
    "wie eine Sprecherin erklärte",
    "nachdem erste Zahlen vorliegen",
    "bevor weitere Entscheidungen fallen",
    "auch wenn nicht alle einverstanden sind",
  ],
};
const FILLER_POOL = 20_000;
/** Topic weight and sentences; each sentence must hold trigger words of its topic and of no other. */
const TOPICS: Record<string, [number, string[]]> = {
  "medtop:11000000": [
    28,
    [
      "Die Regierung will den Entwurf noch vor der Sommerpause ins Parlament einbringen.",
      "Die Opposition kritisierte den Kurs des Präsidenten scharf.",
      "Beim Gipfel wollen die Staats- und Regierungschefs über Sanktionen beraten.",
      "Die Koalition streitet über die künftige Außenpolitik.",
      "Nach der Wahl muss sich die Partei neu aufstellen.",
      "Der Minister warb für ein neues Abkommen.",
    ],
  ],
  "medtop:04000000": [
    16,
    [
      "Der Konzern meldete für das Quartal einen deutlichen Gewinn.",
      "An der Börse gaben die Kurse nach der Ankündigung nach.",
      "Die Zentralbank ließ die Zinsen unverändert.",
      "Der Export von Maschinen ist im Frühjahr gestiegen.",
      "Die Inflation dämpft die Kauflaune vieler Haushalte.",
      "Der Umsatz der heimischen Industrie ging leicht zurück.",
    ],
  ],
  "medtop:16000000": [
    12,
    [
      "Das Militär verlegt weitere Soldaten an die Grenze.",
      "Die Nato kündigte ein gemeinsames Manöver an.",
      "Nach dem Angriff wächst die Sorge vor einer Ausweitung des Konflikts.",
      "Die Ausgaben für Verteidigung sollen steigen.",
      "Beobachter hoffen auf eine Rückkehr zum Frieden.",
    ],
  ],
  "medtop:15000000": [
    8,
    [
      "Die Mannschaft gewann das Spiel in der Nachspielzeit.",
      "Der Trainer muss für das Finale auf zwei Stammkräfte verzichten.",
      "Im Pokal wartet nun ein schwerer Gegner.",
      "Die Sportlerin holte bei den Olympischen Spielen Silber.",
      "In der Liga bleibt der Abstand zur Spitze knapp.",
    ],
  ],
  "medtop:13000000": [
    6,
    [
      "Forscher entwickeln einen neuen Chip für sparsame Rechner.",
      "Die Forschung an Batterien erhält zusätzliche Mittel.",
      "Ein neuer Satellit soll die Erdbeobachtung verbessern.",
      "Die Wissenschaft setzt zunehmend auf offene Daten.",
      "Cyberangriffe auf Behörden haben deutlich zugenommen.",
    ],
  ],
  "medtop:06000000": [
    5,
    [
      "Umweltverbände fordern strengere Regeln für den Ausstoß von CO2.",
      "Die Emissionen des Verkehrs sind erneut gestiegen.",
      "Erneuerbare Energien decken inzwischen einen Großteil des Bedarfs.",
      "Der Naturschutz soll in dem Gebiet Vorrang erhalten.",
      "Das Klima in der Region wird zunehmend trockener.",
    ],
  ],
  "medtop:01000000": [
    5,
    [
      "Im Museum der Stadt eröffnet am Wochenende eine neue Ausstellung.",
      "Der Regisseur stellte seinen jüngsten Film vor ausverkauftem Haus vor.",
      "Das Festival zieht jedes Jahr Tausende Besucher an.",
      "Auf der Bühne des Theaters feierte ein neues Stück Premiere.",
      "Die Schriftstellerin las aus ihrem neuen Roman.",
    ],
  ],
  "medtop:02000000": [
    4,
    [
      "Das Gericht wies die Klage in zweiter Instanz ab.",
      "Die Polizei nahm nach der Razzia drei Verdächtige fest.",
      "Der Richter sprach den Angeklagten vom Vorwurf des Betrugs frei.",
      "Die Ermittlungen zu dem Diebstahl dauern noch an.",
      "Ein Urteil wird für Ende des Monats erwartet.",
    ],
  ],
  "medtop:07000000": [
    4,
    [
      "Das Krankenhaus sucht dringend Pflegekräfte.",
      "Ärztinnen und Ärzte warnen vor einer neuen Grippewelle.",
      "Eine neue Therapie soll Patienten schneller helfen.",
      "Die Kliniken in der Region sind stark ausgelastet.",
      "Das Gesundheitsamt empfiehlt eine Impfung im Herbst.",
    ],
  ],
  "medtop:14000000": [
    3,
    [
      "Die Armut unter Alleinerziehenden hat zugenommen.",
      "Kurse zur Integration sind vielerorts ausgebucht.",
      "Der demografische Wandel verändert die Dörfer.",
      "Flüchtlinge sollen schneller eine Arbeit finden können.",
      "Sozialverbände fordern mehr Hilfe für Familien.",
    ],
  ],
  "medtop:03000000": [
    2.5,
    [
      "Nach dem Erdbeben durchsuchen Rettungskräfte die Trümmer.",
      "Bei dem Unfall auf der Autobahn gab es mehrere Verletzte.",
      "Das Hochwasser hat zahlreiche Keller überflutet.",
      "Ein Brand zerstörte in der Nacht eine Lagerhalle.",
      "Die Behörden ließen nach der Explosion mehrere Häuser evakuieren.",
    ],
  ],
  "medtop:09000000": [
    2.5,
    [
      "Die Gewerkschaft ruft zu einem Warnstreik auf.",
      "Der Arbeitsmarkt zeigt sich erstaunlich robust.",
      "Die Tarifverhandlungen wurden ohne Ergebnis vertagt.",
      "Viele Beschäftigte fordern höhere Löhne.",
      "Der Mindestlohn steigt im kommenden Jahr.",
    ],
  ],
  "medtop:17000000": [
    2,
    [
      "Ein heftiges Unwetter brachte Starkregen und Hagel.",
      "Die Hitzewelle hält das Land weiter im Griff.",
      "In den Bergen fiel der erste Schnee.",
      "Nach Wochen der Dürre brachte der Regen Entlastung.",
      "Die Temperaturen sinken zum Wochenende deutlich.",
    ],
  ],
  "medtop:05000000": [
    1.5,
    [
      "An vielen Schulen fehlen weiterhin Lehrer.",
      "Die Universität richtet einen neuen Studiengang ein.",
      "Immer mehr Schüler entscheiden sich für eine Ausbildung.",
      "Der Unterricht soll künftig später beginnen.",
      "Studierende protestierten gegen steigende Mieten in der Nähe der Hochschule.",
    ],
  ],
  "medtop:12000000": [
    1,
    [
      "Die Kirche lädt zu einem ökumenischen Gottesdienst ein.",
      "Der Papst empfing eine Delegation aus mehreren Ländern.",
      "Der Bischof rief zu mehr Zusammenhalt auf.",
      "Die jüdische Gemeinde feiert ihr neues Gemeindezentrum.",
      "Vor der Moschee versammelten sich am Freitag zahlreiche Gläubige.",
    ],
  ],
  "medtop:10000000": [
    1,
    [
      "Der Tourismus an der Küste erholt sich langsam.",
      "Viele planen ihren Urlaub in diesem Jahr früher.",
      "Die Gastronomie klagt über fehlendes Personal.",
      "Ein neues Restaurant am Hafen setzt auf regionale Küche.",
      "Für viele ist das Wandern ein beliebtes Hobby.",
    ],
  ],
  "medtop:08000000": [
    1,
    [
      "Das Königshaus feierte ein seltenes Jubiläum.",
      "Ein kurioser Fund sorgte im Dorf für Gesprächsstoff.",
      "Im Zoo kamen mehrere Tierbabys zur Welt.",
      "Zahlreiche Prominente besuchten die Gala.",
      "Ein entlaufenes Tier hielt die Feuerwehr stundenlang in Atem.",
    ],
  ],
};
const FIRST_NAMES = [
  "Agnes",
  "Alina",
  "Amelie",
  "Annika",
  "Antonia",
  "Bettina",
  "Carla",
  "Charlotte",
  "Dana",
  "Dörte",
  "Elif",
  "Elisa",
  "Emilia",
  "Esther",
  "Fatma",
  "Friederike",
  "Gesa",
  "Hanna",
  "Helena",
  "Ida",
  "Ines",
  "Irina",
  "Jasmin",
  "Judith",
  "Karla",
  "Kerstin",
  "Lara",
  "Luisa",
  "Maja",
  "Margarete",
  "Merle",
  "Nadine",
  "Nora",
  "Pia",
  "Ricarda",
  "Ronja",
  "Silke",
  "Svenja",
  "Tanja",
  "Vera",
  "Adrian",
  "Ahmet",
  "Arne",
  "Benedikt",
  "Bernd",
  "Carsten",
  "Daniel",
  "Dennis",
  "Elias",
  "Erik",
  "Fabian",
  "Finn",
  "Frederik",
  "Georg",
  "Hannes",
  "Holger",
  "Ingo",
  "Jakob",
  "Jens",
  "Johannes",
  "Kai",
  "Konstantin",
  "Lars",
  "Linus",
  "Marcel",
  "Mats",
  "Nils",
  "Oliver",
  "Philipp",
  "Robert",
  "Rüdiger",
  "Timo",
];
const LAST_NAMES = [
  "Ahrens",
  "Albers",
  "Arnold",
  "Bach",
  "Bergmann",
  "Blum",
  "Böttcher",
  "Brandes",
  "Busch",
  "Claußen",
  "Dahm",
  "Dietz",
  "Dreher",
  "Eberle",
  "Eckert",
  "Engel",
  "Ernst",
  "Falk",
  "Feldmann",
  "Fink",
  "Franzen",
  "Frey",
  "Geiger",
  "Gerlach",
  "Götz",
  "Gruber",
  "Haase",
  "Hansen",
  "Heller",
  "Henning",
  "Herzog",
  "Hesse",
  "Hoppe",
  "Horn",
  "Jansen",
  "Jürgens",
  "Kern",
  "Kirchner",
  "Kluge",
  "Knoll",
  "Konrad",
  "Kramer",
  "Kuhlmann",
  "Lehnert",
  "Lindner",
  "Lutz",
  "Marx",
  "Menzel",
  "Michels",
  "Mohr",
  "Nagel",
  "Naumann",
  "Oswald",
  "Öztürk",
  "Paulsen",
  "Pohl",
  "Quast",
  "Rausch",
  "Reuter",
  "Ritter",
  "Sauer",
  "Schade",
  "Seifert",
  "Sommerfeld",
  "Stark",
  "Steffens",
  "Thiel",
  "Ulrich",
  "Vogler",
  "Voss",
  "Walther",
  "Weigel",
  "Wendt",
  "Wiese",
  "Witt",
  "Wolff",
  "Yilmaz",
  "Zander",
  "Lorenzen",
  "Brückner",
];
const AUTHORS = 5000;

// Persons. Heads: the names German agency copy gives most often, each with role candidates (the first that keeps
// the sentences free of country, place, organisation and topic words is used; none if none does). The tail:
// synthetic given name x surname pairs, a role for some. Ranks follow this order; weight 1/(rank+2).
const PERSON_HEADS: Array<[string, string[]]> = [
  ["Olaf Scholz", ["Bundeskanzler"]],
  ["Friedrich Merz", ["Unionsfraktionschef", "Oppositionsführer"]],
  ["Emmanuel Macron", ["Staatspräsident", "Staatschef", "Premier"]],
  ["Donald Trump", ["Präsident", "Republikaner"]],
  ["Wladimir Putin", ["Kremlchef", "Machthaber"]],
  ["Wolodymyr Selenskyj", ["Präsident", "Staatschef", "Machthaber"]],
  ["Annalena Baerbock", ["Außenministerin"]],
  ["Robert Habeck", ["Wirtschaftsminister", "Vizekanzler"]],
  ["Bärbel Bas", ["Arbeitsministerin"]],
  ["Ursula von der Leyen", ["Kommissionspräsidentin"]],
  ["Xi Jinping", ["Staatschef", "Präsident", "Machthaber"]],
  ["Joe Biden", ["Präsident", "Demokrat"]],
  ["Boris Pistorius", ["Verteidigungsminister"]],
  ["Nancy Faeser", ["Innenministerin"]],
  ["Karl Lauterbach", ["Gesundheitsminister"]],
  ["Markus Söder", ["Ministerpräsident"]],
  ["Frank-Walter Steinmeier", ["Bundespräsident"]],
  ["Angela Merkel", ["Altkanzlerin"]],
  ["Benjamin Netanjahu", ["Regierungschef", "Ministerpräsident", "Premier"]],
  ["Recep Tayyip Erdoğan", ["Präsident", "Staatschef", "Machthaber"]],
  ["Keir Starmer", ["Premierminister", "Premier"]],
  ["Giorgia Meloni", ["Ministerpräsidentin", "Regierungschefin", "Premierministerin"]],
  ["António Guterres", ["Generalsekretär"]],
  ["Kamala Harris", ["Vizepräsidentin", "Demokratin"]],
  ["Sahra Wagenknecht", ["Parteichefin"]],
  ["Alice Weidel", ["Fraktionschefin"]],
  ["Lars Klingbeil", ["Parteichef"]],
  ["Saskia Esken", ["Parteichefin"]],
  ["Hubertus Heil", ["Arbeitsminister"]],
  ["Svenja Schulze", ["Entwicklungsministerin"]],
  ["Cem Özdemir", ["Landwirtschaftsminister", "Agrarminister"]],
  ["Marco Buschmann", ["Justizminister"]],
  ["Volker Wissing", ["Verkehrsminister"]],
  ["Kai Wegner", ["Bürgermeister"]],
  ["Hendrik Wüst", ["Ministerpräsident"]],
  ["Julian Nagelsmann", ["Bundestrainer"]],
  ["Pedro Sánchez", ["Regierungschef", "Ministerpräsident", "Premier"]],
  ["Narendra Modi", ["Premierminister", "Regierungschef", "Premier"]],
  ["Mark Rutte", ["Generalsekretär"]],
  ["Rishi Sunak", ["Premierminister", "Premier"]],
];
const PERSON_GIVEN_F = [
  "Anna",
  "Sabine",
  "Claudia",
  "Julia",
  "Katrin",
  "Monika",
  "Petra",
  "Susanne",
  "Birgit",
  "Heike",
  "Stefanie",
  "Christina",
  "Miriam",
  "Lena",
  "Sophie",
  "Laura",
  "Sarah",
  "Ulrike",
  "Martina",
  "Gabriele",
  "Barbara",
  "Elke",
  "Jana",
  "Marie",
  "Leonie",
  "Franziska",
  "Melanie",
  "Nicole",
  "Sandra",
  "Yvonne",
  "Aylin",
  "Zeynep",
  "Natalia",
  "Olga",
  "Beate",
  "Dagmar",
  "Renate",
  "Ingrid",
  "Karin",
  "Johanna",
];
const PERSON_GIVEN_M = [
  "Thomas",
  "Michael",
  "Andreas",
  "Stefan",
  "Markus",
  "Frank",
  "Jürgen",
  "Klaus",
  "Wolfgang",
  "Peter",
  "Uwe",
  "Matthias",
  "Martin",
  "Tobias",
  "Sebastian",
  "Florian",
  "Alexander",
  "Jan",
  "Lukas",
  "Felix",
  "Maximilian",
  "Moritz",
  "Paul",
  "Simon",
  "Dirk",
  "Heiko",
  "Torsten",
  "Ralf",
  "Mehmet",
  "Mustafa",
  "Yusuf",
  "Sven",
  "Björn",
  "Henrik",
  "Ole",
  "Malte",
  "Till",
  "Gregor",
  "Hans",
  "Werner",
];
const PERSON_SURNAMES = [
  "Achterberg",
  "Baumgart",
  "Behrendt",
  "Brinkmann",
  "Dohmen",
  "Ehlers",
  "Fiedler",
  "Gebauer",
  "Hartung",
  "Hinrichs",
  "Jacobsen",
  "Kästner",
  "Kessler",
  "Klinger",
  "Köhler",
  "Kranz",
  "Lammert",
  "Matthiesen",
  "Mertens",
  "Niehoff",
  "Petersen",
  "Plötz",
  "Rademacher",
  "Reimann",
  "Rohde",
  "Sander",
  "Schmitz",
  "Stoll",
  "Tiedemann",
  "Vollmer",
  "Wehner",
  "Wiechmann",
  "Winkler",
  "Zeidler",
  "Zimmermann",
  "Hellwig",
  "Lohmann",
  "Siebert",
  "Thomsen",
  "Kowalski",
  "Nowak",
  "Demir",
  "Kaya",
  "Schuster",
  "Hofmann",
  "Dittrich",
  "Große",
  "Riedel",
];
/** Roles of tail persons: [feminine, masculine]; a person without one is named without a role. */
const PERSON_ROLES: Array<[string, string]> = [
  ["Bürgermeisterin", "Bürgermeister"],
  ["Landrätin", "Landrat"],
  ["Staatssekretärin", "Staatssekretär"],
  ["Abgeordnete", "Abgeordneter"],
  ["Sprecherin", "Sprecher"],
  ["Vorsitzende", "Vorsitzender"],
  ["Professorin", "Professor"],
  ["Trainerin", "Trainer"],
  ["Direktorin", "Direktor"],
];
const PERSONS = 3000;
/** Body sentences about a person: {RP} role and name (the name alone without role), {P} name, {S} surname, {Q} a quote. */
const PERSON_TEMPLATES = [
  "{RP} äußerte sich am Abend zurückhaltend.",
  "{RP} wollte sich dazu zunächst nicht äußern.",
  "Auch {RP} meldete sich am Mittag zu Wort.",
  "Am Nachmittag empfing {RP} mehrere Besucher.",
  "{P} hörte lange zu, dann ergriff {S} das Wort.",
  "Anschließend reiste {RP} weiter.",
  "„{Q}“, sagte {RP}.",
  "{P} betonte: „{Q}.“",
];
const QUOTES = [
  "Wir bleiben im Gespräch",
  "Das ist ein wichtiger Schritt",
  "Wir werden das sorgfältig prüfen",
  "Niemand sollte voreilige Schlüsse ziehen",
  "Die Lage ist ernst, aber nicht hoffnungslos",
  "Darüber reden wir zu gegebener Zeit",
  "Ich bin zuversichtlich",
  "Jetzt kommt es auf jeden Einzelnen an",
];

// ---------------------------------------------------------------------------------------------------------------
// Building the lookup tables, checked against the project's extractor and classifier
// ---------------------------------------------------------------------------------------------------------------

/** A sentence naming a country once: the name starts at `pos`, `text` is what the extractor reports. */
interface CountrySentence {
  sentence: string;
  pos: number;
  text: string;
  kind: string;
}

interface Country {
  rank: number;
  code: string;
  /** Headline name and its kind; dative form for the teaser, the name within it starting at tfOff. */
  hl: string;
  hlKind: string;
  tf: string;
  tfOff: number;
  tfText: string;
  tfKind: string;
  sentences: CountrySentence[];
  places: Array<{ sentence: string; pos: number; city: string; code: string; key: string }>;
}

interface Vocabulary {
  countries: Country[];
  /** Lower bounds of the cumulative weights (width_bucket thresholds), by rank / topic number / rare sentence. */
  countryBounds: number[];
  topicBounds: number[];
  rareBounds: number[];
  topics: Array<{ n: number; code: string; sentences: Array<{ sentence: string; hits: Map<string, number> }> }>;
  triggerRank: Map<string, number>;
  variants: Array<{ text: string; slug: string }>;
  fillers: string[];
  authors: Array<{ name: string; slug: string }>;
  persons: PersonEntry[];
  personBounds: number[];
}

/** Throws: for expressions (`x ?? fail(...)`) and checks. */
function fail(message: string): never {
  throw new Error(message);
}

/** 32-bit hash of (n, salt): the deterministic choices made here in TypeScript. */
function hash32(n: number, salt: number): number {
  let h = Math.imul(n ^ Math.imul(salt, 0x9e3779b1), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** True when no word of `text` is a topic trigger (every trigger word twice would make a topic). */
function triggerFree(text: string): boolean {
  return classifyTopics(`${text} ${text}`).length === 0;
}

/** True when the extractors find neither a country nor a place nor a person in `text` and it holds no trigger words. */
function neutral(text: string): boolean {
  const found = findCountryMentions(text);
  return found.mentions.length === 0 && found.places.length === 0 && triggerFree(text) && personFree(text);
}

/** True when the person extractor finds no one in `text` ("Zeitungen in Sierra Leone" names a person for it). */
function personFree(text: string): boolean {
  return personsOf("", "", text).persons.length === 0;
}

/**
 * Renders `template` with `form` in place of `slot` and returns the sentence if the extractor finds exactly one
 * mention of `code` in it, at the name (a leading "der "/"dem "/"den " is not part of it, a compound or adjective
 * ending is), besides `others` mentions of other countries, and no place and no trigger word.
 */
function renderCountry(
  template: string,
  slot: string,
  form: string,
  code: string,
  field: TextField = "BODY",
  others = 0,
) {
  const [pre, post] = template.split(slot) as [string, string];
  const det = /^(?:der|dem|den) /.exec(form)?.[0] ?? "";
  const sentence = pre + form + post;
  const pos = pre.length + det.length;
  const text = form.slice(det.length) + (/^[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/u.exec(post)?.[0] ?? "");
  const { mentions, places } = findCountryMentions(sentence, field);
  const own = mentions.filter((x) => x.code === code);
  const m = own[0];
  if (own.length !== 1 || mentions.length !== 1 + others || places.length > 0 || !m) return undefined;
  if (m.start !== pos || m.text !== text || m.sentence !== sentence.trim() || !triggerFree(sentence)) return undefined;
  if (!personFree(sentence)) return undefined;
  return { sentence, pos, text, kind: m.kind };
}

/** The dative form of a name: "-ei" names are feminine ("der Türkei"), the rest go without an article. */
function dativeForms(code: string, name: string): string[] {
  return DATIVE[code] ?? [name.endsWith("ei") ? `der ${name}` : name];
}

/**
 * A country's headline name, teaser form, body sentences and capital sentences, each kept only as the extractor
 * reads it; undefined if the country has no usable headline or teaser form or fewer than three body sentences.
 */
function buildCountry(code: string, nameDe: string, rank: number, nameLimit: number): Country | undefined {
  const hl = HEADLINE_NAMES[code] ?? nameDe;
  // Apostrophes ("Côte d’Ivoire") join words for countWords but not for classifyTopics: no single word count.
  if (slugify(hl).length > nameLimit || /['’]/.test(nameDe + hl)) return undefined;
  const partner = code === "JP" ? ["CN", "China"] : ["JP", "Japan"];
  const pairs = [`${hl} und ${partner[1]} ziehen Bilanz`, `${partner[1]} und ${hl} ziehen Bilanz`];
  const inHeadline = pairs.map((h, k) =>
    findCountryMentions(h, "HEADLINE").mentions.find(
      (m) => m.code === code && m.start === (k === 0 ? 0 : partner[1]!.length + 5) && m.text === hl,
    ),
  );
  if (!inHeadline[0] || !inHeadline[1] || !pairs.every(personFree)) return undefined;
  const partnerForm = dativeForms(partner[0]!, partner[1]!)[0]!;
  const tf = dativeForms(code, nameDe).find((form) =>
    TEASERS.every(
      (t) =>
        renderCountry(t.replace("{2}", partnerForm), "{1}", form, code, "TEASER", 1) &&
        renderCountry(t.replace("{1}", partnerForm), "{2}", form, code, "TEASER", 1),
    ),
  );
  if (!tf) return undefined;
  const teaser = renderCountry(TEASERS[0]!.replace("{2}", partnerForm), "{1}", tf, code, "TEASER", 1)!;
  const curated = CURATED.get(code);
  const forms: Record<string, string[]> = {
    "{N}": dativeForms(code, nameDe),
    "{A}": curated?.adjectives.slice(0, 1) ?? [],
    "{D}": curated?.demonyms.slice(0, 1) ?? [],
    "{H}": [hl],
  };
  const sentences = COUNTRY_TEMPLATES.flatMap((t) => {
    const slot = /\{[NADH]\}/.exec(t)![0];
    return forms[slot]!.flatMap((f) => renderCountry(t, slot, f, code) ?? []);
  });
  if (sentences.length < 3) return undefined;
  const capital = capitalOf(code)?.name;
  const places = !capital
    ? []
    : PLACE_TEMPLATES.flatMap((t) => {
        const sentence = t.replace("{C}", capital);
        const pos = t.indexOf("{C}");
        const found = findCountryMentions(sentence);
        const p = found.places[0];
        const ok = found.mentions.length === 0 && found.places.length === 1 && p?.start === pos && p.name === capital;
        return ok && triggerFree(sentence) && personFree(sentence)
          ? [{ sentence, pos, city: capital, code: p.code, key: p.key }]
          : [];
      });
  return {
    rank,
    code,
    hl,
    hlKind: inHeadline[0].kind,
    tf,
    tfOff: teaser.pos - TEASERS[0]!.indexOf("{1}"),
    tfText: teaser.text,
    tfKind: teaser.kind,
    sentences,
    places,
  };
}

/** Cumulative weights as width_bucket lower bounds: [0, w1, w1+w2, ...] / total, one per bucket. */
function lowerBounds(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => {
    const bound = sum / total;
    sum += w;
    return bound;
  });
}

/**
 * The longest slug a country's headline name may have so that no two headlines of one day share a slug. Articles
 * of a day differ in their variant (and, past 3,652 x variants articles, in a "Folge k: " prefix); their slugs
 * "{prefix}{first}-und-{second}-{variant}" are cut at 80 characters, so two names must leave room for the
 * shortest prefix of the variant slugs that still tells all of them apart.
 */
function headlineNameLimit(variantSlugs: string[], n: number): number {
  const cut = (w: number) => new Set(variantSlugs.map((s) => s.slice(0, w).replace(/-+$/, ""))).size;
  let distinct = 1;
  while (cut(distinct) < variantSlugs.length) distinct++;
  const rounds = Math.floor((n - 1) / 3652 / variantSlugs.length);
  const prefix = rounds > 0 ? `folge-${rounds + 1}-`.length : 0;
  return Math.floor((80 - prefix - "-und--".length - distinct) / 2);
}

/** A body sentence about one person: where the extractor finds the person in it, and the quote it holds. */
interface PersonSentence {
  sentence: string;
  mentions: Array<{ pos: number; end: number; text: string; role: string | null; evidence: string }>;
  quote: { start: number; end: number; text: string; evidence: string } | null;
}

interface PersonEntry {
  rank: number;
  /** Surname number: an article names at most one person of a surname, as the extractor never merges two. */
  sid: number;
  name: string;
  key: string;
  role: string | null;
  /** The country the role names (extractor), else null. */
  country: string | null;
  sentences: PersonSentence[];
}

/** Persons and quotes as extractArticle finds them in headline, teaser and body (byline skipped). */
function personsOf(headline: string, teaser: string, body: string) {
  const texts = [
    { field: "HEADLINE" as const, text: headline },
    { field: "TEASER" as const, text: teaser },
    { field: "BODY" as const, text: body },
  ];
  const found = texts.map((t) => findCountryMentions(t.text, t.field));
  const persons = findPersons(
    texts.map((t, k) => ({ ...t, countries: found[k]!.mentions, places: found[k]!.places })),
    [[], [], bylineSpans(body)],
  );
  return { persons, quotes: findQuotes(texts, persons) };
}

/**
 * Renders a person template and returns the sentence if the extractor finds exactly this person in it (with the
 * role where the template gives one, else none), the quote with this person as its speaker where the template
 * holds one, and no country, place, organisation or topic trigger.
 */
function renderPerson(
  template: string,
  p: { name: string; key: string; role: string | null },
  quote: string,
): (PersonSentence & { country: string | null }) | undefined {
  const surname = p.name.split(" ").at(-1)!;
  const withRole = template.includes("{RP}") && p.role !== null;
  const sentence = template
    .replace("{RP}", withRole ? `${p.role} ${p.name}` : p.name)
    .replace("{P}", p.name)
    .replace("{S}", surname)
    .replace("{Q}", quote);
  const places = findCountryMentions(sentence);
  if (places.mentions.length > 0 || places.places.length > 0 || !triggerFree(sentence)) return undefined;
  if (findOrganisationMentions(sentence).length > 0) return undefined;
  const { persons, quotes } = personsOf("", "", sentence);
  const found = persons[0];
  if (persons.length !== 1 || found?.key !== p.key || found.name !== p.name) return undefined;
  if (found.mentions.some((m, k) => m.role !== (withRole && k === 0 ? p.role : null))) return undefined;
  const q = quotes[0];
  if (quotes.length !== (template.includes("{Q}") ? 1 : 0)) return undefined;
  if (q && (q.speaker?.key !== p.key || q.text !== /„(.*)“/.exec(sentence)?.[1])) return undefined;
  return {
    sentence,
    country: found.country,
    mentions: found.mentions.map((m) => ({
      pos: m.start,
      end: m.end,
      text: m.text,
      role: m.role,
      evidence: m.sentence,
    })),
    quote: q ? { start: q.start, end: q.end, text: q.text, evidence: q.sentence } : null,
  };
}

/**
 * The person pool: the heads in their order, then PERSONS - heads synthetic persons (given name x surname in hash
 * order, half of them with a role); each with every template the extractor reads as intended, at least three.
 */
function buildPersons(): PersonEntry[] {
  const entries: PersonEntry[] = [];
  const add = (name: string, sid: number, roles: Array<string | null>) => {
    const key = personKey(name);
    const rank = entries.length + 1;
    const quoteFor = (t: number) => QUOTES[hash32(rank * 8 + t, 33) % QUOTES.length]!;
    for (const role of roles) {
      if (!renderPerson(PERSON_TEMPLATES[0]!, { name, key, role }, quoteFor(0))) continue;
      const rendered = PERSON_TEMPLATES.flatMap((t, k) => renderPerson(t, { name, key, role }, quoteFor(k)) ?? []);
      if (rendered.length < 3) continue;
      const country = rendered.find((r) => r.country)?.country ?? null;
      entries.push({ rank, sid, name, key, role, country, sentences: rendered.map(({ country: _, ...s }) => s) });
      return true;
    }
    return false;
  };
  PERSON_HEADS.forEach(([name, roles], k) => {
    if (!add(name, 1000 + k, [...roles, null])) fail(`person "${name}": no sentence the extractor reads as intended`);
  });
  const tail = [...PERSON_GIVEN_F.map((g) => [g, 0] as const), ...PERSON_GIVEN_M.map((g) => [g, 1] as const)]
    .flatMap(([given, male]) => PERSON_SURNAMES.map((surname, sid) => ({ name: `${given} ${surname}`, male, sid })))
    .map((x, k) => ({ ...x, order: hash32(k, 30), role: hash32(k, 32) % (2 * PERSON_ROLES.length) }))
    .sort((a, b) => a.order - b.order);
  for (const t of tail) {
    if (entries.length === PERSONS) break;
    const role = t.role < PERSON_ROLES.length ? PERSON_ROLES[t.role]![t.male] : null;
    add(t.name, t.sid, [role, null]);
  }
  if (entries.length < PERSONS) fail(`only ${entries.length} persons the extractor reads as intended`);
  if (new Set(entries.map((e) => e.key)).size !== entries.length) fail("two persons share a key");
  return entries;
}

/**
 * Builds and checks every piece the chunks assemble for n articles; throws naming the first piece the project
 * reads otherwise.
 */
function buildVocabulary(n: number): Vocabulary {
  const variants = HEADLINE_PHRASES.flatMap((p) => HEADLINE_ENDINGS.map((e) => p + e)).map((text) => {
    if (!neutral(text)) fail(`headline variant "${text}" names a country or holds a topic trigger`);
    return { text, slug: slugify(text) };
  });
  const nameLimit = headlineNameLimit(
    variants.map((v) => v.slug),
    n,
  );
  const names = new Map(allCountries().map((c) => [c.code, c.nameDe]));
  const order = [...TOP, ...[...names.keys()].filter((c) => !TOP.includes(c))];
  const countries: Country[] = [];
  for (const code of order) {
    if (countries.length === POOL_SIZE) break;
    const name = names.get(code) ?? fail(`unknown country ${code}`);
    const country = buildCountry(code, name, countries.length + 1, nameLimit);
    if (country) countries.push(country);
    else if (TOP.includes(code)) fail(`${code}: no headline, teaser or body sentence the extractor reads as it`);
  }

  const wordRe = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu; // classifyTopics' notion of a word
  const topics = Object.entries(TOPICS).map(([code, [, sentences]], k) => ({
    n: k + 1,
    code,
    sentences: sentences.map((sentence) => {
      const found = classifyTopics(`${sentence} ${sentence}`);
      const own = found[0];
      if (found.length !== 1 || own?.code !== code || findCountryMentions(sentence).mentions.length > 0) {
        fail(`topic sentence "${sentence}" is classified as ${found.map((t) => t.code).join(", ") || "nothing"}`);
      }
      const hits = new Map<string, number>();
      for (const word of sentence.toLowerCase().match(wordRe) ?? []) {
        if (own.triggers.includes(word)) hits.set(word, (hits.get(word) ?? 0) + 1);
      }
      return { sentence, hits };
    }),
  }));
  const triggers = [...new Set(topics.flatMap((t) => t.sentences.flatMap((s) => [...s.hits.keys()])))];
  const triggerRank = new Map(triggers.sort((a, b) => a.localeCompare(b)).map((w, r) => [w, r]));

  for (const text of [...TEASERS.map((t) => t.replace(/\{[12]\}/g, "")), ...SUBHEADINGS, ...RARE.map(([s]) => s)]) {
    if (!neutral(text)) fail(`"${text}" names a country or holds a topic trigger`);
  }
  const pick = (list: string[], n: number, salt: number) => list[hash32(n, salt) % list.length]!;
  const fillers = Array.from({ length: FILLER_POOL }, (_, n) => {
    const clause = hash32(n, 5) % 2 === 0 ? `, ${pick(FILLER.clauses, n, 6)}` : "";
    return (
      `${pick(FILLER.subjects, n, 1)} ${pick(FILLER.verbs, n, 2)} ${pick(FILLER.adverbials, n, 3)} ` +
      `${pick(FILLER.objects, n, 4)}${clause}.`
    );
  });
  for (const list of Object.values(FILLER)) for (const piece of list) if (!neutral(piece)) fail(`filler "${piece}"`);

  const authorNames = FIRST_NAMES.flatMap((f) => LAST_NAMES.map((l) => `${f} ${l}`))
    .map((name, n) => ({ name, key: hash32(n, 7) }))
    .sort((a, b) => a.key - b.key)
    .slice(0, AUTHORS)
    .map(({ name }) => ({ name, slug: slugify(name) }));
  if (new Set(authorNames.map((a) => a.slug)).size !== AUTHORS) fail("two author names share a slug");

  const persons = buildPersons();
  const all = [
    ...persons.flatMap((p) => p.sentences.map((s) => s.sentence)),
    ...countries.flatMap((c) => [c.hl, c.tf, ...c.sentences.map((s) => s.sentence)]),
    ...fillers,
    ...variants.map((v) => v.text),
    ...TEASERS,
    ...SUBHEADINGS,
    ...topics.flatMap((t) => t.sentences.map((s) => s.sentence)),
  ];
  // Offsets are UTF-16 code units; without astral characters they equal PostgreSQL's character positions.
  const astral = all.find((s) => [...s].length !== s.length);
  if (astral !== undefined) fail(`"${astral}" holds a character outside the BMP`);
  const apostrophe = all.find((s) => /['’]/.test(s));
  if (apostrophe !== undefined) fail(`"${apostrophe}" holds an apostrophe: countWords and classifyTopics differ there`);

  return {
    countries,
    countryBounds: lowerBounds(countries.map((c) => 1 / (c.rank + 3) ** 0.8)),
    topicBounds: lowerBounds(Object.values(TOPICS).map(([w]) => w)),
    rareBounds: lowerBounds([1 - RARE.reduce((a, [, p]) => a + p, 0), ...RARE.map(([, p]) => p)]),
    topics,
    triggerRank,
    variants,
    fillers,
    authors: authorNames,
    persons,
    personBounds: lowerBounds(persons.map((p) => 1 / (p.rank + 2))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------------------------------------------

/** Tables the load fills (with the derived ones the rebuild fills): their indexes and keys are dropped meanwhile. */
const FILLED = [
  "article",
  "article_author",
  "mention",
  "mention_occurrence",
  "place_mention",
  "article_topic",
  "person",
  "person_mention",
  "quote",
];
const DERIVED = ["article_entity_set", "country_pair_count"];

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The same server URL with another database. */
function urlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Creates the database if the server does not have it yet (from the server's `postgres` database). */
async function ensureDatabase(url: string): Promise<string> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) fail("DATABASE_URL names no database");
  const admin = await connect(urlFor(url, "postgres"));
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount === 0) {
      await admin.query(`CREATE DATABASE ${quote(name)}`);
      log(`created database ${name}`);
    }
  } finally {
    await admin.end();
  }
  return name;
}

/** Session settings of the loading connections: triggers and FK checks off, no waiting for WAL flushes. */
const SESSION = `SET session_replication_role = replica; SET synchronous_commit = off; SET jit = off;
  SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'; SET max_parallel_workers_per_gather = 0;
  SET max_parallel_maintenance_workers = 0; SET TimeZone = 'UTC'`;

/** Writes the lookup tables of schema corpus_gen that bench/corpus/chunk.sql assembles articles from. */
async function loadVocabulary(db: pg.Client, v: Vocabulary): Promise<void> {
  const rows = <T>(list: T[], ...columns: Array<(x: T, k: number) => unknown>) => columns.map((f) => list.map(f));
  await db.query(`CREATE SCHEMA corpus_gen;
    -- uniform in [0, 1) from (key, salt)
    CREATE FUNCTION corpus_gen.u(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT (hashint8extended(k, salt) & 9007199254740991)::float8 / 9007199254740992.0 $$`);
  const cs = v.countries;
  await db.query(
    `CREATE TABLE corpus_gen.country AS SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[],
      $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::int[], $11::int[])
      AS t(rank, code, hl, hl_kind, hl_slug, tf, tf_off, tf_text, tf_kind, nv, np)`,
    rows(
      cs,
      (c) => c.rank,
      (c) => c.code,
      (c) => c.hl,
      (c) => c.hlKind,
      (c) => slugify(c.hl),
      (c) => c.tf,
      (c) => c.tfOff,
      (c) => c.tfText,
      (c) => c.tfKind,
      (c) => c.sentences.length,
      (c) => c.places.length,
    ),
  );
  const sentences = cs.flatMap((c) => c.sentences.map((s, k) => ({ ...s, rank: c.rank, k })));
  await db.query(
    `CREATE TABLE corpus_gen.csent AS SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[],
      $5::text[], $6::text[]) AS t(rank, v, sentence, pos, form, kind)`,
    rows(
      sentences,
      (s) => s.rank,
      (s) => s.k,
      (s) => s.sentence,
      (s) => s.pos,
      (s) => s.text,
      (s) => s.kind,
    ),
  );
  const places = cs.flatMap((c) => c.places.map((p, k) => ({ ...p, rank: c.rank, k })));
  await db.query(
    `CREATE TABLE corpus_gen.place AS SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[],
      $5::text[], $6::text[], $7::text[]) AS t(rank, v, sentence, pos, city, code, key)`,
    rows(
      places,
      (p) => p.rank,
      (p) => p.k,
      (p) => p.sentence,
      (p) => p.pos,
      (p) => p.city,
      (p) => p.code,
      (p) => p.key,
    ),
  );
  await db.query(
    `CREATE TABLE corpus_gen.hvariant AS SELECT v - 1 AS v, text, slug FROM unnest($1::text[], $2::text[])
      WITH ORDINALITY AS t(text, slug, v)`,
    rows(
      v.variants,
      (x) => x.text,
      (x) => x.slug,
    ),
  );
  await db.query(
    `CREATE TABLE corpus_gen.teaser AS SELECT t, split_part(s, '{1}', 1) AS pre,
      split_part(split_part(s, '{1}', 2), '{2}', 1) AS mid, split_part(s, '{2}', 2) AS post, wc
      FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS x(s, wc, t)`,
    [TEASERS, TEASERS.map((t) => countWords(t.replace(/\{[12]\}/g, " ")))],
  );
  await db.query(
    `CREATE TABLE corpus_gen.sub AS SELECT s, text FROM unnest($1::text[]) WITH ORDINALITY AS x(text, s)`,
    [SUBHEADINGS],
  );
  await db.query(
    `CREATE TABLE corpus_gen.rare AS SELECT j, sentence
      FROM unnest($1::text[]) WITH ORDINALITY AS x(sentence, j)`,
    [RARE.map(([s]) => s)],
  );
  await db.query(
    `CREATE TABLE corpus_gen.filler AS SELECT id - 1 AS id, sentence
      FROM unnest($1::text[]) WITH ORDINALITY AS x(sentence, id)`,
    [v.fillers],
  );
  await db.query(
    `CREATE TABLE corpus_gen.topic AS SELECT *
      FROM unnest($1::int[], $2::text[], $3::int[]) AS t(n, code, nsent)`,
    rows(
      v.topics,
      (t) => t.n,
      (t) => t.code,
      (t) => t.sentences.length,
    ),
  );
  const tsent = v.topics.flatMap((t) => t.sentences.map((s, j) => ({ n: t.n, j, ...s })));
  await db.query(
    `CREATE TABLE corpus_gen.tsent AS SELECT *
      FROM unnest($1::int[], $2::int[], $3::text[]) AS t(n, j, sentence)`,
    rows(
      tsent,
      (s) => s.n,
      (s) => s.j,
      (s) => s.sentence,
    ),
  );
  const words = tsent.flatMap((s) => [...s.hits].map(([word, cnt]) => ({ n: s.n, j: s.j, word, cnt })));
  await db.query(
    `CREATE TABLE corpus_gen.tword AS SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[],
      $5::int[]) AS t(n, j, word, cnt, wrank)`,
    rows(
      words,
      (w) => w.n,
      (w) => w.j,
      (w) => w.word,
      (w) => w.cnt,
      (w) => v.triggerRank.get(w.word),
    ),
  );
  const ps = v.persons;
  await db.query(
    `CREATE TABLE corpus_gen.person AS SELECT rank, sid, md5('person.' || rank)::uuid AS id, key, name, country, nv
      FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[])
      AS t(rank, sid, key, name, country, nv)`,
    rows(
      ps,
      (p) => p.rank,
      (p) => p.sid,
      (p) => p.key,
      (p) => p.name,
      (p) => p.country,
      (p) => p.sentences.length,
    ),
  );
  const psent = ps.flatMap((p) => p.sentences.map((x, k) => ({ ...x, rank: p.rank, k })));
  await db.query(
    `CREATE TABLE corpus_gen.psent AS SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::int[],
      $6::text[], $7::text[]) AS t(rank, v, sentence, q_start, q_end, q_text, q_sentence)`,
    rows(
      psent,
      (x) => x.rank,
      (x) => x.k,
      (x) => x.sentence,
      (x) => x.quote?.start ?? null,
      (x) => x.quote?.end ?? null,
      (x) => x.quote?.text ?? null,
      (x) => x.quote?.evidence ?? null,
    ),
  );
  const country = new Map(ps.map((p) => [p.rank, p.country]));
  const pmen = psent.flatMap((x) => x.mentions.map((m, j) => ({ ...m, rank: x.rank, v: x.k, j })));
  await db.query(
    `CREATE TABLE corpus_gen.pmen AS SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[],
      $6::text[], $7::text[], $8::text[], $9::text[]) AS t(rank, v, j, pos, "end", text, role, country, sentence)`,
    rows(
      pmen,
      (m) => m.rank,
      (m) => m.v,
      (m) => m.j,
      (m) => m.pos,
      (m) => m.end,
      (m) => m.text,
      (m) => m.role,
      // as the writer stores it: the article's country of the person where this mention gives a role
      (m) => (m.role ? country.get(m.rank) : null),
      (m) => m.evidence,
    ),
  );
  // Lengths and word counts of every piece (countWords: the project's word_count; pieces never share a word).
  const measured: Array<[string, string]> = [
    ["country", "hl"],
    ["country", "tf"],
    ["csent", "sentence"],
    ["place", "sentence"],
    ["hvariant", "text"],
    ["sub", "text"],
    ["rare", "sentence"],
    ["filler", "sentence"],
    ["tsent", "sentence"],
    ["psent", "sentence"],
  ];
  for (const [table, column] of measured) {
    const prefix = column === "sentence" || column === "text" ? "" : `${column}_`;
    const { rows: texts } = await db.query<{ t: string }>(`SELECT DISTINCT ${column} AS t FROM corpus_gen.${table}`);
    await db.query(`ALTER TABLE corpus_gen.${table} ADD COLUMN ${prefix}len int, ADD COLUMN ${prefix}wc int`);
    await db.query(
      `UPDATE corpus_gen.${table} x SET ${prefix}len = length(x.${column}), ${prefix}wc = w.wc
      FROM unnest($1::text[], $2::int[]) AS w(t, wc) WHERE w.t = x.${column}`,
      [texts.map((r) => r.t), texts.map((r) => countWords(r.t))],
    );
  }
  await db.query(
    `INSERT INTO author (id, name, slug)
      SELECT md5('author.' || k)::uuid, name, slug
      FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS a(name, slug, k)
      ON CONFLICT (slug) DO NOTHING`,
    rows(
      v.authors,
      (a) => a.name,
      (a) => a.slug,
    ),
  );
  await db.query(
    `CREATE TABLE corpus_gen.author AS SELECT (k - 1)::int AS idx, au.id
      FROM unnest($1::text[]) WITH ORDINALITY AS a(slug, k) JOIN author au ON au.slug = a.slug`,
    [v.authors.map((a) => a.slug)],
  );
  await db.query(`ALTER TABLE corpus_gen.country ADD PRIMARY KEY (rank);
    ALTER TABLE corpus_gen.csent ADD PRIMARY KEY (rank, v); ALTER TABLE corpus_gen.filler ADD PRIMARY KEY (id);
    ALTER TABLE corpus_gen.person ADD PRIMARY KEY (rank); ALTER TABLE corpus_gen.psent ADD PRIMARY KEY (rank, v);
    ANALYZE corpus_gen.country, corpus_gen.csent, corpus_gen.place, corpus_gen.hvariant, corpus_gen.teaser,
    corpus_gen.sub, corpus_gen.rare, corpus_gen.filler, corpus_gen.topic,
    corpus_gen.tsent, corpus_gen.tword, corpus_gen.author, corpus_gen.person, corpus_gen.psent, corpus_gen.pmen`);
}

interface SavedDdl {
  name: string;
  tbl: string;
  kind: "index" | "fk";
  def: string;
  /** For the index of a primary key or unique constraint: the statement that makes it the constraint again. */
  attach: string | null;
}

/**
 * Saves the definitions of the indexes, primary keys, unique constraints and foreign keys of the filled and derived
 * tables (and of foreign keys pointing at them) in corpus_gen.ddl, then drops them.
 */
async function dropIndexes(db: pg.Client): Promise<SavedDdl[]> {
  const tables = [...FILLED, ...DERIVED];
  const { rows: saved } = await db.query<SavedDdl>(
    `
    SELECT c.conname AS name, c.conrelid::regclass::text AS tbl, 'fk' AS kind,
      format('ALTER TABLE %s ADD CONSTRAINT %I %s NOT VALID', c.conrelid::regclass, c.conname,
        pg_get_constraintdef(c.oid)) AS def, NULL AS attach
    FROM pg_constraint c
    WHERE c.contype = 'f' AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[]))
    UNION ALL
    SELECT i.indexrelid::regclass::text, i.indrelid::regclass::text, 'index', pg_get_indexdef(i.indexrelid),
      CASE WHEN c.oid IS NOT NULL THEN format('ALTER TABLE %s ADD CONSTRAINT %I %s USING INDEX %I',
        c.conrelid::regclass, c.conname, CASE c.contype WHEN 'p' THEN 'PRIMARY KEY' ELSE 'UNIQUE' END, c.conname) END
    FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.contype IN ('p', 'u')
    WHERE i.indrelid = ANY($1::regclass[])`,
    [tables],
  );
  await db.query("CREATE TABLE corpus_gen.ddl (name text, tbl text, kind text, def text, attach text)");
  await db.query("INSERT INTO corpus_gen.ddl SELECT * FROM json_populate_recordset(NULL::corpus_gen.ddl, $1)", [
    JSON.stringify(saved),
  ]);
  for (const d of saved.filter((r) => r.kind === "fk" || r.attach)) {
    await db.query(`ALTER TABLE ${d.tbl} DROP CONSTRAINT ${quote(d.name)}`);
  }
  for (const d of saved.filter((r) => r.kind === "index" && !r.attach)) await db.query(`DROP INDEX ${d.name}`);
  return saved;
}

/** Runs the tasks on the connections, each connection taking the next task when it is free. */
async function runAll(conns: pg.Client[], tasks: Array<{ label: string; sql: string[] }>): Promise<void> {
  let next = 0;
  await Promise.all(
    conns.map(async (db) => {
      for (let task = tasks[next++]; task; task = tasks[next++]) {
        const t0 = performance.now();
        for (const sql of task.sql) await db.query(sql);
        log(`  ${task.label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      }
    }),
  );
}

/** Generates articles 0..n-1 in chunks, two at a time. */
async function loadChunks(conns: pg.Client[], v: Vocabulary, n: number, chunk: number): Promise<void> {
  const total = Math.ceil(n / chunk);
  const params = [
    v.countryBounds,
    v.topicBounds,
    v.rareBounds,
    v.variants.length,
    v.fillers.length,
    TEASERS.length,
    SUBHEADINGS.length,
    v.personBounds,
  ];
  let next = 0;
  let done = 0;
  await Promise.all(
    conns.map(async (db) => {
      for (let k = next++; k < total; k = next++) {
        const lo = k * chunk;
        const hi = Math.min(n, lo + chunk);
        const {
          rows: [result],
        } = await db.query<{ articles: number }>(CHUNK_SQL, [lo, hi, ...params]);
        if (result?.articles !== hi - lo)
          fail(`chunk ${k + 1} wrote ${result?.articles} articles instead of ${hi - lo}`);
        log(`chunk ${++done}/${total} (articles ${lo}..${hi - 1})`);
      }
    }),
  );
}

/** Rebuilds the indexes (and the derived tables meanwhile), the derived tables' indexes, the foreign keys. */
async function rebuild(conns: pg.Client[], saved: SavedDdl[]): Promise<void> {
  const sizes = new Map(
    (
      await conns[0]!.query<{ tbl: string; size: string }>(
        "SELECT relname AS tbl, pg_total_relation_size(oid) AS size FROM pg_class WHERE relname = ANY($1)",
        [FILLED],
      )
    ).rows.map((r) => [r.tbl, Number(r.size)]),
  );
  const cost = (d: SavedDdl) => (sizes.get(d.tbl) ?? 0) * (/USING gin/i.test(d.def) ? 8 : 1);
  const indexTask = (d: SavedDdl) => ({ label: d.name, sql: d.attach ? [d.def, d.attach] : [d.def] });
  const [first, ...rest] = saved
    .filter((d) => d.kind === "index" && FILLED.includes(d.tbl))
    .sort((a, b) => cost(b) - cost(a))
    .map(indexTask);
  log("indexes of the filled tables; the derived tables (newsroom_rebuild_entity_sets())");
  const entitySets = { label: "newsroom_rebuild_entity_sets()", sql: ["SELECT newsroom_rebuild_entity_sets()"] };
  await runAll(conns, [first!, entitySets, ...rest]);
  log("indexes of the derived tables");
  await runAll(conns, saved.filter((d) => d.kind === "index" && DERIVED.includes(d.tbl)).map(indexTask));
  log("foreign keys");
  await runAll(
    conns,
    saved
      .filter((d) => d.kind === "fk")
      .map((d) => ({ label: d.name, sql: [d.def, `ALTER TABLE ${d.tbl} VALIDATE CONSTRAINT ${quote(d.name)}`] })),
  );
  const missing = await conns[0]!.query(`SELECT name FROM corpus_gen.ddl d WHERE NOT EXISTS (SELECT 1 FROM pg_class
    WHERE oid = to_regclass(d.name)) AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = d.name)`);
  if (missing.rowCount) fail(`not recreated: ${missing.rows.map((r) => r.name).join(", ")}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Checks and summary
// ---------------------------------------------------------------------------------------------------------------

interface SampleArticle {
  id: string;
  slug: string;
  headline: string;
  subheadline: string | null;
  teaser: string;
  body: string;
  day: string;
  word_count: number;
  occurrences: string[];
  places: string[];
  topics: string[];
  persons: string[];
  quotes: string[];
  counts_ok: boolean;
}

/** Person mentions and quotes as findPersons and findQuotes derive them, in the form the sample query reads them. */
function personsAndQuotes(a: SampleArticle): { persons: string[]; quotes: string[] } {
  const { persons, quotes } = personsOf(a.headline, a.teaser, a.body);
  return {
    persons: persons
      .flatMap((p) =>
        p.mentions.map((m) =>
          [
            p.key,
            p.name,
            m.field,
            m.start,
            m.end,
            m.text,
            m.sentence,
            m.role ?? "",
            m.role ? (p.country ?? "") : "",
          ].join("|"),
        ),
      )
      .sort(),
    quotes: quotes.map((q) => [q.speaker?.key ?? "", q.text, q.field, q.start, q.end, q.sentence].join("|")).sort(),
  };
}

/**
 * Compares a sample of articles with what the project's ingest would derive from their text: evidence rows
 * (extractor), places, topics with relevance and triggers (classifier), word count and slug. Returns the first
 * difference found, or undefined.
 */
function compareWithExtractor(a: SampleArticle): string | undefined {
  const fields: Array<[TextField, string]> = [
    ["HEADLINE", a.headline],
    ["TEASER", a.teaser],
    ["BODY", a.body],
  ];
  const found = fields.map(([field, text]) => findCountryMentions(text, field));
  const expect = {
    occurrences: found
      .flatMap((f) => f.mentions.map((m) => [m.code, m.field, m.start, m.end, m.text, m.sentence, m.kind].join("|")))
      .sort(),
    places: found.flatMap((f) => f.places.map((p) => [p.name, p.code, p.field, p.start, p.end].join("|"))).sort(),
    topics: classifyTopics([a.headline, a.subheadline ?? "", a.teaser, a.body].join("\n\n"))
      .map((t) => [t.code, t.relevance, t.triggers.join(",")].join("|"))
      .sort(),
    ...personsAndQuotes(a),
  };
  for (const key of ["occurrences", "places", "topics", "persons", "quotes"] as const) {
    const stored = [...a[key]].sort().join("\n");
    if (stored !== expect[key].join("\n")) return `${key}: stored\n${stored}\nextractor\n${expect[key].join("\n")}`;
  }
  if (!a.counts_ok) return "a mention's count differs from its number of evidence rows";
  if (countWords(a.body) !== a.word_count) return `word_count ${a.word_count}, countWords ${countWords(a.body)}`;
  if (a.slug !== `${a.day}-${slugify(a.headline)}`) return `slug ${a.slug}`;
  return undefined;
}

/** Prints the checks and the summary line; returns false if a check failed. */
async function report(db: pg.Client, n: number): Promise<boolean> {
  const tables = [
    "article",
    "author",
    "article_author",
    "mention",
    "mention_occurrence",
    "place_mention",
    "article_topic",
    "article_entity_set",
    "country_pair_count",
    "country",
    "topic",
    "person",
    "person_mention",
    "quote",
  ];
  const {
    rows: [counts],
  } = await db.query<Record<string, string>>(
    `SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(", ")}`,
  );
  const {
    rows: [share],
  } = await db.query<{ us: number; jp: number; both: number; search: number }>(`
    SELECT 100.0 * count(*) FILTER (WHERE countries @> '{US}') / count(*) AS us,
      100.0 * count(*) FILTER (WHERE countries @> '{JP}') / count(*) AS jp,
      100.0 * count(*) FILTER (WHERE countries @> '{JP,US}') / count(*) AS both,
      (SELECT count(*) FROM article WHERE search_vector @@ websearch_to_tsquery('german', 'Sicherheitspartnerschaft'))
        AS search
    FROM article_entity_set`);
  const { rows: top } = await db.query<{ name: string; pct: number }>(
    `
    SELECT p.name, 100.0 * (SELECT count(*) FROM article_entity_set s WHERE s.persons @> ARRAY[p.id]) /
      (SELECT count(*) FROM article) AS pct
    FROM person p WHERE p.key = ANY($1) ORDER BY pct DESC`,
    [["olaf scholz", "friedrich merz", "emmanuel macron"]],
  );
  const {
    rows: [pshare],
  } = await db.query<{ none: number; avg: number; both: number }>(`
    SELECT 100.0 * count(*) FILTER (WHERE cardinality(persons) = 0) / count(*) AS none,
      avg(cardinality(persons)) AS avg,
      count(*) FILTER (WHERE persons @> ARRAY(SELECT id FROM person WHERE key IN ('olaf scholz', 'emmanuel macron')))
        AS both
    FROM article_entity_set`);
  const { rows: sample } = await db.query<{ id: string }>(
    "SELECT id FROM article TABLESAMPLE SYSTEM ($1) REPEATABLE (42) LIMIT 1000",
    [Math.min(100, 200_000 / n)],
  );
  const ids = sample.map((r) => r.id);
  const {
    rows: [offsets],
  } = await db.query<{ checked: number; wrong: number }>(
    `
    SELECT count(*)::int AS checked,
      count(*) FILTER (WHERE substring(t FROM s + 1 FOR e - s) IS DISTINCT FROM x)::int AS wrong
    FROM (SELECT CASE o.field WHEN 'HEADLINE' THEN a.headline WHEN 'TEASER' THEN a.teaser ELSE a.body END AS t,
            o.start AS s, o."end" AS e, o.text AS x
          FROM article a JOIN mention m ON m.article_id = a.id JOIN mention_occurrence o ON o.mention_id = m.id
          WHERE a.id = ANY($1::uuid[])
          UNION ALL
          SELECT a.body, p.start, p."end", p.name FROM article a JOIN place_mention p ON p.article_id = a.id
          WHERE a.id = ANY($1::uuid[])
          UNION ALL
          SELECT a.body, m.start, m."end", m.text FROM article a JOIN person_mention m ON m.article_id = a.id
          WHERE a.id = ANY($1::uuid[])
          UNION ALL
          -- a quote's offsets include its quotation marks
          SELECT a.body, q.start + 1, q."end" - 1, q.text FROM article a JOIN quote q ON q.article_id = a.id
          WHERE a.id = ANY($1::uuid[])) o`,
    [ids],
  );
  const { rows: articles } = await db.query<SampleArticle>(
    `
    SELECT a.id, a.slug, a.headline, a.subheadline, a.teaser, a.body, a.word_count,
      to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
      ARRAY(SELECT concat_ws('|', m.country_code, o.field, o.start, o."end", o.text, o.sentence, o.kind)
        FROM mention m JOIN mention_occurrence o ON o.mention_id = m.id WHERE m.article_id = a.id) AS occurrences,
      ARRAY(SELECT concat_ws('|', p.name, p.country_code, p.field, p.start, p."end") FROM place_mention p
        WHERE p.article_id = a.id) AS places,
      ARRAY(SELECT concat_ws('|', t.topic_code, t.relevance, array_to_string(t.triggers, ',')) FROM article_topic t
        WHERE t.article_id = a.id) AS topics,
      ARRAY(SELECT concat_ws('|', p.key, p.name, m.field, m.start, m."end", m.text, m.sentence, coalesce(m.role, ''),
          coalesce(m.country_code, ''))
        FROM person_mention m JOIN person p ON p.id = m.person_id WHERE m.article_id = a.id) AS persons,
      ARRAY(SELECT concat_ws('|', coalesce(p.key, ''), q.text, q.field, q.start, q."end", q.sentence)
        FROM quote q LEFT JOIN person p ON p.id = q.speaker_id WHERE q.article_id = a.id) AS quotes,
      (SELECT bool_and(m.count = (SELECT count(*) FROM mention_occurrence o WHERE o.mention_id = m.id))
        FROM mention m WHERE m.article_id = a.id) AS counts_ok
    FROM article a WHERE a.id = ANY($1::uuid[]) ORDER BY a.id LIMIT 200`,
    [ids],
  );
  const differences = articles.map((a) => [a.id, compareWithExtractor(a)] as const).filter(([, d]) => d);
  const entitySetsOk = counts!.article_entity_set === counts!.article;

  console.log(
    `check: ${offsets!.checked - offsets!.wrong}/${offsets!.checked} sampled evidence, place, person and quote offsets ` +
      "point at their text",
  );
  console.log(
    `check: ${articles.length - differences.length}/${articles.length} sampled articles stored as the ` +
      "project's extractors (countries, places, persons, quotes), classifier, countWords and slugify derive them",
  );
  if (differences[0]) console.log(`  first difference, article ${differences[0][0]}: ${differences[0][1]}`);
  console.log(`check: article_entity_set holds ${counts!.article_entity_set} rows for ${counts!.article} articles`);
  const pct = (x: number) => `${Number(x).toFixed(2)} %`;
  console.log(
    `done in ${elapsed()}: ${tables.map((t) => `${t} ${counts![t]}`).join(", ")}; articles mentioning ` +
      `US ${pct(share!.us)}, JP ${pct(share!.jp)}, both ${pct(share!.both)}; "Sicherheitspartnerschaft" in ` +
      `${share!.search}`,
  );
  console.log(
    `persons: ${pct(pshare!.none)} of articles name none, ${Number(pshare!.avg).toFixed(2)} per article; ` +
      `${top.map((t) => `${t.name} ${pct(t.pct)}`).join(", ")}; Olaf Scholz and Emmanuel Macron both in ` +
      `${pshare!.both} articles`,
  );
  return offsets!.wrong === 0 && differences.length === 0 && entitySetsOk;
}

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string" },
      chunk: { type: "string", default: "20000" },
      "vocabulary-only": { type: "boolean", default: false },
    },
  });
  const n = Number(values.articles);
  const chunk = Number(values.chunk);
  if (!Number.isSafeInteger(n) || n < 1 || !Number.isSafeInteger(chunk) || chunk < 1) {
    fail("usage: npm run bench:corpus -- --articles N [--chunk 20000]");
  }
  const url = process.env.DATABASE_URL || fail("DATABASE_URL is not set (postgresql://user@host:5432/database)");
  const vocabulary = buildVocabulary(n);
  log(
    `vocabulary: ${vocabulary.countries.length} countries, ${vocabulary.variants.length} headline variants, ` +
      `${vocabulary.fillers.length} filler sentences, ${vocabulary.authors.length} authors, ` +
      `${vocabulary.persons.length} persons (${vocabulary.persons.reduce((a, p) => a + p.sentences.length, 0)} ` +
      `sentences, ${vocabulary.persons.filter((p) => p.role).length} with a role)`,
  );
  if (values["vocabulary-only"]) {
    console.log(vocabulary.countries.map((c) => `${c.code}:${c.sentences.length}:${c.places.length}`).join(" "));
    for (const p of vocabulary.persons.slice(0, 45)) {
      console.log(`  ${p.rank} ${p.name} [${p.role ?? ""}] ${p.country ?? ""} ${p.sentences.length} sentences`);
    }
    return;
  }

  const name = await ensureDatabase(url);
  const migrator = await connect(url);
  try {
    const applied = await applyMigrations({
      exec: (sql) => migrator.query(sql),
      query: async (sql, params) => (await migrator.query(sql, params)).rows,
    });
    if (applied.length > 0) log(`applied migrations ${applied.join(", ")}`);
  } finally {
    await migrator.end();
  }
  const seeded = await openServerDatabase(url, { poolSize: 1 });
  try {
    await seedVocabularies(seeded.prisma);
  } finally {
    await seeded.close();
  }

  const conns = [await connect(url), await connect(url)];
  const db = conns[0]!;
  try {
    const {
      rows: [state],
    } = await db.query<{ filled: boolean; leftover: boolean }>(`SELECT
      EXISTS (SELECT 1 FROM article) AS filled, to_regnamespace('corpus_gen') IS NOT NULL AS leftover`);
    if (state!.filled) fail(`${name} already holds articles; bench:corpus only fills an empty database`);
    if (state!.leftover) fail(`${name} holds schema corpus_gen of an unfinished run: drop the database and run again`);
    for (const c of conns) await c.query(SESSION);
    await loadVocabulary(db, vocabulary);
    const saved = await dropIndexes(db);
    log(`dropped ${saved.length} indexes and keys; ${n} articles in chunks of ${chunk}, two at a time`);
    try {
      await loadChunks(conns, vocabulary, n, chunk);
      // As the writer stores them: the persons the articles name (with the country a role gave them), no others.
      await db.query(`INSERT INTO person (id, key, name, country_code)
        SELECT p.id, p.key, p.name, x.country FROM corpus_gen.person p
        JOIN (SELECT person_id, max(country_code) AS country FROM person_mention GROUP BY 1) x ON x.person_id = p.id`);
      await rebuild(conns, saved);
    } catch (e) {
      const hint = `${name} is incomplete (dropped definitions in corpus_gen.ddl): drop it and run again`;
      fail(`${(e as Error).message}\n${hint}`);
    }
    await db.query("DROP SCHEMA corpus_gen CASCADE");
    log("VACUUM ANALYZE");
    const { rows: tables } = await db.query<{ t: string }>(`SELECT oid::regclass::text AS t FROM pg_class
      WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY pg_total_relation_size(oid) DESC`);
    await runAll(
      conns,
      tables.map(({ t }) => ({ label: t, sql: [`VACUUM (ANALYZE) ${t}`] })),
    );
    if (!(await report(db, n))) process.exitCode = 1;
  } finally {
    await Promise.all(conns.map((c) => c.end()));
  }
}

main().catch((e: Error) => {
  console.error(`bench:corpus: ${e.message}`);
  process.exitCode = 1;
});
