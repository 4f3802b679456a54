// The GraphQL operations bench:scale measures, and the checks that their answers make sense.

export const CASE_NAMES = ["both", "deep", "anynone", "comentions", "search", "facets"] as const;
export type CaseName = (typeof CASE_NAMES)[number];

/** One operation, ready to send: the query text and what its first answer looked like. */
export interface BenchCase {
  name: CaseName;
  query: string;
  /** A short description of the first answer, e.g. "totalCount 1666, 20 edges". */
  summary: string;
  /** Things that make the measurement less meaningful (an empty result, say); not failures. */
  warnings: string[];
}

/** What each case asks, for the report. */
export const CASE_DESCRIPTIONS: Record<CaseName, string> = {
  both: "`articles`, countries all of JP and US, 20 per page with authors, countries and topics",
  deep: "the same, page 51 (`after:` the cursor reached by paging 50 pages of 20)",
  anynone: "`articles`, countries any of DE and FR and none of US, 20 per page as above",
  comentions: "`country(JP).coMentions`, top 10",
  search: '`search("Sicherheitspartnerschaft")`, newest first, 20 hits with score and highlight',
  facets: "`articleFacets` (countries, topics, authors) over the JP-and-US articles",
};

/** Pages of 20 the deep case skips: it asks for page 51. */
export const DEEP_PAGES = 50;

const ARTICLE_FIELDS = "id slug headline publishedAt authors { name } countries { code name } topics { code name }";
const ARTICLE_PAGE = `totalCount edges { cursor node { ${ARTICLE_FIELDS} } } pageInfo { hasNextPage endCursor }`;
const BOTH_FILTER = `filter: { countries: { all: ["JP", "US"] } }`;

const bothQuery = (after?: string) =>
  `{ articles(${BOTH_FILTER}, first: 20${after ? `, after: ${JSON.stringify(after)}` : ""}) { ${ARTICLE_PAGE} } }`;

const QUERIES: Record<Exclude<CaseName, "deep">, string> = {
  both: bothQuery(),
  anynone: `{ articles(filter: { countries: { any: ["DE", "FR"], none: ["US"] } }, first: 20) { ${ARTICLE_PAGE} } }`,
  comentions: `{ country(code: "JP") { coMentions(first: 10) { country { code name } articleCount } } }`,
  search: `{ search(query: "Sicherheitspartnerschaft", orderBy: PUBLISHED_DESC, first: 20) { totalCount edges { cursor score highlight node { id slug headline publishedAt } } pageInfo { hasNextPage endCursor } } }`,
  facets: `{ articleFacets(${BOTH_FILTER}) { totalCount countries { country { code name } count } topics { topic { code name } count } authors { author { name } count } } }`,
};

// Answers are read loosely and checked field by field.
type Data = any;

/** POSTs one operation; resolves to its `data`, or throws with the status and GraphQL errors. */
export async function postGraphQL(url: string, query: string): Promise<Data> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
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

/** A Relay page of articles whose every node's country codes satisfy `matches`. */
function checkArticlePage(page: Data, matches: (codes: string[]) => boolean, rule: string) {
  expect(page && Array.isArray(page.edges) && page.pageInfo, "no articles connection in the answer");
  expect(Number.isInteger(page.totalCount) && page.totalCount >= page.edges.length, `implausible totalCount ${page.totalCount}`);
  expect(page.edges.length <= 20, `${page.edges.length} edges for first: 20`);
  for (const { cursor, node } of page.edges) {
    expect(typeof cursor === "string" && node?.id && node.slug && node.publishedAt, "an edge without cursor, id, slug or date");
    expect(Array.isArray(node.authors) && Array.isArray(node.topics), `${node.slug}: no authors or topics list`);
    const codes = (node.countries as Array<{ code: string }>).map((c) => c.code);
    expect(matches(codes), `${node.slug} has countries ${codes.join(",")}, breaking ${rule}`);
  }
  const summary = `totalCount ${page.totalCount}, ${page.edges.length} edges`;
  return { summary, warnings: page.edges.length === 0 ? ["empty page: the corpus has no matching articles"] : [] };
}

