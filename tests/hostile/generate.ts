// A deterministic generator of hostile HTTP requests against /graphql, built from the committed schema:
// every argument of every field (nested connection fields included) gets hostile values, as literals
// and as variables, next to broken syntax, floods, bodies, content types, methods and encodings.
import { readFileSync } from "node:fs";
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";

/** One request to send: everything the wire carries, and what the answer must be where it is fixed. */
export interface HostileRequest {
  id: number;
  category: string;
  /** Short human description (the hostile part, cut to 120 characters). */
  label: string;
  method: string;
  /** Path and query string, e.g. "/graphql?query=..." */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** The status HTTP or GraphQL over HTTP fixes for this request, if any. */
  expectStatus?: number;
  /** The code the first error must carry, if it is fixed. */
  expectCode?: string;
  /** false where HTTP semantics allow an answer that is not JSON (HEAD, the Sandbox landing page). */
  json: boolean;
  /** A long value sent; no answer may echo more than 100 characters of it. */
  probe?: string;
}

/** Real values from the seeded database, so that only one part of a request is hostile. */
export interface Samples {
  slug: string;
  authorSlug: string;
  articleCursors: string[];
  searchCursors: string[];
  authorCursors: string[];
}

export const ROOT_SCHEMA = new URL("../../schema.graphql", import.meta.url);

// ---------------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32): the same seed gives the same requests.

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  return { next, int, pick, shuffle };
}
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------------
// Hostile values

/** A value to put where an argument goes: a GraphQL literal, a JSON variable value, or raw JSON text. */
interface Hostile {
  label: string;
  /** GraphQL literal text; absent when the value cannot be written inline. */
  literal?: string;
  /** JSON value for a variable; absent when the value only exists as raw JSON text. */
  json?: unknown;
  /** Raw JSON text for a variable (lone surrogates, invalid escapes). */
  rawJson?: string;
  probe?: string;
}

const LONG = (n: number) => `hostile-${"Aa0".repeat(Math.ceil(n / 3))}`.slice(0, n);
const MEGABYTE_STRING = LONG(1_000_000);

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE article; --",
  '"; DROP TABLE "article"; --',
  "1; SELECT pg_sleep(10)",
  "' UNION SELECT password FROM pg_shadow --",
  "$$; SELECT 1; $$",
  "\\",
  "\\\\'",
  "%",
  "_%_",
  "*",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style injection string, sent as is
  "${jndi:ldap://x/a}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "../../../../etc/passwd",
  "__proto__",
  "constructor",
  "toString",
  "!(&|):*<->",
  "a & b | !c",
  "' || pg_sleep(5) || '",
  "JP' OR 'x'='x",
  "\u202eLTR override",
  "👍🏽 emoji \u200d zero width",
  "e\u0301\u0301\u0301 combining",
  "\uffff\ufffe",
  "\u0001\u0002\u001b[31m",
  "line\nbreak\r\ntab\t",
  " ",
  "",
];

function stringHostiles(): Hostile[] {
  const s = (v: string, label = JSON.stringify(v)): Hostile => ({
    label,
    literal: JSON.stringify(v),
    json: v,
    probe: v.length > 100 ? v : undefined,
  });
  return [
    ...INJECTIONS.map((v) => s(v)),
    s("nul\u0000byte", "NUL"),
    s("\u0000", "only NUL"),
    s(LONG(101), "101 chars"),
    s(LONG(501), "501 chars"),
    s(LONG(10_000), "10 kB string"),
    s(LONG(200_000), "200 kB string"),
    s(MEGABYTE_STRING, "1 MB string"),
    { label: "lone surrogate \\ud800", literal: '"\\ud800"', rawJson: '"\\ud800"' },
    { label: "lone surrogate \\udfff", literal: '"a\\udfffb"', rawJson: '"a\\udfffb"' },
    { label: "reversed pair", literal: '"\\udc00\\ud800"', rawJson: '"\\udc00\\ud800"' },
    { label: "bad escape \\x", literal: '"\\x41"', rawJson: '"\\x41"' },
    { label: "bad unicode escape", literal: '"\\u12"', rawJson: '"\\u12"' },
    { label: "code point escape", literal: '"\\u{1F600}"' },
    { label: "out of range code point", literal: '"\\u{110000}"' },
    { label: "block string", literal: '"""block "" \\""" string"""' },
    { label: "unterminated string", literal: '"open' },
  ];
}

const WRONG_TYPES: Hostile[] = [
  { label: "int", literal: "1", json: 1 },
  { label: "float", literal: "1.5", json: 1.5 },
  { label: "true", literal: "true", json: true },
  { label: "list", literal: "[1, 2]", json: [1, 2] },
  { label: "object", literal: "{ a: 1 }", json: { a: 1 } },
  { label: "enum", literal: "JP", json: "JP" },
  { label: "variable not declared", literal: "$undeclared" },
  {
    label: "deep list",
    literal: `${"[".repeat(60)}1${"]".repeat(60)}`,
    json: JSON.parse(`${"[".repeat(500)}1${"]".repeat(500)}`),
  },
  { label: "deep object", json: JSON.parse(`${'{"a":'.repeat(2000)}1${"}".repeat(2000)}`) },
];

const INT_HOSTILES: Hostile[] = [
  ...["0", "-1", "-2147483648", "2147483647", "2147483648", "-2147483649", "101", "1000", "100000000000000000000"].map(
    (v) => ({ label: v, literal: v, json: Number(v) }),
  ),
  { label: "1e20 float", literal: "1e20", json: 1e20 },
  { label: "-0", literal: "-0", json: -0 },
  { label: "400 digits", literal: "9".repeat(400), rawJson: "9".repeat(400), probe: "9".repeat(400) },
  { label: "string number", literal: '"20"', json: "20" },
  { label: "null", literal: "null", json: null },
  { label: "float 1.5", literal: "1.5", json: 1.5 },
  { label: "NaN text", literal: "NaN", rawJson: "NaN" },
  { label: "hex", literal: "0x10", rawJson: "0x10" },
  { label: "leading zero", literal: "010", rawJson: "010" },
  { label: "long string", literal: JSON.stringify(LONG(300)), json: LONG(300), probe: LONG(300) },
];

