// Database outages on demand: a database reached through a TCP proxy the test can cut, and the
// README's operations to send while it is cut.
import { sourceText } from "./corpus.js";
import { startTcpProxy, type TcpProxy } from "./proxy.js";

/** A TCP proxy in front of the database of `url`, and the URL that goes through it. */
export async function proxied(url: string): Promise<{ proxy: TcpProxy; url: string }> {
  const target = new URL(url);
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  return { proxy, url: Object.assign(new URL(url), { port: String(proxy.port) }).toString() };
}

/** The README's example reads: each reaches PostgreSQL in its own way (raw SQL pages, search, facets, counters). */
export const README_READS: Record<string, string> = {
  articles: `{ articles(filter: { countries: { all: ["JP", "US"] } }, first: 10) {
    totalCount edges { cursor node { id slug headline publishedAt authors { name } countries { code name } topics { code name } } }
    pageInfo { hasNextPage endCursor } } }`,
  search: `{ search(query: "Sicherheitspartnerschaft", orderBy: PUBLISHED_DESC, first: 5) {
    totalCount edges { score highlight node { headline publishedAt } } } }`,
  facets: `{ articleFacets(filter: { countries: { all: ["JP"] } }) {
    totalCount countries { country { code name } count } topics { topic { name } count } authors { author { name } count } } }`,
  country: `{ country(code: "JP") { name articleCount coMentions(first: 5) { country { code name } articleCount } } }`,
};

/** The README's ingest mutation (the writer's transaction); a new headline each time. */
export const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { id slug countries { code } } } }`;
export const ingestVariables = (headline: string) => ({
  input: {
    text: sourceText({
      headline,
      countries: ["JP", "US"],
      topic: "politics",
      authors: ["Anita Faake"],
      date: "29.03.2025",
    }),
  },
});

/** "status code" → how many answers, e.g. { "503 DATABASE_UNAVAILABLE": 598, "200 OK": 2206 }. */
export class Tally {
  readonly counts: Record<string, number> = {};
  add(status: number, body: { errors?: Array<{ extensions?: { code?: string } }> } | undefined): string {
    const key = `${status} ${body?.errors?.[0]?.extensions?.code ?? "OK"}`;
    this.counts[key] = (this.counts[key] ?? 0) + 1;
    return key;
  }
  /** Keys other than the allowed ones. */
  others(...allowed: string[]): Record<string, number> {
    return Object.fromEntries(Object.entries(this.counts).filter(([key]) => !allowed.includes(key)));
  }
}
