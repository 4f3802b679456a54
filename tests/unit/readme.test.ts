// The README's numbers that can drift from the code: the topic count, the CORS answer, the hostile
// suite's size (the limits have tests/unit/limits.test.ts). Each is read from where the code keeps it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CORS_ALLOWED_HEADERS,
  CORS_EXPOSED_HEADERS,
  CORS_MAX_AGE_SECONDS,
  CORS_METHODS,
} from "../../src/auth/access.js";
import { MEDIA_TOPICS } from "../../src/vocab/mediatopics.js";
import { HOSTILE_PRODUCTION_REQUESTS, HOSTILE_REQUESTS } from "../hostile/counts.js";

const raw = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const readme = raw.replace(/\s+/g, " ");
const benchmarks = readFileSync(new URL("../../docs/benchmarks.md", import.meta.url), "utf8").replace(/\s+/g, " ");
const n = (value: number) => value.toLocaleString("en-US");
const numbersBefore = (text: string, pattern: string) =>
  [...text.matchAll(new RegExp(`(\\d[\\d,]*)[ -]${pattern}`, "g"))].map((m) => Number(m[1]!.replace(/,/g, "")));

describe("README states what the code does", () => {
  it("gives the number of topics the seed loads, wherever it gives one", () => {
    expect(readme).toContain(`there are ${MEDIA_TOPICS.length} topics today`);
    expect(numbersBefore(readme, "(?:IPTC )?(?:Media )?topics")).toEqual([MEDIA_TOPICS.length]);
  });

  it("lists the CORS methods and headers the server sends", () => {
    const cors =
      /\(methods ([^;]+); headers ([^;]+); cached (\d+) s\), and their responses expose ([^ ]+) to the page/.exec(
        readme,
      );
    expect(cors, "the CORS sentence of 'Browsers on another origin'").not.toBeNull();
    const [, methods, headers, maxAge, exposed] = cors!;
    const list = (text: string) => text.split(",").map((s) => s.trim().replace(/`/g, ""));
    expect(list(methods!)).toEqual(CORS_METHODS);
    expect(list(headers!)).toEqual(CORS_ALLOWED_HEADERS);
    expect(Number(maxAge)).toBe(CORS_MAX_AGE_SECONDS);
    expect(list(exposed!)).toEqual(CORS_EXPOSED_HEADERS);
  });

  it("gives the hostile suite's size as the suite has it, in the README and the benchmarks", () => {
    const total = HOSTILE_REQUESTS + HOSTILE_PRODUCTION_REQUESTS;
    expect(readme).toContain(
      `sends ${n(total)} generated hostile requests to prove it: ${n(HOSTILE_REQUESTS)} to a development server and ${n(HOSTILE_PRODUCTION_REQUESTS)} more`,
    );
    expect(numbersBefore(readme, "(?:generated )?hostile requests")).toEqual([total]);
    for (const size of numbersBefore(benchmarks, "request hostile suite")) expect(size).toBe(total);
  });

  it("repeats no run of ten words outside code and tables (a half-paragraph was once left doubled at the top)", () => {
    const words = raw
      .split(/^```[^\n]*\n[\s\S]*?^```$/m)
      .flatMap((part) => part.split("\n"))
      .filter((line) => !line.trim().startsWith("|"))
      .join(" ")
      .split(/\s+/)
      .filter(Boolean);
    const seen = new Set<string>();
    const doubled: string[] = [];
    for (let i = 0; i + 10 <= words.length; i++) {
      const run = words.slice(i, i + 10).join(" ");
      if (seen.has(run)) doubled.push(run);
      seen.add(run);
    }
    expect(doubled).toEqual([]);
  });
});