const DATE_HOSTILES: Hostile[] = [
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00Z",
  "9999-12-31T23:59:59.999Z",
  "10000-01-01T00:00:00Z",
  "+275760-09-13T00:00:00Z",
  "-000001-01-01T00:00:00Z",
  "2025-02-30T00:00:00Z",
  "2025-13-01T00:00:00Z",
  "2025-01-01",
  "2025-01-01T00:00:00+99:00",
  "2025-01-01T25:61:61Z",
  "yesterday",
  "1e20",
].map((v) => ({ label: v, literal: JSON.stringify(v), json: v }));

const uuid = "0196f0c2-0000-7000-8000-000000000000";
const forge = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");

function cursorHostiles(samples: Samples): Hostile[] {
  const c = (v: string, label: string): Hostile => ({
    label,
    literal: JSON.stringify(v),
    json: v,
    probe: v.length > 100 ? v : undefined,
  });
  return [
    c("", "empty cursor"),
    c("%%%not-base64%%%", "not base64"),
    c(Buffer.from("plain text").toString("base64url"), "base64 of text"),
    c(forge({ a: 1 }), "object cursor"),
    c(forge([]), "empty array cursor"),
    c(forge(["PUBLISHED_DESC", "not a date", uuid]), "key no date"),
    c(forge(["PUBLISHED_DESC", "-004714-01-01T00:00:00.000Z", uuid]), "year -4714"),
    c(forge(["PUBLISHED_DESC", "2025-01-01T00:00:00.000Z", "x'; DROP TABLE article; --"]), "id injection"),
    c(forge(["PUBLISHED_DESC", 1e20, uuid]), "number key"),
    c(forge(["RELEVANCE", 1e20, uuid]), "relevance 1e20"),
    c(forge(["RELEVANCE", "NaN", uuid]), "relevance NaN text"),
    c(forge(["NAME", "a\u0000b", uuid]), "name with NUL"),
    c(forge(["NAME", LONG(5000), uuid]), "name 5 kB"),
    c(forge(["NAME", { $gt: "" }, uuid]), "name object"),
    c(forge(["PUBLISHED_ASC", "2025-01-01T00:00:00.000Z", uuid, "extra"]), "four parts"),
    c(forge([LONG(300), 1, uuid]), "ordering 300 chars"),
    c(forge(["PUBLISHED_DESC", "2025-01-01T00:00:00.000Z", uuid.toUpperCase()]), "uppercase uuid"),
    c(Buffer.from('["PUBLISHED_DESC", "2025-01-01T00:00:00.000Z", "\\ud800"]').toString("base64url"), "surrogate id"),
    c(Buffer.from([0xff, 0xfe, 0x00, 0x5b]).toString("base64url"), "binary cursor"),
    c(LONG(20_000), "20 kB cursor"),
    ...samples.articleCursors.slice(0, 2).map((v) => c(v, "article cursor")),
    ...samples.searchCursors.slice(0, 2).map((v) => c(v, "search cursor")),
    ...samples.authorCursors.slice(0, 2).map((v) => c(v, "author cursor")),
    ...samples.articleCursors.slice(0, 1).map((v) => c(`${v}=`, "padded cursor")),
    ...samples.articleCursors.slice(0, 1).map((v) => c(v.slice(0, -3), "cut cursor")),
  ];
}

/** Hostile values for an input type, and for each field path inside input objects. */
function hostilesFor(type: GraphQLInputType, name: string, samples: Samples, depth = 0): Hostile[] {
  const named = getNamedType(type);
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  if (isInputObjectType(named)) {
    if (depth > 2) return [];
    const out: Hostile[] = [
      { label: "empty object", literal: "{}", json: {} },
      { label: "unknown field", literal: "{ nope: 1 }", json: { nope: 1 } },
      { label: "__proto__ field", rawJson: '{"__proto__": {"x": 1}}' },
      { label: "string for object", literal: '"x"', json: "x" },
      { label: "null", literal: "null", json: null },
    ];
    for (const field of Object.values(named.getFields())) {
      for (const inner of hostilesFor(field.type, field.name, samples, depth + 1)) {
        out.push({
          label: `${field.name}.${inner.label}`,
          literal: inner.literal === undefined ? undefined : `{ ${field.name}: ${inner.literal} }`,
          json: inner.json === undefined ? undefined : { [field.name]: inner.json },
          rawJson: inner.rawJson === undefined ? undefined : `{"${field.name}": ${inner.rawJson}}`,
          probe: inner.probe,
        });
      }
    }
    return out;
  }
  let scalars: Hostile[];
  if (isEnumType(named)) {
    scalars = [
      { label: "enum as string", literal: '"RELEVANCE"', json: "relevance" },
      { label: "unknown enum", literal: "NEWEST", json: "NEWEST" },
      { label: "null enum", literal: "null", json: null },
      { label: "enum true", literal: "true", json: true },
    ];
  } else if (named.name === "Int") {
    scalars = INT_HOSTILES;
  } else if (named.name === "Boolean") {
    scalars = [
      { label: "string true", literal: '"true"', json: "true" },
      { label: "1", literal: "1", json: 1 },
    ];
  } else if (named.name === "DateTimeISO") {
    scalars = [...DATE_HOSTILES, ...WRONG_TYPES.slice(0, 4)];
  } else if (name === "after" || name === "before") {
    scalars = [...cursorHostiles(samples), ...WRONG_TYPES.slice(0, 2)];
  } else {
    scalars = [...stringHostiles(), ...WRONG_TYPES];
  }
  if (!list) return scalars;
  const listed = scalars
    .filter((h) => h.literal !== "null")
    .map<Hostile>((h) => ({
      label: `[${h.label}]`,
      literal: h.literal === undefined ? undefined : `[${h.literal}]`,
      json: h.json === undefined ? undefined : [h.json],
      rawJson: h.rawJson === undefined ? undefined : `[${h.rawJson}]`,
      probe: h.probe,
    }));
  return [
    ...listed,
    { label: "[null]", literal: "[null]", json: [null] },
    { label: "10,000 items", json: Array.from({ length: 10_000 }, (_, i) => `country-${i}`) },
    { label: "50,000 x JP", json: Array(50_000).fill("JP") },
    { label: "500 distinct names", literal: `[${Array.from({ length: 500 }, (_, i) => `"n${i}"`).join(",")}]` },
    ...scalars.slice(0, 2),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Where each argument is: every field with arguments, reached from Query with valid arguments.

interface Site {
  field: GraphQLField<unknown, unknown>;
  parent: GraphQLObjectType;
  /** Wraps the field's selection into a whole selection set from Query. */
  wrap: (inner: string) => string;
}

function validArgs(parent: string, field: GraphQLField<unknown, unknown>, samples: Samples, except?: string): string {
  const known: Record<string, string> = {
    "Query.article.slug": JSON.stringify(samples.slug),
    "Query.author.slug": JSON.stringify(samples.authorSlug),
    "Query.country.code": '"JP"',
    "Query.topic.code": '"medtop:16000000"',
    "Query.search.query": '"Japan"',
  };
  const parts = field.args
    .filter((a) => a.name !== except)
    .flatMap((a) => {
      const v = known[`${parent}.${field.name}.${a.name}`];
      if (v) return [`${a.name}: ${v}`];
      return [];
    });
  return parts.length ? `(${parts.join(", ")})` : "";
}

/** A small selection of a type's scalar fields (and of its object fields, one level down). */
function selectionOf(type: GraphQLObjectType, depth = 0): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) {
      if (parts.length < 3 && f.name !== "ninjs" && f.name !== "body") parts.push(f.name);
    } else if (isObjectType(named) && depth === 0 && f.args.length === 0 && parts.length < 6) {
      parts.push(`${f.name} ${selectionOf(named, 1)}`);
    }
  }
  return `{ ${parts.length ? parts.join(" ") : "__typename"} }`;
}

