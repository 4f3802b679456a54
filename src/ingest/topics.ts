/**
 * Explainable topic classification into IPTC Media Topics: each topic has German term prefixes
 * ("verteidigung" also matches "Verteidigungsminister"); an article's relevance for a topic grows
 * with the number of matching words, and the matched words are returned as triggers.
 */
import { LETTER, NUMBER, wordTexts } from "./words.js";

const TERMS: Record<string, string[]> = {
  "medtop:01000000": [
    "kunst",
    "künstler",
    "kultur",
    "museum",
    "ausstellung",
    "theater",
    "oper",
    "konzert",
    "film",
    "kino",
    "roman",
    "literatur",
    "musik",
    "festival",
    "fernseh",
    "medien",
    "schriftsteller",
    "regisseur",
    "galerie",
    "bühne",
  ],
  "medtop:02000000": [
    "gericht",
    "urteil",
    "anklage",
    "polizei",
    "festnahme",
    "verbrech",
    "kriminal",
    "staatsanwalt",
    "prozess",
    "richter",
    "betrug",
    "mord",
    "diebstahl",
    "haftstrafe",
    "ermittlung",
  ],
  "medtop:03000000": [
    "erdbeben",
    "unfall",
    "katastroph",
    "überschwemmung",
    "hochwasser",
    "brand",
    "explosion",
    "tsunami",
    "rettungskräfte",
    "opfer",
    "notfall",
    "evakuier",
  ],
  "medtop:04000000": [
    "wirtschaft",
    "unternehmen",
    "konzern",
    "handel",
    "export",
    "import",
    "zoll",
    "börse",
    "aktie",
    "umsatz",
    "gewinn",
    "inflation",
    "zentralbank",
    "zinsen",
    "investition",
    "markt",
    "konjunktur",
    "industrie",
    "bank",
    "finanz",
    "haushalt",
  ],
  "medtop:05000000": [
    "schule",
    "schüler",
    "universität",
    "hochschule",
    "studierende",
    "studenten",
    "bildung",
    "lehrer",
    "ausbildung",
    "unterricht",
  ],
  "medtop:06000000": [
    "klima",
    "umwelt",
    "emission",
    "erneuerbar",
    "artenschutz",
    "naturschutz",
    "verschmutzung",
    "co2",
    "treibhaus",
    "nachhaltig",
  ],
  "medtop:07000000": [
    "gesundheit",
    "krankheit",
    "krankenhaus",
    "klinik",
    "arzt",
    "ärzt",
    "impf",
    "virus",
    "pandemie",
    "patient",
    "medizin",
    "therapie",
  ],
  "medtop:08000000": ["prominente", "königshaus", "jubiläum", "kurios", "tier"],
  "medtop:09000000": [
    "arbeitnehmer",
    "arbeitsmarkt",
    "arbeitslos",
    "gewerkschaft",
    "streik",
    "tarif",
    "beschäftigte",
    "lohn",
    "löhne",
    "mindestlohn",
  ],
  "medtop:10000000": ["freizeit", "urlaub", "reise", "tourismus", "mode", "gastronomie", "restaurant", "hobby"],
  "medtop:11000000": [
    "regierung",
    "minister",
    "präsident",
    "kanzler",
    "parlament",
    "wahl",
    "partei",
    "diplomat",
    "außenpolitik",
    "politik",
    "politisch",
    "partnerschaft",
    "abkommen",
    "gipfel",
    "bündnis",
    "verbündet",
    "koalition",
    "opposition",
    "staats",
    "sanktion",
    "vertreter",
  ],
  "medtop:12000000": [
    "kirche",
    "religion",
    "religiös",
    "glaube",
    "papst",
    "islam",
    "muslim",
    "christ",
    "jüdisch",
    "moschee",
    "bischof",
  ],
  "medtop:13000000": [
    "technolog",
    "forschung",
    "wissenschaft",
    "forscher",
    "digital",
    "software",
    "künstliche intelligenz",
    "ki-",
    "raumfahrt",
    "satellit",
    "cyber",
    "innovation",
    "halbleiter",
    "chip",
  ],
  "medtop:14000000": [
    "gesellschaft",
    "migration",
    "flüchtling",
    "familie",
    "demograf",
    "armut",
    "gleichberechtigung",
    "diskriminierung",
    "integration",
    "sozial",
  ],
  "medtop:15000000": [
    "fußball",
    "spiel",
    "tor",
    "meisterschaft",
    "turnier",
    "olympi",
    "mannschaft",
    "trainer",
    "liga",
    "weltmeister",
    "sportler",
    "athlet",
    "finale",
    "pokal",
    "sieg",
    "tennis",
  ],
  "medtop:16000000": [
    "militär",
    "verteidigung",
    "armee",
    "soldat",
    "krieg",
    "konflikt",
    "spannungen",
    "waffe",
    "massenvernichtungswaffen",
    "angriff",
    "rüstung",
    "frieden",
    "streitkräfte",
    "übungen",
    "sicherheitspolitik",
    "bedrohung",
    "terror",
    "nato",
  ],
  "medtop:17000000": [
    "wetter",
    "unwetter",
    "sturm",
    "hitzewelle",
    "regen",
    "schnee",
    "temperatur",
    "gewitter",
    "dürre",
  ],
};

