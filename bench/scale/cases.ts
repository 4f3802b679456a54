// The GraphQL operations bench:scale measures, and the checks that their answers make sense.

export const CASE_NAMES = ["both", "deep", "anynone", "comentions", "search", "facets", "person"] as const;
export type CaseName = (typeof CASE_NAMES)[number];

/** What each case asks, for the report. */
export const CASE_DESCRIPTIONS: Record<CaseName, string> = {
  both: "`articles`, countries all of JP and US, 20 per page with authors, countries and topics",
  deep: "the same, page 51 (`after:` the cursor reached by paging 50 pages of 20)",
  anynone: "`articles`, countries any of DE and FR and none of US, 20 per page as above",
  comentions: "`country(JP).coMentions`, top 10",
  search: '`search("Sicherheitspartnerschaft")`, newest first, 20 hits with score and highlight',
  facets: "`articleFacets` (countries, topics, authors) over the JP-and-US articles",
  person:
    "`person(Olaf Scholz)`: articleCount, newest 5 quotes, 10 newest articles with totalCount, co-mentioned persons and countries (top 5)",
};

/** One operation, ready to send: the query text and what its first answer looked like. */
export interface BenchCase {
  name: CaseName;
  query: string;
  /** A short description of the first answer, e.g. "totalCount 1666, 20 edges". */
  summary: string;
  /** Things that make the measurement less meaningful (an empty result, say); not failures. */
  warnings: string[];
}

/** Pages of 20 the deep case skips: it asks for page 51. */
const DEEP_PAGES = 50;

const ARTICLE_PAGE =
  "totalCount edges { cursor node { id slug headline publishedAt authors { name } countries { code name } " +
  "topics { code name } } } pageInfo { hasNextPage endCursor }";
const BOTH_FILTER = 'filter: { countries: { all: ["JP", "US"] } }';

const bothQuery = (after?: string) =>
  `{ articles(${BOTH_FILTER}, first: 20${after ? `, after: ${JSON.stringify(after)}` : ""}) { ${ARTICLE_PAGE} } }`;

/** The flagship page: articles naming both Japan and the USA, first page of 20. */
export const FLAGSHIP_QUERY = bothQuery();

const QUERIES: Record<Exclude<CaseName, "deep">, string> = {
  both: FLAGSHIP_QUERY,
  anynone: `{ articles(filter: { countries: { any: ["DE", "FR"], none: ["US"] } }, first: 20) { ${ARTICLE_PAGE} } }`,
  comentions: '{ country(code: "JP") { coMentions(first: 10) { country { code name } articleCount } } }',
  search:
    '{ search(query: "Sicherheitspartnerschaft", orderBy: PUBLISHED_DESC, first: 20) { totalCount ' +
    "edges { cursor score highlight node { id slug headline publishedAt } } pageInfo { hasNextPage endCursor } } }",
  facets:
    `{ articleFacets(${BOTH_FILTER}) { totalCount countries { country { code name } count } ` +
    "topics { topic { code name } count } authors { author { name } count } } }",
  person:
    '{ person(name: "Olaf Scholz") { name articleCount quotes(first: 5) { text } ' +
    "articles(first: 10) { totalCount edges { node { slug headline publishedAt } } } " +
    "coMentions(first: 5) { persons { person { name } count } countries { country { code } count } } } }",
};

// Answers are read loosely and checked field by field.
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON from the server
type Data = any;