export function schemaSites(schema: GraphQLSchema, samples: Samples): Site[] {
  const query = schema.getQueryType()!;
  const sites: Site[] = [];
  const seen = new Set<string>();
  const queue: Array<{ type: GraphQLObjectType; wrap: (inner: string) => string }> = [
    { type: query, wrap: (inner) => inner },
  ];
  seen.add(query.name);
  while (queue.length) {
    const { type, wrap } = queue.shift()!;
    // Single objects first (`topic(code)` before `topics`): a nested argument is then tested on one parent,
    // where the server runs it, not refused as a fan-out over a whole vocabulary.
    const fields = Object.values(type.getFields()).sort(
      (a, b) => Number(isListType(getNullableType(a.type))) - Number(isListType(getNullableType(b.type))),
    );
    for (const field of fields) {
      if (field.args.length) sites.push({ field, parent: type, wrap });
      const named = getNamedType(field.type);
      if (isObjectType(named) && !seen.has(named.name)) {
        seen.add(named.name);
        const args = validArgs(type.name, field, samples);
        queue.push({ type: named, wrap: (inner) => wrap(`${field.name}${args} { ${inner} }`) });
      }
    }
  }
  return sites;
}

// ---------------------------------------------------------------------------------------------------
// Requests

const JSON_HEADERS = {
  "content-type": "application/json",
  accept: "application/graphql-response+json, application/json",
};

function post(body: string | Buffer, headers: Record<string, string> = JSON_HEADERS) {
  return { method: "POST", path: "/graphql", headers, body: typeof body === "string" ? Buffer.from(body) : body };
}

/** A POST body with `{query, variables, operationName}`; a raw JSON variable value is spliced in verbatim. */
function graphqlBody(query: string, variables?: Record<string, unknown>, raw?: { name: string; json: string }): string {
  const vars = variables ?? {};
  if (!raw) return JSON.stringify({ query, variables: vars });
  const placeholder = "__RAW_VALUE__";
  return JSON.stringify({ query, variables: { ...vars, [raw.name]: placeholder } }).replace(
    `"${placeholder}"`,
    raw.json,
  );
}

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

type Draft = Omit<HostileRequest, "id">;

function argumentRequests(schema: GraphQLSchema, samples: Samples): Draft[] {
  const out: Draft[] = [];
  for (const site of schemaSites(schema, samples)) {
    const { field, parent } = site;
    const returned = getNamedType(field.type);
    const selection = isObjectType(returned) ? ` ${selectionOf(returned)}` : "";
    for (const arg of field.args as readonly GraphQLArgument[]) {
      const where = `${parent.name}.${field.name}(${arg.name})`;
      const others = validArgs(parent.name, field, samples, arg.name).replace(/^\(|\)$/g, "");
      const withArg = (value: string) =>
        `${field.name}(${[others, `${arg.name}: ${value}`].filter(Boolean).join(", ")})`;
      for (const h of hostilesFor(arg.type, arg.name, samples)) {
        // Megabyte values only at the root: below it they test nothing new and cost the run seconds.
        if (parent !== schema.getQueryType() && /1 MB|200 kB/.test(h.label)) continue;
        const label = `${where} = ${h.label}`.slice(0, 120);
        if (h.literal !== undefined) {
          out.push({
            category: "argument literal",
            label,
            ...post(JSON.stringify({ query: `{ ${site.wrap(`${withArg(h.literal)}${selection}`)} }` })),
            json: true,
            probe: h.probe,
          });
        }
        if (h.json !== undefined || h.rawJson !== undefined) {
          const query = `query Hostile($v: ${typeString(arg.type)}) { ${site.wrap(`${withArg("$v")}${selection}`)} }`;
          out.push({
            category: "argument variable",
            label,
            ...post(
              h.rawJson !== undefined
                ? graphqlBody(query, {}, { name: "v", json: h.rawJson })
                : graphqlBody(query, { v: h.json }),
            ),
            json: true,
            probe: h.probe,
          });
        }
      }
      // The variable declared with a type other than the argument's.
      for (const wrong of ["String", "Int", "[String]", "Boolean!", "ArticleFilter", "Nope"]) {
        // A nullable variable may stand where a non-null argument has a default value: not an error.
        if (wrong === typeString(arg.type) || wrong === typeString(arg.type).replace(/!$/, "")) continue;
        const query = `query Hostile($v: ${wrong}) { ${site.wrap(`${withArg("$v")}${selection}`)} }`;
        out.push({
          category: "variable of the wrong type",
          label: `${where} declared ${wrong}`,
          ...post(graphqlBody(query, { v: wrong.startsWith("Int") ? 5 : "JP" })),
          json: true,
          expectStatus: 400,
          expectCode: "GRAPHQL_VALIDATION_FAILED",
        });
      }
    }
  }
  return out;
}