const CODES = Object.keys(TERMS);

/**
 * Every term under its first three letters (the shortest term has three), with its topic's index in CODES: a
 * word's topics are found by one lookup and a few `startsWith`, whatever the size of the vocabulary.
 */
const TERMS_BY_HEAD = new Map<string, Array<{ term: string; topic: number }>>();
Object.values(TERMS).forEach((terms, topic) => {
  for (const term of terms) {
    const head = term.slice(0, 3);
    TERMS_BY_HEAD.set(head, [...(TERMS_BY_HEAD.get(head) ?? []), { term, topic }]);
  }
});

export interface TopicMatch {
  code: string;
  /** 0..1 */
  relevance: number;
  /** The words in the text that triggered the topic, most frequent first. */
  triggers: string[];
}

/** At least this many matching words make a topic. */
const MIN_HITS = 2;
const MAX_TOPICS = 3;
const NO_TOPICS: readonly number[] = [];

/** The topics (indices into CODES) that a word starts a term of ("verteidigungsminister": "verteidigung"). */
function topicsOf(word: string): readonly number[] {
  const candidates = TERMS_BY_HEAD.get(word.slice(0, 3));
  if (candidates === undefined) return NO_TOPICS;
  const topics: number[] = [];
  for (const { term, topic } of candidates) {
    if (word.startsWith(term) && !topics.includes(topic)) topics.push(topic);
  }
  return topics;
}

/** Classifies a text into at most three Media Topics, most relevant first. */
export function classifyTopics(text: string): TopicMatch[] {
  // The words /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu finds, by wordTexts (the regular expression is slow on most texts).
  const words = wordTexts(text.toLowerCase(), LETTER | NUMBER, "-");
  // Per topic: how often each of its trigger words occurs.
  const counts = CODES.map(() => new Map<string, number>());
  for (const word of words) {
    for (const i of topicsOf(word)) counts[i]!.set(word, (counts[i]!.get(word) ?? 0) + 1);
  }
  const scored: TopicMatch[] = [];
  CODES.forEach((code, i) => {
    const hits = [...counts[i]!.values()].reduce((a, b) => a + b, 0);
    if (hits < MIN_HITS) return;
    // Saturating in hits per 100 words, so long texts do not score higher just for being long.
    const density = (hits / Math.max(words.length, 1)) * 100;
    const relevance = Math.round((1 - Math.exp(-density / 2)) * 100) / 100;
    const triggers = [...counts[i]!.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
    scored.push({ code, relevance, triggers });
  });
  return scored.sort((a, b) => b.relevance - a.relevance || a.code.localeCompare(b.code)).slice(0, MAX_TOPICS);
}
