// The operation a request names, read from the request itself: for log lines and metrics of requests
// refused before Apollo resolves their operation (a wrong token, CSRF, a rate limit, a parse error).
import { Lexer, Source, TokenKind } from "graphql";
import { MAX_DOCUMENT_LENGTH, MAX_TOKENS } from "./limits.js";

const OPERATION_KEYWORDS = new Set(["query", "mutation", "subscription"]);

/**
 * The name of the only named operation in `document` (`query Name …`), found with graphql-js's lexer so
 * it also works on documents that do not parse (or do not even lex to the end). Undefined when the
 * document names none or several. Reads at most MAX_TOKENS tokens of the first MAX_DOCUMENT_LENGTH
 * characters, like the guards, so a refused megabyte-long document costs no more than an accepted one.
 */
export function singleOperationName(document: string): string | undefined {
  const lexer = new Lexer(new Source(document.slice(0, MAX_DOCUMENT_LENGTH)));
  const names: string[] = [];
  let depth = 0;
  try {
    for (
      let token = lexer.advance(), n = 0;
      token.kind !== TokenKind.EOF && n < MAX_TOKENS;
      token = lexer.advance(), n++
    ) {
      if (token.kind === TokenKind.BRACE_L) depth++;
      else if (token.kind === TokenKind.BRACE_R) depth = Math.max(0, depth - 1);
      else if (depth === 0 && token.kind === TokenKind.NAME && OPERATION_KEYWORDS.has(token.value)) {
        const next = lexer.lookahead();
        // `query Name`, not `$query:` or `on query {`: a keyword followed by a name.
        if (next.kind === TokenKind.NAME) names.push(next.value);
      }
    }
  } catch {
    // A lexical error (an unterminated string, a stray character): the names before it still count.
  }
  return names.length === 1 ? names[0] : undefined;
}

/**
 * The operation a GraphQL-over-HTTP request names: its `operationName` (POST body or GET query string),
 * else the single named operation of its document, else the `X-Apollo-Operation-Name` header (which
 * Apollo's clients send, and which is all there is when the body was too large to read).
 */
export function requestedOperationName(
  params: { operationName?: unknown; query?: unknown } | undefined,
  header: string | undefined,
): string | undefined {
  if (typeof params?.operationName === "string" && params.operationName !== "") return params.operationName;
  const fromDocument = typeof params?.query === "string" ? singleOperationName(params.query) : undefined;
  return fromDocument ?? (header || undefined);
}