const VALID_DOCUMENTS = [
  `{ articles(filter: { countries: { all: ["JP", "US"] } }, first: 10) { totalCount edges { cursor node { id slug headline publishedAt authors { name } countries { code name } topics { code name } } } pageInfo { hasNextPage endCursor } } }`,
  `{ search(query: "Sicherheitspartnerschaft", orderBy: PUBLISHED_DESC, first: 5) { totalCount edges { score highlight node { headline publishedAt } } } }`,
  `{ country(code: "JP") { name articleCount coMentions(first: 5) { country { code name } articleCount } } }`,
  `{ articleFacets(filter: { countries: { all: ["JP"] } }) { totalCount countries { country { code } count } } }`,
  `query Q($first: Int) { authors(first: $first) { totalCount edges { node { name slug } } } }`,
  `{ topics { code name articleCount } }`,
];

function syntaxRequests(r: Rng): Draft[] {
  const out: Draft[] = [];
  const broken = [
    "{",
    "}",
    "",
    " ",
    "query",
    "query {",
    "{ articles(first: ) { totalCount } }",
    "{ articles(first: 1 { totalCount } }",
    "{ articles { totalCount }",
    '{ article(slug: "open) { id } }',
    '{ article(slug: """open) { id } }',
    "{ articles(first: 1.) { totalCount } }",
    "{ articles(first: 0x10) { totalCount } }",
    "{ articles(first: 1e) { totalCount } }",
    "{ ...  }",
    "{ ... on }",
    "fragment on on on { id }",
    "query Q($: Int) { topics { code } }",
    "query Q($a Int) { topics { code } }",
    "{ topics { code } } }",
    "{ topics { code } } garbage",
    "subscription { topics { code } }",
    "mutation { __typename }",
    "{ topics @ { code } }",
    "{ topics(: 1) { code } }",
    "\u0000{ topics { code } }",
    "{ topics { co\u0000de } }",
    "{ topics { code } } \u0007",
    '{ article(slug: "\\ud800") { id } }',
    '{ article(slug: "\\u{D800}") { id } }',
    '{ article(slug: "\\u{110000}") { id } }',
    '{ article(slug: "\\q") { id } }',
    "# only a comment",
    "{ topics { code } } #".padEnd(5000, "#"),
    "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{",
    "{ a".repeat(2000),
    "[".repeat(10_000),
    "{ topics { code } ".repeat(5),
    "\ufeff{ topics { code } }",
    "{ \u00a0topics { code } }",
    "{ tópics { code } }",
    "query Q { topics { code } } query Q { topics { code } }",
    "query { topics { code } } query { topics { name } }",
  ];
  for (const q of broken) {
    out.push({ category: "syntax", label: q.slice(0, 60), ...post(JSON.stringify({ query: q })), json: true });
  }
  // Valid documents cut short, or with a stray character inserted, at seeded positions.
  for (let i = 0; i < 160; i++) {
    const doc = r.pick(VALID_DOCUMENTS);
    const at = 1 + r.int(doc.length - 2);
    const q =
      i % 2 === 0
        ? doc.slice(0, at)
        : doc.slice(0, at) +
          r.pick(["{", "}", "(", ")", '"', "$", "@", "!", ":", "...", "&", "|", "="]) +
          doc.slice(at);
    out.push({ category: "syntax", label: `mutated at ${at}`, ...post(JSON.stringify({ query: q })), json: true });
  }
  // Random printable garbage.
  for (let i = 0; i < 40; i++) {
    const q = Array.from({ length: 1 + r.int(200) }, () => String.fromCharCode(32 + r.int(95))).join("");
    out.push({
      category: "syntax",
      label: `garbage ${q.slice(0, 30)}`,
      ...post(JSON.stringify({ query: q })),
      json: true,
    });
  }
  return out;
}

