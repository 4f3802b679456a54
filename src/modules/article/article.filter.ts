// An ArticleFilter as the read path uses it: names resolved to ids once, then SQL over the entity
// sets (`article_entity_set s`, joined to `article a` only for language and full text).
import { type PrismaClient } from "../../db/client.js";
import { UserInputError } from "../../errors.js";
import { Prisma } from "../../generated/prisma/client.js";
import { resolveAuthorIds } from "../author/author.data.js";
import { resolveCountryCodes } from "../country/country.data.js";
import { resolveOrganisationCodes } from "../organisation/organisation.data.js";
import { resolvePlaceKeys } from "../place/place.data.js";
import { truncate } from "../shared/loading.js";
import { resolveTopicCodes } from "../topic/topic.data.js";
import { type ArticleFilter, type EntityFilter, MAX_FILTER_VALUES } from "./article.input.js";

interface IdSets {
  all: string[];
  any: string[];
  none: string[];
}

/** An ArticleFilter with every name resolved to ids, checked, ready to become SQL. */
export interface ResolvedFilter {
  countries: IdSets;
  topics: IdSets;
  /** Gazetteer keys. */
  places: IdSets;
  /** Organisation codes. */
  organisations: IdSets;
  authorIds: string[];
  publishedAfter?: Date;
  publishedBefore?: Date;
  language?: string;
  text?: string;
}

/** A filter as SQL: the rows to read (`s`, and `a` when needed) and the condition on them. */
export interface FilterSql {
  from: Prisma.Sql;
  where: Prisma.Sql;
}

const EMPTY_SETS: IdSets = { all: [], any: [], none: [] };
/** Longest accepted search text; longer ones are refused before PostgreSQL parses them. */
const MAX_SEARCH_LENGTH = 500;
/** Most words in a search text: each is a term PostgreSQL matches and ts_headline highlights. */
const MAX_SEARCH_TERMS = 32;

/** Longest name a filter value may be: no country, place, organisation, topic or author name comes close. */
const MAX_NAME_LENGTH = 200;

/**
 * Refuses a list longer than MAX_FILTER_VALUES (arguments of subscriptions skip class-validator) and
 * names no entity can have, before they cost the database a comparison with every name.
 */
function checkValues(values: readonly string[] | undefined, argument: string) {
  if (!values) return;
  if (values.length > MAX_FILTER_VALUES) {
    throw new UserInputError(argument, `must contain no more than ${MAX_FILTER_VALUES} elements`);
  }
  const i = values.findIndex((v) => v.length > MAX_NAME_LENGTH);
  if (i >= 0) throw new UserInputError(`${argument}[${i}]`, `must not be longer than ${MAX_NAME_LENGTH} characters`);
}

function entityValues(filter: EntityFilter | undefined, argument: string) {
  return (["all", "any", "none"] as const).flatMap((part) => {
    checkValues(filter?.[part], `${argument}.${part}`);
    return (filter?.[part] ?? []).map((value, i) => ({ value, argument: `${argument}.${part}[${i}]`, part }));
  });
}

function toSets(values: ReturnType<typeof entityValues>, resolved: Map<string, string>): IdSets {
  const sets: IdSets = { all: [], any: [], none: [] };
  for (const v of values) sets[v.part].push(resolved.get(v.value)!);
  return { all: [...new Set(sets.all)], any: [...new Set(sets.any)], none: [...new Set(sets.none)] };
}

/**
 * Resolves names to ids (one query per vocabulary in use) and rejects contradictory or empty input.
 * Errors name the part of `filter` at fault ("filter.countries.all[1]"); `textArgument` names the
 * search text, which `search` takes as its own `query` argument.
 */
export async function resolveFilter(
  prisma: PrismaClient,
  filter: ArticleFilter | undefined,
  textArgument = "filter.text",
): Promise<ResolvedFilter> {
  if (!filter)
    return { countries: EMPTY_SETS, topics: EMPTY_SETS, places: EMPTY_SETS, organisations: EMPTY_SETS, authorIds: [] };
  checkValues(filter.authors, "filter.authors");
  const countryValues = entityValues(filter.countries, "filter.countries");
  const topicValues = entityValues(filter.topics, "filter.topics");
  const placeValues = entityValues(filter.places, "filter.places");
  const organisationValues = entityValues(filter.organisations, "filter.organisations");
  const [countryCodes, topicCodes, authorIds] = await Promise.all([
    resolveCountryCodes(prisma, countryValues),
    resolveTopicCodes(prisma, topicValues),
    resolveAuthorIds(prisma, filter.authors ?? [], "filter.authors"),
  ]);
  for (const [argument, date] of [
    ["filter.publishedAfter", filter.publishedAfter],
    ["filter.publishedBefore", filter.publishedBefore],
  ] as const) {
    const year = date?.getUTCFullYear();
    if (year !== undefined && !(year >= 1 && year <= 9999)) {
      throw new UserInputError(argument, "must be a date between the years 1 and 9999");
    }
  }
  if (filter.publishedAfter && filter.publishedBefore && filter.publishedAfter > filter.publishedBefore) {
    throw new UserInputError("filter.publishedAfter", "must not be later than publishedBefore");
  }
  let text: string | undefined;
  if (filter.text != null) {
    text = filter.text.trim();
    if (text.length === 0) throw new UserInputError(textArgument, "the search text is empty");
    if (text.length > MAX_SEARCH_LENGTH) {
      throw new UserInputError(textArgument, `the search text is longer than ${MAX_SEARCH_LENGTH} characters`);
    }
    const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words > MAX_SEARCH_TERMS) {
      throw new UserInputError(
        textArgument,
        `the search text has ${words} words; at most ${MAX_SEARCH_TERMS} are allowed`,
      );
    }
    const nodes = await searchNodes(prisma, text, textArgument);
    if (nodes === 0) {
      throw new UserInputError(
        textArgument,
        `"${truncate(text)}" has no searchable words (only stop words or punctuation)`,
      );
    }
  }
  return {
    countries: toSets(countryValues, countryCodes),
    topics: toSets(topicValues, topicCodes),
    places: toSets(placeValues, resolvePlaceKeys(placeValues)),
    organisations: toSets(organisationValues, resolveOrganisationCodes(organisationValues)),
    authorIds,
    publishedAfter: filter.publishedAfter,
    publishedBefore: filter.publishedBefore,
    language: filter.language,
    text,
  };
}

