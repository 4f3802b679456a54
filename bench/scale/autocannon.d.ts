// The part of autocannon 9's programmatic API that bench/scale uses (the package ships no types).
declare module "autocannon" {
  import { type EventEmitter } from "node:events";

  interface Options {
    url: string;
    method?: "GET" | "POST";
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** A response for which this returns false counts as a mismatch. */
    verifyBody?: (body: string) => boolean;
  }

  interface Result {
    /** Seconds actually run. */
    duration: number;
    /** Connection errors and timeouts. */
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    /** Statistics of the per-second request counts; `total` is the number of completed requests. */
    requests: { average: number; total: number };
  }

  interface Instance extends EventEmitter, PromiseLike<Result> {
    /** Emitted for every completed response; responseTime in ms. */
    on(
      event: "response",
      listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
    ): this;
  }

  function autocannon(options: Options): Instance;
  export default autocannon;
}
