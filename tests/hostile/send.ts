// Sends hostile requests over plain HTTP (byte-exact bodies and headers) and checks every answer.
import http from "node:http";
import { type HostileRequest } from "./generate.js";

export interface HostileResponse {
  status: number;
  contentType: string;
  text: string;
  ms: number;
  /** Set when no HTTP answer came back (connection reset, timeout). */
  networkError?: string;
}

/** Sends one request on `agent`; resolves (never rejects) with what came back and how long it took. */
export function send(
  base: URL,
  request: HostileRequest,
  agent: http.Agent,
  timeoutMs = 30_000,
): Promise<HostileResponse> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: Omit<HostileResponse, "ms">) => {
      if (settled) return;
      settled = true;
      resolve({ ...r, ms: performance.now() - started });
    };
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.path,
        agent,
        headers: { ...request.headers, ...(request.body ? { "content-length": String(request.body.length) } : {}) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          done({
            status: res.statusCode ?? 0,
            contentType: String(res.headers["content-type"] ?? ""),
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", (e) => done({ status: 0, contentType: "", text: "", networkError: e.message }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", (e) => done({ status: 0, contentType: "", text: "", networkError: e.message }));
    req.end(request.body);
  });
}

/** Runs `fn` over `items` with at most `concurrency` at a time, keeping the order of the results. */
export async function mapConcurrent<T, R>(items: T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}

/** Internals a client must never see: stack frames, file paths, SQL and driver text. */
const LEAKS: Array<[string, RegExp]> = [
  ["stack trace", /\n?\s{2,}at [\w.<>]+ \(|\bat [\w./]+:\d+:\d+/g],
  ["stacktrace field", /"stacktrace"/g],
  ["file path", /\/src\/|node_modules|\.ts:\d|\.js:\d|file:\/\//g],
  ["SQL", /\bSELECT\b|\bFROM "|\brelation "|\bINSERT INTO\b|\bWHERE\b|syntax error at or near|\bpg_catalog\b/g],
  ["driver", /prisma|PrismaClient|DriverAdapterError|\bpg\b error|ECONNREFUSED|SQLSTATE/gi],
];

/** The response's problems (empty when it is fine). Echoes of the request's own text do not count as leaks. */
export function checkResponse(request: HostileRequest, response: HostileResponse): string[] {
  const problems: string[] = [];
  if (response.networkError) return [`no HTTP answer: ${response.networkError}`];
  if (response.status >= 500) problems.push(`status ${response.status}`);
  if (request.expectStatus !== undefined && response.status !== request.expectStatus) {
    problems.push(`status ${response.status}, expected ${request.expectStatus}`);
  }
  if (/INTERNAL_SERVER_ERROR/.test(response.text)) problems.push("INTERNAL_SERVER_ERROR");
  const sent = requestText(request);
  for (const [name, pattern] of LEAKS) {
    for (const m of response.text.matchAll(pattern)) {
      const around = response.text.slice(m.index, m.index + m[0].length + 4);
      if (!sent.includes(around)) {
        problems.push(`${name}: ${JSON.stringify(around)}`);
        break;
      }
    }
  }
  if (!request.json) return problems;
  if (!/^application\/(graphql-response\+)?json\b/.test(response.contentType)) {
    problems.push(`content-type ${JSON.stringify(response.contentType)}`);
  }
  let body: { data?: unknown; errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
  try {
    body = JSON.parse(response.text);
  } catch {
    return [...problems, `body is no JSON: ${JSON.stringify(response.text.slice(0, 80))}`];
  }
  if (typeof body !== "object" || body === null || (!("data" in body) && !("errors" in body))) {
    problems.push(`body is no GraphQL response: ${response.text.slice(0, 80)}`);
  }
  for (const error of body.errors ?? []) {
    if (typeof error.extensions?.code !== "string")
      problems.push(`error without a code: ${String(error.message).slice(0, 80)}`);
    const message = String(error.message);
    if (message.length > 1000) problems.push(`message of ${message.length} characters`);
  }
  if (request.expectCode && body.errors?.[0]?.extensions?.code !== request.expectCode) {
    problems.push(`code ${String(body.errors?.[0]?.extensions?.code)}, expected ${request.expectCode}`);
  }
  if (request.probe && response.text.includes(request.probe.slice(0, 101))) {
    problems.push("echoes more than 100 characters of a value");
  }
  return problems;
}

function requestText(request: HostileRequest): string {
  let query = "";
  try {
    query = decodeURIComponent(request.path);
  } catch {
    query = request.path;
  }
  const body = request.body?.toString("utf8") ?? "";
  let unescaped = "";
  try {
    unescaped = JSON.stringify(JSON.parse(body));
  } catch {
    // not JSON: the raw text is all there is
  }
  return `${query}\n${body}\n${unescaped}`;
}

/** The code of every error in a JSON answer (none for data only; "(not JSON)" for other bodies). */
export function errorCodes(response: HostileResponse): string[] {
  try {
    const body = JSON.parse(response.text) as { errors?: Array<{ extensions?: { code?: string } }> };
    return body.errors?.length ? body.errors.map((e) => e.extensions?.code ?? "(no code)") : ["(data, no error)"];
  } catch {
    return [response.networkError ? "(no answer)" : "(not JSON)"];
  }
}