function nestingRequests(samples: Samples): Draft[] {
  const out: Draft[] = [];
  const q = (category: string, label: string, query: string, extra: Partial<Draft> = {}) =>
    out.push({ category, label, ...post(JSON.stringify({ query })), json: true, ...extra });
  for (const n of [7, 8, 9, 12, 20, 50, 100]) {
    q(
      "deep nesting",
      `related x${n}`,
      `{ article(slug: ${JSON.stringify(samples.slug)}) ${"{ related(first: 100) ".repeat(n)}{ id }${" }".repeat(n)} }`,
    );
    q(
      "deep nesting",
      `coMentions x${n}`,
      `{ country(code: "JP") ${"{ coMentions(first: 100) { country ".repeat(n)}{ code }${" } }".repeat(n)} }`,
    );
    q(
      "deep nesting",
      `author articles x${n}`,
      `{ authors { edges { node ${"{ articles { edges { node { authors ".repeat(n)}{ name }${" } } } }".repeat(n)} } } }`,
    );
    q("deep nesting", `inline fragments x${n}`, `{ ${"... on Query { ".repeat(n)}topics { code }${" }".repeat(n)} }`);
    q(
      "deep nesting",
      `list literal x${n}`,
      `{ articles(filter: { authors: ${"[".repeat(n)}"x"${"]".repeat(n)} }) { totalCount } }`,
    );
    q(
      "deep nesting",
      `object literal x${n}`,
      `{ articles(filter: ${"{ countries: ".repeat(n)}{ all: ["JP"] }${" }".repeat(n)}) { totalCount } }`,
    );
  }
  // Introspection abuse.
  for (const n of [3, 6, 8, 10, 20, 40]) {
    q("introspection", `ofType x${n}`, `{ __schema { types { ${"ofType { ".repeat(n)}name${" }".repeat(n)} } } }`);
    q(
      "introspection",
      `fields-type x${n}`,
      `{ __schema { types { ${"fields { type { ".repeat(n)}name${" } }".repeat(n)} } } }`,
    );
    q(
      "introspection",
      `__type x${n}`,
      `{ __type(name: "Article") { ${"fields { type { fields { type { ".repeat(n)}name${" } } } }".repeat(n)} } }`,
    );
  }
  for (const n of [2, 15, 16, 50, 100]) {
    q(
      "introspection",
      `__schema aliases x${n}`,
      `{ ${Array.from({ length: n }, (_, i) => `s${i}: __schema { types { name fields { name args { name } } } }`).join(" ")} }`,
    );
  }
  for (const h of [...stringHostiles().slice(0, 40)]) {
    if (h.literal)
      q("introspection", `__type(name: ${h.label})`.slice(0, 120), `{ __type(name: ${h.literal}) { name } }`, {
        probe: h.probe,
      });
  }
  q("introspection", "__typename on root x200", `{ ${"__typename ".repeat(200)} }`);
  q(
    "introspection",
    "full introspection",
    `{ __schema { queryType { name } types { kind name fields(includeDeprecated: true) { name args { name defaultValue type { name kind ofType { name kind ofType { name } } } } } } directives { name locations args { name } } } }`,
  );
  return out;
}

function floodRequests(): Draft[] {
  const out: Draft[] = [];
  const q = (category: string, label: string, query: string) =>
    out.push({ category, label, ...post(JSON.stringify({ query })), json: true });
  const fields = [
    (i: number) =>
      `a${i}: articles(first: 100) { totalCount edges { node { id headline authors { name } countries { code } topics { code } } } }`,
    (i: number) => `a${i}: search(query: "Japan ${i}", first: 100) { totalCount edges { highlight node { id } } }`,
    (i: number) =>
      `a${i}: articleFacets(first: 100) { totalCount countries { count } topics { count } authors { count } }`,
    (i: number) =>
      `a${i}: country(code: "JP") { coMentions(first: ${1 + (i % 100)}) { articleCount country { articles(first: 100) { totalCount } } } }`,
    (i: number) => `a${i}: countries { code articleCount }`,
    (i: number) => `a${i}: __typename`,
  ];
  for (const n of [2, 5, 10, 15, 16, 20, 50, 100, 300]) {
    for (const [k, f] of fields.entries()) {
      q("alias flood", `${n} aliases of field ${k}`, `{ ${Array.from({ length: n }, (_, i) => f(i)).join(" ")} }`);
    }
  }
  // Same field, different arguments, no aliases: a field-merge conflict.
  q("alias flood", "conflicting fields", `{ articles(first: 1) { totalCount } articles(first: 2) { totalCount } }`);
  // Fan-out inside one list: every article's related articles, each with its own related articles.
  q(
    "alias flood",
    "nested fan-out",
    `{ articles(first: 100) { edges { node { related(first: 100) { related(first: 100) { related(first: 100) { id } } } } } } }`,
  );
  q(
    "alias flood",
    "countries x coMentions x articles",
    `{ countries { coMentions(first: 100) { country { articles(first: 100) { edges { node { countries { code } } } } } } } }`,
  );
  // Directive floods.
  for (const n of [10, 49, 50, 51, 100, 400]) {
    q("directive flood", `@include x${n}`, `{ topics ${"@include(if: true) ".repeat(n)}{ code } }`);
    q(
      "directive flood",
      `@skip x${n} on fields`,
      `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename @skip(if: false)`).join(" ")} }`,
    );
  }
  for (const d of [
    "@nope",
    "@include",
    '@include(if: "yes")',
    "@include(if: true, if: false)",
    "@deprecated",
    "@specifiedBy(url: 1)",
    "@skip(if: $undeclared)",
  ]) {
    q("directive flood", d, `{ topics ${d} { code } }`);
  }
  q("directive flood", "directive on query", `query @include(if: true) { topics { code } }`);
  return out;
}

function fragmentRequests(): Draft[] {
  const out: Draft[] = [];
  const q = (label: string, query: string) =>
    out.push({ category: "fragments", label, ...post(JSON.stringify({ query })), json: true });
  q("self cycle", `{ ...A } fragment A on Query { ...A }`);
  q("two cycle", `{ ...A } fragment A on Query { topics { code } ...B } fragment B on Query { ...A }`);
  for (const n of [3, 10, 50, 200]) {
    const frags = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { topics { code } ...F${(i + 1) % n} }`);
    q(`cycle of ${n}`, `{ ...F0 } ${frags.join(" ")}`);
    const chain = Array.from(
      { length: n },
      (_, i) =>
        `fragment C${i} on Country { code ${i + 1 < n ? `coMentions(first: 1) { country { ...C${i + 1} } }` : ""} }`,
    );
    q(`nested chain of ${n}`, `{ country(code: "JP") { ...C0 } } ${chain.join(" ")}`);
    const wide = Array.from({ length: n }, (_, i) => `fragment W${i} on Query { ...W${i + 1} ...W${i + 1} }`);
    q(`doubling fragments x${n}`, `{ ...W0 } ${wide.join(" ")} fragment W${n} on Query { topics { code } }`);
  }
  q("undefined fragment", `{ ...Nope }`);
  q("wrong type condition", `{ ...A } fragment A on Article { id }`);
  q("unknown type condition", `{ ... on Nope { id } }`);
  q("unused fragment", `{ topics { code } } fragment A on Query { topics { name } }`);
  q("duplicate fragment", `{ ...A } fragment A on Query { topics { code } } fragment A on Query { topics { name } }`);
  q("fragment on scalar", `{ ...A } fragment A on String { length }`);
  q("fragment variables", `{ ...A } fragment A on Query { article(slug: $s) { id } }`);
  q("spread inside arguments", `{ articles(filter: { ...A }) { totalCount } }`);
  q(
    "interface fragment",
    `{ article(slug: "x") { mentions { occurrences { ... on TextSpan { start end } ... on Place { name } } } } }`,
  );
  return out;
}

