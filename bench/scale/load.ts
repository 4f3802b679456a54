// One autocannon run of one GraphQL operation, with exact latency percentiles.
import autocannon from "autocannon";

export interface LoadResult {
  connections: number;
  /** Seconds the measured run lasted. */
  seconds: number;
  /** Completed requests. */
  requests: number;
  /** Average of autocannon's per-second request counts. */
  requestsPerSecond: number;
  /** Latency percentiles in ms over every response of the run (autocannon's own histogram has no p95). */
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  /** 2xx responses whose body contains "errors" (a GraphQL error). */
  graphqlErrors: number;
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** POSTs `query` to `url` over `connections` connections for `seconds` s, as fast as the server answers. */
export async function runLoad(url: string, query: string, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    connections,
    duration: seconds,
    verifyBody: (body) => !body.includes('"errors"'),
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      mean: latencies.reduce((sum, ms) => sum + ms, 0) / latencies.length,
      max: latencies.at(-1) ?? Number.NaN,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors: result.mismatches,
  };
}
