// Every limit a client can run into, in one place: the guards, validators, pagers, the extractor and
// the README read them from here (tests/unit/limits.test.ts checks the README's Limits against them).

// --- A request ---------------------------------------------------------------------------------

/** Largest request body (express.json): an ingestArticle text of MAX_INGEST_CHARACTERS fits with room. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Longest GraphQL document, in characters. The largest operation in tests/operations is 2.5 kB;
 * 1,000 tokens of long names fit in about 20 kB. Article texts go in variables, not in documents.
 */
export const MAX_DOCUMENT_LENGTH = 32_768;
/** Largest GraphQL document, in lexical tokens (checked by graphql-js while parsing; comments are not tokens). */
export const MAX_TOKENS = 1000;
/** Deepest selection (graphql-armor). */
export const MAX_DEPTH = 8;
/**
 * graphql-armor's cost limit (objects 2, scalars 1, ×1.5 per level): the flagship page at 100
 * articles costs 7,981, the largest operation in tests/operations 2,519. README, "Limits".
 */
export const MAX_COST = 10_000;
/**
 * Most connections below the root one request may open (`Author.articles`, `Country.articles`,
 * `Topic.articles`): each runs its own few statements for every parent, unlike the batched fields.
 */
export const MAX_NESTED_CONNECTIONS = 25;
/**
 * Longest string accepted in an argument or variable of a query or subscription; nothing there needs
 * more (search texts stop at 500). Mutations carry article texts: their inputs validate their own lengths.
 */
export const MAX_STRING_LENGTH = 10_000;
/**
 * Memory the parsed-document cache may hold, estimated. Parsed trees keep their source text and token
 * list: a 1,000-token document holds about 300 kB, so this keeps ~50 of the largest and thousands of ordinary ones.
 */
export const DOCUMENT_CACHE_BYTES = 16 * 1024 * 1024;
/** Memory the automatic-persisted-query cache (hash → document text) may hold. */
export const PERSISTED_QUERY_CACHE_BYTES = 8 * 1024 * 1024;

/**
 * Runs of one document (and operation) on graphql-js before its plan is compiled (src/execution.ts).
 * Compiling the flagship page takes 2-7 ms and its plan saves 0.1-0.25 ms per run, so a plan pays after a few dozen
 * runs of a document that has already run ten times; a one-off document is never compiled.
 */
export const COMPILE_AFTER_RUNS = 10;
/** Documents whose runs are counted, the last used: a count is a few bytes. */
export const COUNTED_DOCUMENTS = 1_000;
/**
 * Compiled plans kept, the last used: a plan holds its generated code, ~110 kB for an operation of
 * tests/operations, ~370 kB for a 700-token one, so at most ~20 MB.
 */
export const COMPILED_DOCUMENTS = 50;

// --- Lists and filters -------------------------------------------------------------------------

/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest `first`/`last` of a page, and of `first` in facets, co-mentions and related articles. */
export const MAX_PAGE_SIZE = 100;
/** Most values in one filter list; also checked by resolveFilter, which subscriptions use without class-validator. */
export const MAX_FILTER_VALUES = 50;
/** Longest name a filter value may be: no country, place, organisation, topic or author name comes close. */
export const MAX_NAME_LENGTH = 200;
/** Longest accepted search text; longer ones are refused before PostgreSQL parses them. */
export const MAX_SEARCH_LENGTH = 500;
/** Most words in a search text: each is a term PostgreSQL matches and ts_headline highlights. */
export const MAX_SEARCH_TERMS = 32;
/** Search texts whose parse (the check before a search runs) is remembered: 10,000 of at most 500 characters. */
export const SEARCH_CHECK_CACHE_ENTRIES = 10_000;
/** Most ids one `nodes(ids:)` takes (a client cache refetching what a page showed). */
export const MAX_NODE_IDS = 100;

// --- Subscriptions -----------------------------------------------------------------------------

/** Open subscriptions per WebSocket connection, per client address, per API process. */
export const SUBSCRIPTION_LIMITS = { perSocket: 100, perAddress: 500, total: 2_000 };

// --- Texts and what extraction keeps -----------------------------------------------------------

/** Longest text `ingestArticle` accepts, in characters (a long feature is under 100,000). */
export const MAX_INGEST_CHARACTERS = 256 * 1024;
/** Largest source file the CLI reads: larger than any real article; a multi-megabyte "article" is a mistake. */
export const MAX_SOURCE_BYTES = 1024 * 1024;
/** Occurrences kept per entity (country, place, organisation) and article: the first, in text order. */
export const MAX_OCCURRENCES_PER_ENTITY = 100;
/**
 * Occurrences kept per article in all: past it every entity keeps fewer (its first k, the same k for
 * all), but always its first, so no entity is lost; only a text naming more entities than this keeps more.
 */
export const MAX_OCCURRENCES_PER_ARTICLE = 2_000;
/**
 * Longest evidence snippet, in characters. A sentence up to this long is the evidence as it stands
 * (nearly every sentence of a news text: the longest in the corpora has 214); a longer one is cut to a
 * window of this many characters around the mention, at spaces, marked with "…" where cut.
 */
export const MAX_EVIDENCE_CHARS = 300;
/** Direct quotes kept per article: the first, in text order (a text of 262,144 characters can hold thousands). */
export const MAX_QUOTES_PER_ARTICLE = 200;
/** Longest quote text kept, in characters; a longer quote is cut at a space and marked with "…". */
export const MAX_QUOTE_CHARS = 1_000;
/**
 * Texts up to this many characters (about 5,000 words, nearly every news article) are extracted on the
 * request thread: at most 38 ms of CPU for any content of that length on this machine kind.
 */
export const IN_THREAD_EXTRACTION_CHARACTERS = 32_768;
/** Texts that may wait for the extraction thread besides the one it works on; more are refused (EXTRACTION_BUSY). */
export const MAX_QUEUED_EXTRACTIONS = 8;
