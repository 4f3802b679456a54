// The header logic of the caching edge, without a server: which operations a shared cache may keep
// and for how long, how tags are bounded, how purges are split.
import { Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import {
  ARTICLE_POLICY,
  cacheControlHeader,
  hasCredentials,
  operationPolicy,
  VOCABULARY_POLICY,
} from "../../src/http/cache-control.js";
import { MAX_TAG_HEADER_BYTES, surrogateKey } from "../../src/http/cache-tags.js";
import { loadCacheOptions } from "../../src/http/cache-config.js";
import { tagChunks } from "../../src/http/purge.js";
import { collectTags, recordFilter, tag } from "../../src/modules/entity/cache-tags.js";
import { type ResolvedFilter } from "../../src/modules/article/article.filter.js";

const policyOf = (text: string) => {
  const document = parse(text);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return cacheControlHeader(operationPolicy(document, operation));
};
const short = `public, max-age=${ARTICLE_POLICY.maxAge}, stale-while-revalidate=${ARTICLE_POLICY.staleWhileRevalidate}`;
const long = `public, max-age=${VOCABULARY_POLICY.maxAge}, stale-while-revalidate=${VOCABULARY_POLICY.staleWhileRevalidate}`;

describe("operationPolicy", () => {
  it("keeps article reads briefly (purges keep them fresh) and vocabulary for an hour", () => {
    expect(policyOf("{ articles { totalCount } }")).toBe(short);
    expect(policyOf("{ topics { code name } organisations { code } }")).toBe(long);
    expect(policyOf("{ topics { code articleCount } }")).toBe(short);
    expect(policyOf("{ countries(filter: { mentioned: true }) { code } }")).toBe(short);
    expect(policyOf('{ country(code: "JP") { coMentions { articleCount } } }')).toBe(short);
  });

  it("never lets a shared cache keep mutations, subscriptions or the audit trail, also inside fragments", () => {
    expect(policyOf('mutation { deleteArticle(id: "x") { id } }')).toBe("private, no-store");
    expect(policyOf("subscription { articlePublished { id } }")).toBe("private, no-store");
    expect(policyOf('{ article(slug: "x") { revisions { at } } }')).toBe("private, no-store");
    expect(policyOf('query { article(slug: "x") { ...R } } fragment R on Article { revisions { at } }')).toBe(
      "private, no-store",
    );
    expect(policyOf('{ node(id: "x") { ... on Article { revisions { at } } } }')).toBe("private, no-store");
  });

  it("treats an Authorization header or any cookie as credentials", () => {
    const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name] });
    expect(hasCredentials(headers({ authorization: "Bearer x" }))).toBe(true);
    expect(hasCredentials(headers({ cookie: "a=b" }))).toBe(true);
    expect(hasCredentials(headers({ accept: "application/json" }))).toBe(false);
  });
});

describe("cache tags", () => {
  const filter = (
    sets: Partial<Record<string, Partial<{ all: string[]; any: string[]; none: string[] }>>>,
    extra = {},
  ) =>
    ({
      sets: Object.fromEntries(
        ["countries", "topics", "authors", "places", "organisations", "persons"].map((k) => [
          k,
          { all: [], any: [], none: [], ...sets[k] },
        ]),
      ),
      ...extra,
    }) as unknown as ResolvedFilter;

  it("names a filter's all-of and any-of entities; none-of only, no filter, dates or words need the coarse tag", () => {
    const context = {};
    const collector = collectTags(context);
    recordFilter(context, filter({ countries: { all: ["JP", "US"] }, topics: { any: ["medtop:1"] } }));
    expect([...collector.tags]).toEqual(["country:JP", "country:US", "topic:medtop:1"]);
    expect(collector.anyArticle).toBe(false);
    for (const coarse of [
      filter({ countries: { none: ["US"] } }),
      filter({}),
      filter({ countries: { all: ["JP"] } }, { text: "Sicherheit" }),
      filter({ countries: { all: ["JP"] } }, { publishedAfter: new Date() }),
    ]) {
      const c = {};
      const coarseCollector = collectTags(c);
      recordFilter(c, coarse);
      expect(coarseCollector.anyArticle).toBe(true);
    }
  });

  it("always sends the tag that purges everything, and falls back to the coarse tags past the bound", () => {
    const collector = collectTags({});
    collector.add(tag("article", "a1"));
    expect(surrogateKey(collector)).toBe("newsroom article:a1");
    for (let i = 0; i < 500; i++)
      collector.add(tag("article", `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`));
    expect(surrogateKey(collector)).toBe("newsroom articles");
    expect(MAX_TAG_HEADER_BYTES).toBeLessThan(8192);
  });

  it("replaces the characters a tag header separates on, as the SQL side does", () => {
    expect(tag("place", "new york,us")).toBe("place:new_york_us");
  });

  it("splits purges into headers of bounded size", () => {
    const tags = Array.from({ length: 300 }, (_, i) => `article:${String(i).padStart(36, "0")}`);
    const chunks = tagChunks(tags, 4000);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => Buffer.byteLength(c) <= 4000)).toBe(true);
    expect(chunks.join(" ").split(" ")).toEqual(tags);
  });
});

describe("loadCacheOptions", () => {
  it("reads the purge targets and names every bad variable", () => {
    expect(
      loadCacheOptions({ NEWSROOM_PURGE_URL: "http://varnish-a:6081/, http://varnish-b:6081/" }).purgeUrls,
    ).toEqual(["http://varnish-a:6081/", "http://varnish-b:6081/"]);
    expect(() =>
      loadCacheOptions({
        NEWSROOM_PURGE_URL: "varnish:6081",
        NEWSROOM_TRUSTED_DOCUMENTS: "strict",
        NEWSROOM_PURGE_METHOD: "GET",
      }),
    ).toThrow(/NEWSROOM_TRUSTED_DOCUMENTS[\s\S]*NEWSROOM_PURGE_URL[\s\S]*NEWSROOM_PURGE_METHOD/);
  });
});