/** Terms and operators of a search text as PostgreSQL parses it; a text its parser cannot take is the client's mistake. */
async function searchNodes(prisma: PrismaClient, text: string, argument: string): Promise<number> {
  try {
    const [{ nodes }] = await prisma.$queryRaw<[{ nodes: number }]>`
      SELECT numnode(websearch_to_tsquery('german', ${text})) AS nodes`;
    return nodes;
  } catch (error) {
    // More than 32 operators in a row ("-----…") overflow the tsquery parser: SQLSTATE XX000.
    if (/tsquery stack too small/.test(String(error))) {
      throw new UserInputError(argument, "the search text has too many operators (-, or, quotes) in a row");
    }
    throw error;
  }
}

/** The kinds of entity an article's set holds, by the ids the filter uses. */
export type EntityKind = "countries" | "topics" | "places" | "organisations";

/** The filter with one more required entity (a country's, topic's, place's or organisation's own articles). */
export function requiring(filter: ResolvedFilter, kind: EntityKind, id: string): ResolvedFilter {
  return { ...filter, [kind]: { ...filter[kind], all: [...new Set([...filter[kind].all, id])] } };
}

/** Any-of plus none-of countries up to which counts are summed from intersections (2^4 terms at most). */
const MAX_COUNTED_ALTERNATIVES = 4;

/**
 * A filter on countries alone as a signed sum of "articles that mention all of these" terms
 * (inclusion-exclusion): any-of A is the union of its countries, Σ over non-empty S ⊆ A of
 * (-1)^(|S|+1)·|∩S|; none-of N subtracts, Σ over T ⊆ N of (-1)^|T|·|X ∩ ∩T|; all-of joins every term.
 * Null when the filter has other conditions, too many alternatives, or no country it must contain.
 */
export function countryCountTerms(f: ResolvedFilter): Array<{ sign: 1 | -1; codes: string[] }> | null {
  const { all, any, none } = f.countries;
  const size = (sets: IdSets) => sets.all.length + sets.any.length + sets.none.length;
  const onlyCountries =
    size(f.topics) + size(f.places) + size(f.organisations) + f.authorIds.length === 0 &&
    !f.publishedAfter &&
    !f.publishedBefore &&
    !f.language &&
    !f.text;
  if (!onlyCountries || any.length + none.length > MAX_COUNTED_ALTERNATIVES || all.length + any.length === 0)
    return null;
  const subsets = (xs: string[]) => xs.reduce<string[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);
  const anyOf = any.length > 0 ? subsets(any).filter((s) => s.length > 0) : [[]];
  return anyOf.flatMap((S) =>
    subsets(none).map((T) => ({
      sign: ((any.length > 0 ? S.length + 1 : 0) + T.length) % 2 === 0 ? (1 as const) : (-1 as const),
      codes: [...new Set([...all, ...S, ...T])],
    })),
  );
}

function setConditions(sets: IdSets, column: EntityKind): Prisma.Sql[] {
  const c = Prisma.raw(`s.${column}`);
  return [
    ...(sets.all.length ? [Prisma.sql`${c} @> ${sets.all}::text[]`] : []),
    ...(sets.any.length ? [Prisma.sql`${c} && ${sets.any}::text[]`] : []),
    ...(sets.none.length ? [Prisma.sql`NOT (${c} && ${sets.none}::text[])`] : []),
  ];
}

/** The full-text query of a filter, as SQL. */
export function tsQuery(text: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('german', ${text})`;
}

/** The filter as SQL over `article_entity_set s` (joined to `article a` for language and text). */
export function filterSql(f: ResolvedFilter): FilterSql {
  const conditions = [
    ...setConditions(f.countries, "countries"),
    ...setConditions(f.topics, "topics"),
    ...setConditions(f.places, "places"),
    ...setConditions(f.organisations, "organisations"),
    ...(f.authorIds.length ? [Prisma.sql`s.authors && ${f.authorIds}::uuid[]`] : []),
    ...(f.publishedAfter ? [Prisma.sql`s.published_at >= ${f.publishedAfter}`] : []),
    ...(f.publishedBefore ? [Prisma.sql`s.published_at <= ${f.publishedBefore}`] : []),
    ...(f.language ? [Prisma.sql`a.language = ${f.language}`] : []),
    ...(f.text ? [Prisma.sql`a.search_vector @@ ${tsQuery(f.text)}`] : []),
  ];
  const joinsArticle = Boolean(f.language || f.text);
  return {
    from: joinsArticle
      ? Prisma.sql`article_entity_set s JOIN article a ON a.id = s.article_id`
      : Prisma.sql`article_entity_set s`,
    where: conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`,
  };
}
