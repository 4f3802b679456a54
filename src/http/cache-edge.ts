// The caching edge of /graphql, assembled: trusted documents, cache headers with tags, purges.
// server.ts wires it in; each piece lives in its own file.
import { type ApolloServerPlugin } from "@apollo/server";
import type express from "express";
import { type GraphQLSchema } from "graphql";
import { type Registry } from "prom-client";
import { type Database } from "../db/client.js";
import { type Logger } from "../logger.js";
import { type CacheOptions, DEFAULT_CACHE_OPTIONS } from "./cache-config.js";
import { NO_STORE, VARY } from "./cache-control.js";
import { cacheHeadersPlugin } from "./cache-plugin.js";
import { instrumentCacheTags } from "./cache-tags.js";
import { type Purger, startPurger } from "./purge.js";
import { trustedDocuments, trustedWebSocketCheck } from "./trusted-documents.js";
import { loadTrustedManifest } from "./trusted-manifest.js";

export interface CacheEdge {
  /** Express middleware for /graphql before the body parser: `private, no-store` unless Apollo decides otherwise. */
  noStore: express.RequestHandler;
  /** Express middleware for /graphql after the body parser, before Apollo: trusted documents. */
  trusted: express.RequestHandler;
  plugin: ApolloServerPlugin<object>;
  /** For graphql-ws: why an operation's document may not run here (NEWSROOM_TRUSTED_DOCUMENTS=only), or undefined. */
  webSocketRefusal: (payload: { query?: unknown }) => string | undefined;
  purger: Purger;
  close(): Promise<void>;
}

export async function createCacheEdge(options: {
  schema: GraphQLSchema;
  db: Database;
  log: Logger;
  registry: Registry;
  cache?: CacheOptions;
  /** Called when a request is refused here (NEWSROOM_TRUSTED_DOCUMENTS=only), to count its error code. */
  onRefused?: (res: express.Response, code: string) => void;
}): Promise<CacheEdge> {
  const cache = options.cache ?? DEFAULT_CACHE_OPTIONS;
  instrumentCacheTags(options.schema);
  const purger = await startPurger({ db: options.db, log: options.log, registry: options.registry, cache });
  // Answers refused before Apollo (bad bodies, limits, untrusted documents) must not be kept either.
  const noStoreByDefault: express.RequestHandler = (_req, res, next) => {
    res.setHeader("Cache-Control", NO_STORE);
    // Appended: CORS has already added Origin for the configured origins.
    res.vary(VARY);
    next();
  };
  const manifest = loadTrustedManifest();
  return {
    noStore: noStoreByDefault,
    webSocketRefusal: trustedWebSocketCheck(manifest, cache.trustedDocuments),
    trusted: trustedDocuments(manifest, cache.trustedDocuments, (res) => options.onRefused?.(res, "BAD_REQUEST")),
    plugin: cacheHeadersPlugin(),
    purger,
    close: () => purger.close(),
  };
}
