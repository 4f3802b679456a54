import { createHash } from "node:crypto";
import { countPerKey, firstPerKey, occurrencesPerEntity } from "./bounds.js";
import { findCountryMentions, summarizeMentions, type CountryMention, type CountrySummary } from "./countries.js";
import { findOrganisationMentions, summarizeOrganisations, type OrganisationSummary } from "./organisations.js";
import { bylineSpans, federalStateOf, findPersons, type PersonSummary } from "./persons.js";
import { withArticleCountries, withLongNames, withoutClubCities, withoutPersons, type PlaceMention } from "./places.js";
import { findQuotes, type QuoteMention } from "./quotes.js";
import { normalizeText, parseSourceText, type ParsedArticle } from "./parse.js";
import { LETTER, NUMBER, wordTexts } from "./words.js";
import { slugify } from "./slug.js";
import { classifyTopics, type TopicMatch } from "./topics.js";
import { partialPersonKey, personKey } from "../vocab/person-names.js";

/** Everything ingestion learns from one source text, before any database is involved. */
export interface ExtractedArticle extends ParsedArticle {
  /** Where the text came from (its file name). */
  sourceName: string;
  /**
   * When this version was written at its source: a file's modification time, else when it was
   * received. Of two versions of one article the later one is kept (src/ingest/write.ts).
   */
  versionAt: Date;
  slug: string;
  contentHash: string;
  wordCount: number;
  /** Each with its true count and its first occurrences (bounds.ts). */
  countries: CountrySummary[];
  /** Capitals, cities and government metonyms, each with its evidence, in text order per field (see bounds.ts). */
  places: PlaceMention[];
  /** International and supranational organisations, most mentioned first; true counts, first occurrences (bounds.ts). */
  organisations: OrganisationSummary[];
  topics: TopicMatch[];
  /** Persons named in the text (not the byline's author), most mentioned first; true counts, first occurrences (bounds.ts). */
  persons: PersonSummary[];
  /** Direct quotes in text order, each with its speaker among `persons` or null (at most MAX_QUOTES_PER_ARTICLE). */
  quotes: QuoteMention[];
}

/**
 * How many words the pattern [\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)* finds (by wordTexts in words.ts: the regular
 * expression is slow on most texts).
 */
export function countWords(text: string): number {
  return wordTexts(text, LETTER | NUMBER, "-'’").length;
}

/**
 * Parses a source text and extracts its countries, places, organisations and persons (each with
 * evidence), its quotes with their speakers, and topics. Pure. The evidence is bounded per entity, per article and per snippet (src/ingest/bounds.ts),
 * so the output of any accepted text is small; the counts stay true.
 */
export function extractArticle(raw: string, sourceName: string, now = new Date(), versionAt = now): ExtractedArticle {
  const parsed = parseSourceText(raw, now);
  const fields = [
    findCountryMentions(parsed.headline, "HEADLINE"),
    findCountryMentions(parsed.teaser, "TEASER"),
    findCountryMentions(parsed.body, "BODY"),
  ];
  const mentions: CountryMention[] = fields.flatMap((f) => f.mentions);
  const organisations = [
    ...findOrganisationMentions(parsed.headline, "HEADLINE"),
    ...findOrganisationMentions(parsed.teaser, "TEASER"),
    ...findOrganisationMentions(parsed.body, "BODY"),
  ];
  const fullText = [parsed.headline, parsed.subheadline ?? "", parsed.teaser, parsed.body].join("\n\n");
  const countries = summarizeMentions(mentions);
  const summaries = summarizeOrganisations(organisations);
  const texts = [
    { field: "HEADLINE" as const, text: parsed.headline },
    { field: "TEASER" as const, text: parsed.teaser },
    { field: "BODY" as const, text: parsed.body },
  ];
  const bylines = bylineSpans(parsed.body);
  // The byline's author is no person mentioned, also where the text names them ("Das Gespräch führte …").
  const authors = new Set(parsed.authors.map(personKey));
  const named = findPersons(
    texts.map((t, i) => ({ ...t, countries: fields[i]!.mentions, places: fields[i]!.places })),
    [[], [], bylines],
  );
  const slug = `${parsed.publishedAt.toISOString().slice(0, 10)}-${slugify(parsed.headline)}`;
  const persons = named
    .filter((p) => !authors.has(p.key))
    .map((p) => (p.partial ? { ...p, key: partialPersonKey(p.name, slug) } : p));
  const quotes = findQuotes(texts, persons);
  // A place inside a person's name (the author's too) is no place: "Nancy" in "Nancy Pelosi", "Washington" in
  // "sagte Washington"; nor one in a byline ("Von Benedikt Ostermeyer (KNA)").
  // A city the article names as a club is the club where nothing marks the city: "Stuttgart schlägt Frankfurt".
  const inByline = (p: { field: string; start: number }) =>
    p.field === "BODY" && bylines.some(([start, end]) => p.start >= start && p.start < end);
  const places = withArticleCountries(
    withLongNames(
      withoutClubCities(
        fields.flatMap((f, i) => withoutPersons(f.places, named, texts[i]!.field)).filter((p) => !inByline(p)),
        texts,
      ),
    ),
    new Set(countries.map((c) => c.code)),
    federalStateOf(texts.map((t) => t.text)),
  );
  const keep = occurrencesPerEntity([
    ...countries.map((c) => c.count),
    ...summaries.map((o) => o.count),
    ...countPerKey(places, (p) => p.key).values(),
    ...persons.map((p) => p.count),
  ]);
  return {
    ...parsed,
    sourceName,
    versionAt,
    slug,
    contentHash: createHash("sha256").update(normalizeText(raw)).digest("hex"),
    wordCount: countWords(parsed.body),
    // The counts stay true; the evidence is each entity's first `keep` occurrences.
    countries: countries.map((c) => ({ ...c, mentions: c.mentions.slice(0, keep) })),
    places: firstPerKey(places, (p) => p.key, keep),
    organisations: summaries.map((o) => ({ ...o, mentions: o.mentions.slice(0, keep) })),
    topics: classifyTopics(fullText),
    persons: persons.map((p) => ({ ...p, mentions: p.mentions.slice(0, keep) })),
    quotes,
  };
}
