// npm run bench:gazetteer: what loading the gazetteer costs a server process. Runs in a fresh
// process (node, not tsx, on the compiled dist/ as the server does): RSS and time before and after
// importing the place and organisation modules (after the country vocabulary the server loads anyway), and after the first extraction and lookup, which
// build the lazy indexes.
import { execFileSync } from "node:child_process";

const script = `
const mb = () => process.memoryUsage().rss / 1048576;
// What the server loads anyway before (country vocabulary: i18n-iso-countries and ICU names).
(await import("./dist/vocab/countries.js")).allCountries();
globalThis.gc?.();
const rss0 = mb();
const t0 = performance.now();
const places = await import("./dist/ingest/places.js");
const orgs = await import("./dist/ingest/organisations.js");
const gazetteer = await import("./dist/vocab/gazetteer.js");
const t1 = performance.now();
const rss1 = mb();
places.findPlaceMentions("In Berlin und KAIRO.");
gazetteer.resolvePlace("moskau");
(await import("./dist/vocab/organisations.js")).resolveOrganisation("nato");
const t2 = performance.now();
globalThis.gc?.();
const rss2 = mb();
console.log(JSON.stringify({ importMs: t1 - t0, firstUseMs: t2 - t1, rssBeforeMb: rss0, rssAfterImportMb: rss1, rssAfterFirstUseMb: rss2 }));
`;
const out = execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], {
  cwd: new URL("..", import.meta.url),
  encoding: "utf8",
});
const r = JSON.parse(out) as Record<string, number>;
console.log(
  `gazetteer: import ${r.importMs!.toFixed(0)} ms + first use ${r.firstUseMs!.toFixed(0)} ms; RSS ${r.rssBeforeMb!.toFixed(1)} -> ${r.rssAfterImportMb!.toFixed(1)} -> ${r.rssAfterFirstUseMb!.toFixed(1)} MB (+${(r.rssAfterFirstUseMb! - r.rssBeforeMb!).toFixed(1)} MB)`,
);
