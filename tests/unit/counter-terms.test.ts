// Which totals are summed from pair counters (src/modules/article/article.filter.ts counterTerms):
// a filter on countries alone or persons alone, as inclusion-exclusion terms; anything else is not.
import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { counterTerms, type ResolvedFilter } from "../../src/modules/article/article.filter.js";
import { KINDS } from "../../src/modules/entity/registry.js";

type Sets = Partial<Record<(typeof KINDS)[number]["name"], Partial<{ all: string[]; any: string[]; none: string[] }>>>;
const filter = (sets: Sets, extra: Partial<ResolvedFilter> = {}): ResolvedFilter => ({
  sets: Object.fromEntries(
    KINDS.map((k) => [k.name, { all: [], any: [], none: [], ...sets[k.name] }]),
  ) as ResolvedFilter["sets"],
  ...extra,
});
const terms = (f: ResolvedFilter) => {
  const counted = counterTerms(f);
  return (
    counted && {
      kind: counted.kind.name,
      terms: counted.terms.map((t) => `${t.sign > 0 ? "+" : "-"}${t.ids.join("&")}`),
    }
  );
};

describe("counterTerms", () => {
  it("sums any-of A, B none-of C over persons from six intersections", () => {
    expect(terms(filter({ persons: { any: ["a", "b"], none: ["c"] } }))).toEqual({
      kind: "persons",
      terms: ["+a", "-a&c", "+b", "-b&c", "-a&b", "+a&b&c"],
    });
  });

  it("counts all-of with none-of over countries as |all| - |all ∩ none|", () => {
    expect(terms(filter({ countries: { all: ["JP", "US"], none: ["CN"] } }))).toEqual({
      kind: "countries",
      terms: ["+JP&US", "-JP&US&CN"],
    });
  });

  it("leaves to the entity sets: two kinds, kinds without counters, dates, text, none-of alone, too many alternatives", () => {
    expect(terms(filter({ countries: { all: ["JP"] }, persons: { all: ["a"] } }))).toBeNull();
    expect(terms(filter({ topics: { all: ["medtop:11000000"] } }))).toBeNull();
    expect(terms(filter({ persons: { all: ["a"] } }, { publishedAfter: new Date("2025-01-01") }))).toBeNull();
    expect(terms(filter({ persons: { all: ["a"] } }, { text: "Gipfel" }))).toBeNull();
    expect(terms(filter({ persons: { none: ["a"] } }))).toBeNull();
    expect(terms(filter({ persons: { any: ["a", "b", "c"], none: ["d", "e"] } }))).toBeNull();
  });
});
