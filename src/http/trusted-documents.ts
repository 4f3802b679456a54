// Trusted documents: the operations this project ships (trusted-documents.json) are known to be
// what they say. A GET that names a trusted QUERY by hash needs no CSRF preflight header, so CDNs,
// Varnish and plain links can send it; with NEWSROOM_TRUSTED_DOCUMENTS=only, nothing else runs.
import type express from "express";
import { sha256Hex, type TrustedOperation } from "./trusted-manifest.js";

/** `allow`: trusted documents skip the preflight, anything else runs as before. `only`: nothing else runs. */
export type TrustedDocumentsMode = "allow" | "only";

export const TRUSTED_DOCUMENTS_VARIABLE = "NEWSROOM_TRUSTED_DOCUMENTS";

/** The header Apollo's CSRF prevention accepts as proof of a preflighted request. */
const PREFLIGHT_HEADER = "apollo-require-preflight";

interface Named {
  hash?: string;
  query?: string;
}

/** The hash and text a request names, from the query string (GET) or the JSON body (POST). */
function named(req: express.Request): Named {
  if (req.method === "GET") {
    const params = new URLSearchParams(req.url.slice(req.url.indexOf("?") + 1));
    let hash: string | undefined;
    try {
      hash = JSON.parse(params.get("extensions") ?? "null")?.persistedQuery?.sha256Hash;
    } catch {
      // Apollo answers malformed extensions itself
    }
    return { hash: typeof hash === "string" ? hash : undefined, query: params.get("query") ?? undefined };
  }
  const body = req.body as { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
  if (!body || typeof body !== "object" || Array.isArray(body)) return {};
  const hash = body.extensions?.persistedQuery?.sha256Hash;
  return {
    hash: typeof hash === "string" ? hash : undefined,
    query: typeof body.query === "string" ? body.query : undefined,
  };
}

/** The trusted operation a request names by hash or by its exact text; undefined when it names another. */
function lookup(trusted: Map<string, TrustedOperation>, { hash, query }: Named): TrustedOperation | undefined {
  if (query !== undefined) {
    const operation = trusted.get(sha256Hex(query));
    return operation && (hash === undefined || hash === operation.id) ? operation : undefined;
  }
  return hash === undefined ? undefined : trusted.get(hash);
}

const refusal = (what: string) => ({
  errors: [
    {
      message: `${TRUSTED_DOCUMENTS_VARIABLE}=only: this server runs only the operations in trusted-documents.json; ${what}`,
      extensions: { code: "BAD_REQUEST" },
    },
  ],
});

/**
 * Express middleware for /graphql, after the body parser and before Apollo. A trusted document named
 * by hash gets its text filled in (so no client has to register it first); a GET of a trusted query
 * is marked as preflighted, since a known query has no side effects. Mutations over GET are left to
 * Apollo, which refuses them; every other request still passes Apollo's CSRF prevention.
 */
export function trustedDocuments(
  trusted: Map<string, TrustedOperation>,
  mode: TrustedDocumentsMode,
  onRefused: (res: express.Response) => void = () => {},
): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "POST") return next();
    const request = named(req);
    const operation = lookup(trusted, request);
    if (!operation) {
      if (mode === "allow" || (request.hash === undefined && request.query === undefined)) return next();
      onRefused(res);
      res
        .status(400)
        .json(
          refusal(
            request.hash !== undefined
              ? `no trusted operation has the sha256Hash ${request.hash.slice(0, 64)}`
              : "send extensions.persistedQuery.sha256Hash of a trusted operation instead of a query text",
          ),
        );
      return;
    }
    if (request.query === undefined) {
      if (req.method === "GET")
        req.url += `${req.url.includes("?") ? "&" : "?"}query=${encodeURIComponent(operation.body)}`;
      else (req.body as { query?: string }).query = operation.body;
    }
    if (req.method === "GET" && operation.type === "query") req.headers[PREFLIGHT_HEADER] = "true";
    next();
  };
}

/** NEWSROOM_TRUSTED_DOCUMENTS: unset or `allow`, or `only`; anything else is a configuration error naming it. */
export function trustedDocumentsMode(value: string | undefined): TrustedDocumentsMode {
  if (value === undefined || value === "" || value === "allow") return "allow";
  if (value === "only") return "only";
  throw new Error(`${TRUSTED_DOCUMENTS_VARIABLE} must be "allow" or "only", not "${value.slice(0, 40)}"`);
}

/**
 * The same rule for WebSocket operations (graphql-ws sends the text): with `only`, a document whose
 * text is not a trusted one is refused; undefined when it may run.
 */
export function trustedWebSocketCheck(
  trusted: Map<string, TrustedOperation>,
  mode: TrustedDocumentsMode,
): (payload: { query?: unknown }) => string | undefined {
  return (payload) => {
    if (mode === "allow") return undefined;
    if (typeof payload.query === "string" && trusted.has(sha256Hex(payload.query))) return undefined;
    return refusal("send the exact text of a trusted operation").errors[0]!.message;
  };
}
