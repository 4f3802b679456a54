// Cache-Control and Surrogate-Key on every GraphQL answer: public for a successful anonymous GET of a
// query (tags collected while it runs), private and unstored for everything else. (Vary is set in
// cache-edge.ts, appended to CORS's.)
import { type ApolloServerPlugin } from "@apollo/server";
import { collectTags, type TagCollector } from "../modules/entity/cache-tags.js";
import { cacheControlHeader, cachedOperationPolicy, hasCredentials, NO_STORE, type Policy } from "./cache-control.js";
import { surrogateKey } from "./cache-tags.js";

export function cacheHeadersPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      // Only GETs are cached by shared caches; anything with credentials is the requester's own.
      const candidate = request.http?.method === "GET" && !hasCredentials(request.http.headers);
      let policy: Policy = { kind: "no-store" };
      let collector: TagCollector | undefined;
      return {
        async didResolveOperation({ document, operation }) {
          policy = operation ? cachedOperationPolicy(document, operation) : { kind: "no-store" };
          if (candidate && policy.kind === "public") collector = collectTags(contextValue);
        },
        async willSendResponse({ response }) {
          const headers = response.http.headers;
          const body = response.body.kind === "single" ? response.body.singleResult : undefined;
          const ok = body !== undefined && !body.errors?.length && (response.http.status ?? 200) === 200;
          if (collector && ok) {
            headers.set("cache-control", cacheControlHeader(policy));
            headers.set("surrogate-key", surrogateKey(collector));
          } else {
            headers.set("cache-control", NO_STORE);
          }
        },
      };
    },
  };
}