/** POSTs one operation; resolves to its `data`, or throws with the status and GraphQL errors. */
export async function postGraphQL(url: string, query: string): Promise<Data> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  let body: { data?: Data; errors?: unknown[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (body.errors) throw new Error(`HTTP ${res.status}, GraphQL errors: ${JSON.stringify(body.errors).slice(0, 1000)}`);
  if (res.status !== 200 || !body.data) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return body.data;
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

interface Checked {
  summary: string;
  warnings: string[];
}

/** A Relay page of at most 20 articles whose every node's country codes satisfy `matches`. */
function checkArticlePage(page: Data, matches: (codes: string[]) => boolean, rule: string): Checked {
  expect(page && Array.isArray(page.edges) && page.pageInfo, "no articles connection in the answer");
  expect(Number.isInteger(page.totalCount) && page.totalCount >= page.edges.length, `totalCount ${page.totalCount}`);
  expect(page.edges.length <= 20, `${page.edges.length} edges for first: 20`);
  for (const { cursor, node } of page.edges) {
    expect(
      typeof cursor === "string" && node?.id && node.slug && node.publishedAt,
      "an edge without cursor, id or date",
    );
    expect(Array.isArray(node.authors) && Array.isArray(node.topics), `${node.slug}: no authors or topics list`);
    const codes = (node.countries as Array<{ code: string }>).map((c) => c.code);
    expect(matches(codes), `${node.slug} has countries ${codes.join(",")}, breaking ${rule}`);
  }
  return {
    summary: `totalCount ${page.totalCount}, ${page.edges.length} edges`,
    warnings: page.edges.length === 0 ? ["empty page: the corpus has no matching articles"] : [],
  };
}

const hasBoth = (codes: string[]) => codes.includes("JP") && codes.includes("US");
const anyNone = (codes: string[]) => (codes.includes("DE") || codes.includes("FR")) && !codes.includes("US");

function checkCoMentions(data: Data): Checked {
  const list = data.country?.coMentions as Array<{ country: { code: string }; articleCount: number }>;
  expect(Array.isArray(list) && list.length <= 10, "no coMentions list of at most 10");
  const counts = list.map((c) => c.articleCount);
  expect(
    counts.every((n, i) => n > 0 && (i === 0 || counts[i - 1]! >= n)),
    `counts ${counts.join(",")} not descending`,
  );
  expect(!list.some((c) => c.country.code === "JP"), "JP among its own co-mentions");
  return {
    summary: list.map((c) => `${c.country.code} ${c.articleCount}`).join(", "),
    warnings: list.length === 0 ? ["no co-mentions: the corpus has no articles naming JP with another country"] : [],
  };
}

function checkSearch(data: Data): Checked {
  const page = data.search;
  expect(page && Array.isArray(page.edges) && Number.isInteger(page.totalCount), "no search connection in the answer");
  expect(page.edges.length <= 20, `${page.edges.length} edges for first: 20`);
  const dates = (page.edges as Array<{ node: { publishedAt: string } }>).map((e) => e.node.publishedAt);
  expect(
    dates.every((d, i) => i === 0 || dates[i - 1]! >= d),
    "PUBLISHED_DESC results not newest first",
  );
  return {
    summary: `totalCount ${page.totalCount}, ${page.edges.length} edges`,
    warnings:
      page.totalCount === 0 ? ['no hits: no article has "Sicherheitspartnerschaft"; this times an empty search'] : [],
  };
}

function checkFacets(data: Data): Checked {
  const facets = data.articleFacets;
  expect(facets && [facets.countries, facets.topics, facets.authors].every(Array.isArray), "no facets in the answer");
  const countries = facets.countries as Array<{ country: { code: string }; count: number }>;
  const count = (code: string) => countries.find((c) => c.country.code === code)?.count;
  if (facets.totalCount > 0) {
    expect(count("JP") === facets.totalCount && count("US") === facets.totalCount, "JP or US count is not totalCount");
  }
  return {
    summary:
      `totalCount ${facets.totalCount}, ${countries.length} countries, ${facets.topics.length} topics, ` +
      `${facets.authors.length} authors`,
    warnings: facets.totalCount === 0 ? ["no articles name both JP and US"] : [],
  };
}

/** Counts of a co-mention list: positive and descending. */
const descending = (counts: number[]) => counts.every((n, i) => n > 0 && (i === 0 || counts[i - 1]! >= n));

function checkPerson(data: Data): Checked {
  const person = data.person;
  expect(person?.name === "Olaf Scholz", "no person Olaf Scholz in the answer");
  expect(person.articles.totalCount === person.articleCount, "articles.totalCount is not articleCount");
  const { persons, countries } = person.coMentions as {
    persons: Array<{ person: { name: string }; count: number }>;
    countries: Array<{ count: number }>;
  };
  expect(!persons.some((p) => p.person.name === person.name), "the person among its own co-mentions");
  expect(descending(persons.map((p) => p.count)) && descending(countries.map((c) => c.count)), "counts not descending");
  return {
    summary: `articleCount ${person.articleCount}, ${person.quotes.length} quotes, ${persons.length} persons`,
    warnings: person.articleCount === 0 ? ["the corpus has no articles naming Olaf Scholz"] : [],
  };
}

const CHECKS: Record<CaseName, (data: Data) => Checked> = {
  both: (data) => checkArticlePage(data.articles, hasBoth, "all: JP, US"),
  deep: (data) => checkArticlePage(data.articles, hasBoth, "all: JP, US"),
  anynone: (data) => checkArticlePage(data.articles, anyNone, "any: DE, FR; none: US"),
  comentions: checkCoMentions,
  search: checkSearch,
  facets: checkFacets,
  person: checkPerson,
};

/** Sends a case once and checks the answer; throws naming the case when it has errors or makes no sense. */
export async function checkCase(url: string, name: CaseName, query: string): Promise<BenchCase> {
  try {
    return { name, query, ...CHECKS[name](await postGraphQL(url, query)) };
  } catch (e) {
    throw new Error(`case ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The endCursor after DEEP_PAGES pages of the "both" case, or how many pages there are if fewer. */
async function deepCursor(url: string): Promise<{ cursor: string } | { pages: number }> {
  let after: string | undefined;
  for (let page = 1; page <= DEEP_PAGES; page++) {
    const { articles } = await postGraphQL(url, bothQuery(after));
    if (!articles.pageInfo.hasNextPage) return { pages: page };
    after = articles.pageInfo.endCursor as string;
  }
  return { cursor: after! };
}

/** A case the corpus cannot support (the deep one when there are not 51 pages). */
export interface SkippedCase {
  name: CaseName;
  reason: string;
}

/**
 * Builds and checks the chosen cases against the server at `url` (the deep one pages there for its cursor,
 * and is skipped if the corpus has too few articles for it).
 */
export async function resolveCases(
  url: string,
  names: CaseName[],
): Promise<{ cases: BenchCase[]; skipped: SkippedCase[] }> {
  const cases: BenchCase[] = [];
  const skipped: SkippedCase[] = [];
  for (const name of names) {
    if (name !== "deep") {
      cases.push(await checkCase(url, name, QUERIES[name]));
      continue;
    }
    const deep = await deepCursor(url);
    if ("cursor" in deep) cases.push(await checkCase(url, name, bothQuery(deep.cursor)));
    else skipped.push({ name, reason: `the JP-and-US filter has ${deep.pages} pages of 20, not ${DEEP_PAGES + 1}` });
  }
  return { cases, skipped };
}