function operationRequests(): Draft[] {
  const out: Draft[] = [];
  const two = "query A { topics { code } } query B { countries { code } }";
  const cases: Array<[string, unknown]> = [
    ["unknown name", { query: two, operationName: "Nope" }],
    ["missing name with two", { query: two }],
    ["name with NUL", { query: two, operationName: "A\u0000" }],
    ["name 1 MB", { query: two, operationName: MEGABYTE_STRING }],
    ["name number", { query: two, operationName: 1 }],
    ["name object", { query: two, operationName: { a: 1 } }],
    ["name empty", { query: two, operationName: "" }],
    ["name __proto__", { query: two, operationName: "__proto__" }],
    ["name toString", { query: two, operationName: "toString" }],
    ["name on anonymous", { query: "{ topics { code } }", operationName: "A" }],
    ["duplicate names", { query: "query A { topics { code } } query A { topics { name } }", operationName: "A" }],
    ["mutation by name", { query: "mutation M { __typename } query A { topics { code } }", operationName: "M" }],
    ["subscription by name", { query: "subscription S { topics { code } }", operationName: "S" }],
  ];
  for (const [label, body] of cases) {
    out.push({
      category: "operation name",
      label,
      ...post(JSON.stringify(body)),
      json: true,
      probe: label === "name 1 MB" ? MEGABYTE_STRING : undefined,
    });
  }
  return out;
}

function persistedQueryRequests(): Draft[] {
  const out: Draft[] = [];
  const hashes: unknown[] = [
    "0".repeat(64),
    "abc",
    "",
    LONG(5000),
    1,
    null,
    { a: 1 },
    "g".repeat(64),
    "\u0000".repeat(64),
  ];
  for (const sha256Hash of hashes) {
    for (const withQuery of [true, false]) {
      for (const version of [1, 2, "1", null]) {
        const body = {
          ...(withQuery ? { query: "{ topics { code } }" } : {}),
          extensions: { persistedQuery: { version, sha256Hash } },
        };
        out.push({
          category: "persisted query",
          label: `v${version} hash ${JSON.stringify(sha256Hash).slice(0, 20)} ${withQuery ? "with" : "without"} query`,
          ...post(JSON.stringify(body)),
          json: true,
        });
      }
    }
  }
  for (const extensions of ["x", [1], 1, null, { persistedQuery: "x" }, { persistedQuery: [] }]) {
    out.push({
      category: "persisted query",
      label: `extensions ${JSON.stringify(extensions)}`,
      ...post(JSON.stringify({ query: "{ topics { code } }", extensions })),
      json: true,
    });
  }
  return out;
}