const hasBoth = (codes: string[]) => codes.includes("JP") && codes.includes("US");

const CHECKS: Record<CaseName, (data: Data) => { summary: string; warnings: string[] }> = {
  both: (data) => checkArticlePage(data.articles, hasBoth, "all: JP, US"),
  deep: (data) => checkArticlePage(data.articles, hasBoth, "all: JP, US"),
  anynone: (data) =>
    checkArticlePage(data.articles, (codes) => (codes.includes("DE") || codes.includes("FR")) && !codes.includes("US"), "any: DE, FR; none: US"),
  comentions: (data) => {
    const list = data.country?.coMentions;
    expect(Array.isArray(list) && list.length <= 10, "no coMentions list of at most 10");
    const counts = (list as Array<{ country: { code: string }; articleCount: number }>).map((c) => c.articleCount);
    expect(counts.every((n, i) => n > 0 && (i === 0 || counts[i - 1]! >= n)), `counts not positive and descending: ${counts.join(",")}`);
    expect(!list.some((c: { country: { code: string } }) => c.country.code === "JP"), "JP among its own co-mentions");
    const summary = list.map((c: { country: { code: string }; articleCount: number }) => `${c.country.code} ${c.articleCount}`).join(", ");
    return { summary, warnings: list.length === 0 ? ["no co-mentions: the corpus has no articles naming JP"] : [] };
  },
  search: (data) => {
    const page = data.search;
    expect(page && Array.isArray(page.edges) && Number.isInteger(page.totalCount), "no search connection in the answer");
    expect(page.edges.length <= 20, `${page.edges.length} edges for first: 20`);
    const dates = (page.edges as Array<{ node: { publishedAt: string } }>).map((e) => e.node.publishedAt);
    expect(dates.every((d, i) => i === 0 || dates[i - 1]! >= d), "PUBLISHED_DESC results not newest first");
    const warnings = page.totalCount === 0 ? ['no hits: no article contains "Sicherheitspartnerschaft", so this times an empty search'] : [];
    return { summary: `totalCount ${page.totalCount}, ${page.edges.length} edges`, warnings };
  },
  facets: (data) => {
    const facets = data.articleFacets;
    expect(facets && Array.isArray(facets.countries) && Array.isArray(facets.topics) && Array.isArray(facets.authors), "no facets");
    const count = (code: string) => facets.countries.find((c: { country: { code: string } }) => c.country.code === code)?.count;
    if (facets.totalCount > 0) {
      expect(count("JP") === facets.totalCount && count("US") === facets.totalCount, "JP and US facets differ from totalCount");
    }
    const summary = `totalCount ${facets.totalCount}, ${facets.countries.length} countries, ${facets.topics.length} topics, ${facets.authors.length} authors`;
    return { summary, warnings: facets.totalCount === 0 ? ["no articles name both JP and US"] : [] };
  },
};

/** Sends a case once and checks the answer; throws naming the case when it has errors or makes no sense. */
export async function checkCase(url: string, name: CaseName, query: string): Promise<BenchCase> {
  try {
    return { name, query, ...CHECKS[name](await postGraphQL(url, query)) };
  } catch (e) {
    throw new Error(`case ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The endCursor after DEEP_PAGES pages of the "both" case; throws if the corpus has fewer pages. */
async function deepCursor(url: string): Promise<string> {
  let after: string | undefined;
  for (let page = 1; page <= DEEP_PAGES; page++) {
    const { articles } = await postGraphQL(url, bothQuery(after));
    if (!articles.pageInfo.hasNextPage) throw new Error(`case deep: the "both" filter has only ${page} pages of 20, not ${DEEP_PAGES + 1}`);
    after = articles.pageInfo.endCursor as string;
  }
  return after!;
}

/** Builds and checks the chosen cases against the server at `url` (the deep one pages there for its cursor). */
export async function resolveCases(url: string, names: CaseName[]): Promise<BenchCase[]> {
  const cases: BenchCase[] = [];
  for (const name of names) {
    const query = name === "deep" ? bothQuery(await deepCursor(url)) : QUERIES[name];
    cases.push(await checkCase(url, name, query));
  }
  return cases;
}
