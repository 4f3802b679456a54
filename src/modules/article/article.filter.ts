// An ArticleFilter as the read path uses it: names resolved to ids once and checked; filter.data.ts
// makes SQL of it over the entity sets.
import { type PrismaClient } from "../../db/client.js";
import { UserInputError } from "../../errors.js";
import { KINDS } from "../entity/registry.js";
import { type EntityKind, type KindName, type NamedValue } from "../shared/entity-kind.js";
import { truncate } from "../shared/loading.js";
import { type ArticleFilter } from "./article.input.js";
import { searchNodes } from "./filter.data.js";
import { MAX_FILTER_VALUES, MAX_NAME_LENGTH, MAX_SEARCH_LENGTH, MAX_SEARCH_TERMS } from "../../limits.js";

export interface IdSets {
  all: string[];
  any: string[];
  none: string[];
}

/** An ArticleFilter with every name resolved to ids, checked, ready to become SQL. */
export interface ResolvedFilter {
  /** Ids per entity kind (ISO codes, topic codes, author UUIDs, gazetteer keys, organisation codes). */
  sets: Record<KindName, IdSets>;
  publishedAfter?: Date;
  publishedBefore?: Date;
  language?: string;
  text?: string;
}

const noSets = () =>
  Object.fromEntries(
    KINDS.map((k): [KindName, IdSets] => [k.name, { all: [], any: [], none: [] }]),
  ) as ResolvedFilter["sets"];

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

type Part = keyof IdSets;

/** The values a filter gives for one kind, each with its part and argument name ("filter.countries.all[1]"). */
function kindValues(filter: ArticleFilter, kind: EntityKind): Array<NamedValue & { part: Part }> {
  const argument = `filter.${kind.name}`;
  if (kind.filter.shape === "list") {
    const values = filter[kind.name as "authors"];
    checkValues(values, argument);
    return (values ?? []).map((value, i) => ({ value, argument: `${argument}[${i}]`, part: "any" }));
  }
  const sets = filter[kind.name as Exclude<KindName, "authors">];
  return (["all", "any", "none"] as const).flatMap((part) => {
    checkValues(sets?.[part], `${argument}.${part}`);
    return (sets?.[part] ?? []).map((value, i) => ({ value, argument: `${argument}.${part}[${i}]`, part }));
  });
}

/** Every kind's values resolved to ids (one lookup per kind in use, all at once), as all/any/none sets. */
async function resolveSets(prisma: PrismaClient, filter: ArticleFilter): Promise<ResolvedFilter["sets"]> {
  // Every list is checked before any lookup runs.
  const valuesByKind = KINDS.map((kind) => ({ kind, values: kindValues(filter, kind as EntityKind) }));
  const resolved = await Promise.all(
    valuesByKind.map(async ({ kind, values }) => {
      const ids = values.length ? await kind.resolveIds(prisma, values) : new Map<string, string>();
      const sets: IdSets = { all: [], any: [], none: [] };
      for (const v of values) sets[v.part].push(ids.get(v.value)!);
      return [kind.name, { all: [...new Set(sets.all)], any: [...new Set(sets.any)], none: [...new Set(sets.none)] }];
    }),
  );
  return Object.fromEntries(resolved);
}

/** Refuses dates outside the years 1 to 9999 and an empty range. */
function checkDates(filter: ArticleFilter) {
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
}

/** The search text, trimmed and checked: not empty, not too long, some searchable word. */
async function checkText(prisma: PrismaClient, text: string, argument: string): Promise<string> {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new UserInputError(argument, "the search text is empty");
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw new UserInputError(argument, `the search text is longer than ${MAX_SEARCH_LENGTH} characters`);
  }
  const words = trimmed.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words > MAX_SEARCH_TERMS) {
    throw new UserInputError(argument, `the search text has ${words} words; at most ${MAX_SEARCH_TERMS} are allowed`);
  }
  if ((await searchNodes(prisma, trimmed, argument)) === 0) {
    throw new UserInputError(
      argument,
      `"${truncate(trimmed)}" has no searchable words (only stop words or punctuation)`,
    );
  }
  return trimmed;
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
  if (!filter) return { sets: noSets() };
  const sets = await resolveSets(prisma, filter);
  checkDates(filter);
  return {
    sets,
    publishedAfter: filter.publishedAfter,
    publishedBefore: filter.publishedBefore,
    language: filter.language,
    text: filter.text == null ? undefined : await checkText(prisma, filter.text, textArgument),
  };
}

/** The filter with one more required entity (an entity's own articles: `country.articles`, `author.articles`). */
export function requiring(filter: ResolvedFilter, kind: KindName, id: string): ResolvedFilter {
  const sets = filter.sets[kind];
  return { ...filter, sets: { ...filter.sets, [kind]: { ...sets, all: [...new Set([...sets.all, id])] } } };
}

/** Any-of plus none-of entities up to which counts are summed from intersections (2^4 terms at most). */
const MAX_COUNTED_ALTERNATIVES = 4;

/**
 * A filter on one kind with pair counters alone (countries, persons) as a signed sum of "articles
 * that name all of these" terms (inclusion-exclusion): any-of A is the union of its entities, Σ over
 * non-empty S ⊆ A of (-1)^(|S|+1)·|∩S|; none-of N subtracts, Σ over T ⊆ N of (-1)^|T|·|X ∩ ∩T|;
 * all-of joins every term. Null when the filter has other conditions, too many alternatives, or no
 * entity it must contain.
 */
export function counterTerms(
  f: ResolvedFilter,
): { kind: EntityKind; terms: Array<{ sign: 1 | -1; ids: string[] }> } | null {
  const size = (sets: IdSets) => sets.all.length + sets.any.length + sets.none.length;
  const used = KINDS.filter((k) => size(f.sets[k.name]) > 0);
  const kind = used[0] as EntityKind | undefined;
  if (used.length !== 1 || !kind?.pairCounts || f.publishedAfter || f.publishedBefore || f.language || f.text) {
    return null;
  }
  const { all, any, none } = f.sets[kind.name];
  if (any.length + none.length > MAX_COUNTED_ALTERNATIVES || all.length + any.length === 0) return null;
  const subsets = (xs: string[]) => xs.reduce<string[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);
  const anyOf = any.length > 0 ? subsets(any).filter((s) => s.length > 0) : [[]];
  const terms = anyOf.flatMap((S) =>
    subsets(none).map((T) => ({
      sign: ((any.length > 0 ? S.length + 1 : 0) + T.length) % 2 === 0 ? (1 as const) : (-1 as const),
      ids: [...new Set([...all, ...S, ...T])],
    })),
  );
  return { kind, terms };
}