function bodyRequests(): Draft[] {
  const out: Draft[] = [];
  const b = (label: string, body: string | Buffer, extra: Partial<Draft> = {}, headers = JSON_HEADERS) =>
    out.push({ category: "body", label, ...post(body, headers), json: true, ...extra });
  for (const raw of [
    "",
    " ",
    "\n",
    "null",
    "123",
    '"str"',
    "true",
    "[]",
    "{}",
    "{",
    '{"query":',
    "{'query':'{ topics { code } }'}",
    '{"query": "{ topics { code } }",}',
    '{"query": "{ topics { code } }"} trailing',
    "NaN",
    "\u0000",
    '{"query": "\\u0000"}',
  ]) {
    b(`raw ${JSON.stringify(raw).slice(0, 50)}`, raw, { expectStatus: 400 });
  }
  // JSON.parse keeps the last of duplicate keys, as every JSON parser in Node does.
  b("duplicate query key", '{"query": "{ topics { code } }", "query": "{ countries { code } }"}');
  for (const query of [null, 1, true, [], ["{ topics { code } }"], { a: 1 }, ""]) {
    b(`query ${JSON.stringify(query)}`, JSON.stringify({ query }), { expectStatus: 400 });
  }
  for (const variables of ["x", "{}", 1, true, [], [1], '{"a":1}']) {
    b(
      `variables ${JSON.stringify(variables)}`,
      JSON.stringify({ query: "query Q($a: Int) { topics { code } }", variables }),
      { expectStatus: 400 },
    );
  }
  b("variables null", JSON.stringify({ query: "{ topics { code } }", variables: null }));
  b("unknown variable", JSON.stringify({ query: "{ topics { code } }", variables: { nope: 1 } }));
  b("missing required variable", JSON.stringify({ query: "query Q($s: String!) { author(slug: $s) { name } }" }), {
    expectStatus: 400,
    expectCode: "BAD_USER_INPUT",
  });
  b(
    "null required variable",
    JSON.stringify({ query: "query Q($s: String!) { author(slug: $s) { name } }", variables: { s: null } }),
  );
  b("extra top-level keys", JSON.stringify({ query: "{ topics { code } }", foo: 1, __proto__: { a: 1 } }));
  b(
    "BOM",
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ query: "{ topics { code } }" }))]),
  );
  b("deep JSON nesting", `${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}`);
  b("deep JSON array", `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
  b(
    "deep variables",
    `{"query":"query Q($a: String) { author(slug: $a) { name } }","variables":{"a":${"[".repeat(50_000)}${"]".repeat(50_000)}}}`,
  );
  // Batches (batching is off).
  for (const n of [0, 1, 2, 10, 1000]) {
    b(`batch of ${n}`, JSON.stringify(Array.from({ length: n }, () => ({ query: "{ topics { code } }" }))), {
      expectStatus: 400,
    });
  }
  b("batch of garbage", JSON.stringify([1, "x", null]), { expectStatus: 400 });
  b("nested batch", JSON.stringify([[{ query: "{ topics { code } }" }]]), { expectStatus: 400 });
  // Oversized and megabyte bodies.
  const big = (n: number) => JSON.stringify({ query: `{ topics { code } } #${"x".repeat(n)}` });
  b("1.1 MB body", big(1_100_000), { expectStatus: 413 });
  b("3 MB body", big(3_000_000), { expectStatus: 413 });
  b("just under 1 MB", big(1_048_000));
  b(
    "1 MB string variable",
    JSON.stringify({ query: "query Q($s: String!) { author(slug: $s) { name } }", variables: { s: MEGABYTE_STRING } }),
    {
      probe: MEGABYTE_STRING,
    },
  );
  b("1 MB unknown field", JSON.stringify({ query: `{ ${LONG(1_000_000).replace(/-/g, "_")} }` }), {
    probe: LONG(1_000_000).replace(/-/g, "_"),
  });
  // Invalid UTF-8 and unpaired surrogates.
  const frame = (bytes: number[]) =>
    Buffer.concat([
      Buffer.from('{"query":"query Q($s: String!) { author(slug: $s) { name } }","variables":{"s":"a'),
      Buffer.from(bytes),
      Buffer.from('b"}}'),
    ]);
  for (const [label, bytes] of Object.entries({
    "0xff": [0xff],
    "0xfe 0xff": [0xfe, 0xff],
    "overlong slash": [0xc0, 0xaf],
    "overlong NUL": [0xc0, 0x80],
    "truncated 2-byte": [0xc3],
    "truncated 3-byte": [0xe2, 0x82],
    "truncated 4-byte": [0xf0, 0x9f, 0x98],
    "CESU surrogate": [0xed, 0xa0, 0x80],
    "beyond U+10FFFF": [0xf4, 0x90, 0x80, 0x80],
    "5-byte form": [0xf8, 0x88, 0x80, 0x80, 0x80],
    "continuation only": [0x80, 0x80],
  })) {
    b(`invalid UTF-8 ${label}`, frame(bytes));
    b(
      `invalid UTF-8 ${label} in query`,
      Buffer.concat([Buffer.from('{"query":"{ topics { code } '), Buffer.from(bytes), Buffer.from(' }"}')]),
    );
  }
  for (const s of ["\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud800\\u0000"]) {
    b(
      `lone surrogate ${s} in variable`,
      `{"query":"query Q($s: String!) { author(slug: $s) { name } }","variables":{"s":"${s}"}}`,
    );
    b(`lone surrogate ${s} in query`, `{"query":"{ author(slug: \\"${s}\\") { name } }"}`);
    b(`lone surrogate ${s} in key`, `{"query":"{ topics { code } }","variables":{"${s}":1}}`);
  }
  b("UTF-16 body", Buffer.from(`\ufeff${JSON.stringify({ query: "{ topics { code } }" })}`, "utf16le"));
  return out;
}

function contentTypeRequests(): Draft[] {
  const out: Draft[] = [];
  const body = JSON.stringify({ query: "{ topics { code } }" });
  const c = (
    label: string,
    headers: Record<string, string>,
    extra: Partial<Draft> = {},
    payload: string | Buffer = body,
  ) => out.push({ category: "content type", label, ...post(payload, headers), json: true, ...extra });
  // Simple requests a browser may send cross-site without a preflight: CSRF prevention refuses them.
  for (const type of [
    "text/plain",
    "text/plain; charset=utf-8",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
  ]) {
    c(type, { "content-type": type }, { expectStatus: 400 });
  }
  c("no content type", {}, { expectStatus: 400 });
  for (const type of [
    "application/graphql",
    "application/xml",
    "application/json; charset=utf-16",
    "application/json; charset=latin1",
    "application/json; charset=nope",
    "application/json;;;",
    "application/json; charset=\u00e4",
    "APPLICATION/JSON",
    "application/json; charset=UTF-8",
    "application/graphql-response+json",
    "application/vnd.api+json",
    "application/json, text/plain",
    "*/*",
    "",
  ]) {
    c(type || "empty content type", { "content-type": type });
  }
  c("text/plain with query text", { "content-type": "text/plain" }, { expectStatus: 400 }, "{ topics { code } }");
  c("application/graphql with query text", { "content-type": "application/graphql" }, {}, "{ topics { code } }");
  c("gzip label, plain body", { "content-type": "application/json", "content-encoding": "gzip" });
  c("br label, plain body", { "content-type": "application/json", "content-encoding": "br" });
  c("unknown encoding", { "content-type": "application/json", "content-encoding": "zstd-x" });
  for (const accept of [
    "application/xml",
    "text/html",
    "application/graphql-response+json",
    "*/*",
    "application/json;q=0",
    "",
    "text/event-stream",
    "multipart/mixed",
  ]) {
    c(`accept ${accept || "empty"}`, { "content-type": "application/json", accept });
    c(
      `accept ${accept || "empty"} on a validation error`,
      { "content-type": "application/json", accept },
      {},
      JSON.stringify({ query: "{ nope }" }),
    );
  }
  c("preflight header only", { "content-type": "text/plain", "apollo-require-preflight": "true" });
  return out;
}

function getRequests(samples: Samples): Draft[] {
  const out: Draft[] = [];
  const g = (label: string, params: Record<string, string>, extra: Partial<Draft> = {}, method = "GET") =>
    out.push({
      category: method === "GET" ? "GET" : "method",
      label,
      method,
      path: `/graphql?${new URLSearchParams(params).toString()}`,
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
      json: true,
      ...extra,
    });
  g("valid", { query: "{ topics { code } }" });
  g("valid with variables", {
    query: "query Q($s: String!) { author(slug: $s) { name } }",
    variables: JSON.stringify({ s: samples.authorSlug }),
  });
  g("mutation", { query: "mutation { __typename }" }, { expectStatus: 405 });
  g("no query", {}, { expectStatus: 400 });
  g("empty query", { query: "" }, { expectStatus: 400 });
  g("syntax error", { query: "{" }, { expectStatus: 400, expectCode: "GRAPHQL_PARSE_FAILED" });
  g("variables not JSON", { query: "{ topics { code } }", variables: "{nope" }, { expectStatus: 400 });
  g("variables array", { query: "{ topics { code } }", variables: "[1]" }, { expectStatus: 400 });
  g("extensions not JSON", { query: "{ topics { code } }", extensions: "{nope" }, { expectStatus: 400 });
  g("persisted query wrong hash", {
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } }),
  });
  g("unknown operation", { query: "query A { topics { code } }", operationName: "B" });
  g("NUL", { query: '{ article(slug: "a\u0000b") { id } }' });
  g(
    "lone surrogate (percent-encoded)",
    {},
    { path: "/graphql?query=%7B%20article(slug%3A%20%22%ED%A0%80%22)%20%7B%20id%20%7D%20%7D" },
  );
  g("invalid percent-encoding", {}, { path: "/graphql?query=%E0%A4%A&variables=%" });
  g("repeated query parameter", {}, { path: "/graphql?query=%7B%20topics%20%7B%20code%20%7D%20%7D&query=%7B" });
  g("search 10 kB", { query: `{ search(query: "${LONG(10_000)}") { totalCount } }` }, { probe: LONG(10_000) });
  g(
    "without preflight header",
    { query: "{ topics { code } }" },
    { headers: { accept: "application/json" }, expectStatus: 400 },
  );
  g("Sandbox page", {}, { headers: { accept: "text/html" }, json: false });
  g("long URL (60 kB)", { query: `{ topics { code } } #${"x".repeat(60_000)}` }, { json: false });
  for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS"]) {
    g(
      method,
      { query: "{ topics { code } }" },
      { body: Buffer.from(JSON.stringify({ query: "{ topics { code } }" })) },
      method,
    );
  }
  g("HEAD", { query: "{ topics { code } }" }, { json: false }, "HEAD");
  return out;
}

function searchRequests(): Draft[] {
  const out: Draft[] = [];
  const texts = [
    "",
    " ",
    "-",
    "--",
    "-Japan",
    "or",
    "or or or",
    '"',
    '"""',
    '"Japan',
    "!!!",
    "(((",
    ":*",
    "Japan:*",
    "a & b",
    "a <-> b",
    "der die das",
    "\\",
    "'",
    "Japan ".repeat(83),
    "(".repeat(500),
    '"'.repeat(500),
    "-".repeat(500),
    "a".repeat(500),
    "a".repeat(501),
    LONG(2_000),
    LONG(100_000),
    "Japan ' OR 1=1 --",
    "Sicherheitspartnerschaft",
    "日本",
    "🇯🇵",
  ];
  for (const text of texts) {
    const probe = text.length > 100 ? text : undefined;
    for (const [label, query] of [
      ["search", "query Q($t: String!) { search(query: $t, first: 5) { totalCount edges { highlight node { id } } } }"],
      ["filter.text", "query Q($t: String) { articles(filter: { text: $t }, orderBy: RELEVANCE) { totalCount } }"],
      ["facets text", "query Q($t: String) { articleFacets(filter: { text: $t }) { totalCount } }"],
      [
        "coMentions text",
        'query Q($t: String) { country(code: "JP") { coMentions(filter: { text: $t }) { articleCount } } }',
      ],
    ] as const) {
      out.push({
        category: "search text",
        label: `${label}: ${JSON.stringify(text).slice(0, 60)}`,
        ...post(JSON.stringify({ query, variables: { t: text } })),
        json: true,
        probe,
      });
    }
  }
  return out;
}

function controlRequests(samples: Samples): Draft[] {
  return [
    ...VALID_DOCUMENTS,
    `{ article(slug: ${JSON.stringify(samples.slug)}) { mentions { country { code } occurrences { text kind } } related(first: 3) { slug } ninjs } }`,
  ].map((query) => ({
    category: "valid",
    label: query.slice(0, 60),
    ...post(JSON.stringify({ query, variables: { first: 5 } })),
    json: true,
    expectStatus: 200,
  }));
}

/**
 * Generates hostile requests from the schema: `count` of them (or every one when count is larger
 * than the pool), the same for the same seed and samples. Every category keeps at least its share;
 * the argument matrix, the largest, is sampled down first.
 */
export function generateHostileRequests(options: {
  samples: Samples;
  seed?: number;
  count?: number;
  schema?: GraphQLSchema;
}): HostileRequest[] {
  const r = rng(options.seed ?? 8);
  const schema = options.schema ?? buildSchema(readFileSync(ROOT_SCHEMA, "utf8"));
  const fixed = [
    ...syntaxRequests(r),
    ...nestingRequests(options.samples),
    ...floodRequests(),
    ...fragmentRequests(),
    ...operationRequests(),
    ...persistedQueryRequests(),
    ...bodyRequests(),
    ...contentTypeRequests(),
    ...getRequests(options.samples),
    ...searchRequests(),
    ...controlRequests(options.samples),
  ];
  const matrix = argumentRequests(schema, options.samples);
  const room = Math.max(0, (options.count ?? Number.POSITIVE_INFINITY) - fixed.length);
  // Round-robin over the arguments, so every argument of every field keeps its share.
  const groups = new Map<string, Draft[]>();
  for (const d of r.shuffle(matrix)) {
    const key = d.label.split(/ = | declared /)[0]!;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const sampled: Draft[] = [];
  for (let round = 0; sampled.length < Math.min(room, matrix.length); round++) {
    for (const group of groups.values()) {
      const d = group[round];
      if (d && sampled.length < room) sampled.push(d);
    }
  }
  return r.shuffle([...fixed, ...sampled]).map((d, id) => ({ id, ...d }));
}
