import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { EXPLORER_PATH } from "../../src/explorer.js";
import { SANDBOX_EXAMPLE } from "../../src/server.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const CONTENT_TYPES: Record<string, RegExp> = {
  js: /^(text|application)\/javascript/,
  css: /^text\/css/,
  ico: /^image\/(x-icon|vnd\.microsoft\.icon)/,
  svg: /^image\/svg\+xml/,
  png: /^image\/png/,
};

/** Every URL an HTML page names in a src= or href= attribute, with its element. */
function references(html: string): { tag: string; url: string }[] {
  return [...html.matchAll(/<(\w+)[^>]*?\s(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => ({
    tag: m[1]!.toLowerCase(),
    url: m[2]!,
  }));
}
/** The assets a page loads: every reference but <base> (which says where the others resolve). */
const assetUrls = (html: string) =>
  references(html)
    .filter((r) => r.tag !== "base")
    .map((r) => r.url);

const crossOrigin = (url: string) => /^(https?:)?\/\//i.test(url);

describe("offline explorer", () => {
  let db: TestDatabase;
  let dev: TestServer;
  let prod: TestServer;
  let prodWithExplorer: TestServer;
  const at = (api: TestServer, path: string) => new URL(path, api.server.url);

  beforeAll(async () => {
    db = await createTestDatabase();
    dev = await startTestServer(db.url);
    prod = await startTestServer(db.url, { production: true });
    prodWithExplorer = await startTestServer(db.url, { production: true, explorer: true });
  });
  afterAll(async () => {
    await Promise.all([dev?.stop(), prod?.stop(), prodWithExplorer?.stop()]);
    await db?.drop();
  });

  it("serves an HTML page at /explorer that references only same-origin assets, under a strict CSP", async () => {
    const res = await fetch(at(dev, EXPLORER_PATH));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toMatch(/https?:|\*/);
    const html = await res.text();
    expect(html).toContain('<base href="/explorer/">');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script: script-src 'self' allows none
    const urls = references(html).map((r) => r.url);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter(crossOrigin)).toEqual([]);
    expect(urls).toContain("init.js");
  });

  it("answers 200 with the right content type and the CSP for every asset the page references", async () => {
    const html = await (await fetch(at(dev, `${EXPLORER_PATH}/`))).text();
    const base = at(dev, `${EXPLORER_PATH}/`);
    const urls = assetUrls(html);
    expect(urls).toEqual(expect.arrayContaining(["styles.css", "polyfills.js", "main.js", "init.js", "favicon.ico"]));
    for (const url of urls) {
      const res = await fetch(new URL(url, base));
      expect(res.status, url).toBe(200);
      const extension = url.split(".").pop()!;
      expect(res.headers.get("content-type"), url).toMatch(CONTENT_TYPES[extension] ?? /^$/);
      expect(res.headers.get("content-security-policy"), url).toContain("default-src 'none'");
      const body = await res.text();
      // Stylesheets may not pull fonts or images from elsewhere (the fonts ship in the package).
      if (extension === "css") expect(body, url).not.toMatch(/(url\(|@import)\s*["']?(https?:)?\/\//i);
    }
  });

  it("preloads the example operation and points at /graphql on the same origin", async () => {
    const init = await fetch(at(dev, `${EXPLORER_PATH}/init.js`));
    expect(init.status).toBe(200);
    expect(init.headers.get("content-type")).toMatch(/^application\/javascript/);
    const script = await init.text();
    expect(script).toContain(JSON.stringify(SANDBOX_EXAMPLE));
    expect(script).toContain("query BothJapanAndUSA");
    expect(script).toContain('new URL("/graphql", window.location.href)');
    expect(script).toContain('"disableAccount":true');
  });

  it("lets only Altair's script worker evaluate strings (pre-request scripts), never the page", async () => {
    const res = await fetch(at(dev, `${EXPLORER_PATH}/main.js`));
    expect(res.headers.get("content-security-policy")).not.toContain("unsafe-eval");
    const main = await res.text();
    const worker = /worker-[A-Z0-9]+\.js/.exec(main)?.[0];
    expect(worker).toBeDefined();
    const workerRes = await fetch(at(dev, `${EXPLORER_PATH}/${worker}`));
    expect(workerRes.status).toBe(200);
    expect(workerRes.headers.get("content-security-policy")).toContain("script-src 'self' 'unsafe-eval'");
  });

  it("answers 404 for a file the package does not ship", async () => {
    expect((await fetch(at(dev, `${EXPLORER_PATH}/nope.js`))).status).toBe(404);
  });

  it("links the Sandbox landing page to the explorer, Sandbox still embedded", async () => {
    const res = await fetch(dev.server.url, { headers: { accept: "text/html" } });
    const html = await res.text();
    expect(html).toContain("embeddable-sandbox");
    expect(html).toContain('<a href="/explorer">');
    // The link's style carries the page's own nonce, or Apollo's CSP would drop it.
    const nonces = new Set([...html.matchAll(/nonce=["']?([0-9a-f]+)/g)].map((m) => m[1]));
    expect(nonces.size).toBe(1);
    expect(html).toMatch(/<style nonce="[0-9a-f]+">[^<]*offline-explorer-link/);
  });

  it("is off in production, with introspection (404)", async () => {
    expect((await fetch(at(prod, EXPLORER_PATH))).status).toBe(404);
    const { body } = await prod.graphql(`{ __schema { queryType { name } } }`);
    expect(body.errors?.[0].message).toMatch(/introspection/i);
  });

  it("is on in production with NEWSROOM_EXPLORER=true, and so is introspection", async () => {
    expect((await fetch(at(prodWithExplorer, EXPLORER_PATH))).status).toBe(200);
    const { body } = await prodWithExplorer.graphql(`{ __schema { queryType { name } } }`);
    expect(body).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    const html = await (await fetch(prodWithExplorer.server.url, { headers: { accept: "text/html" } })).text();
    expect(html).not.toContain("embeddable-sandbox"); // Sandbox (a CDN page) stays off in production
  });

  it("reads NEWSROOM_EXPLORER as true or false, and refuses anything else", () => {
    expect(loadConfig({ NODE_ENV: "production" }).explorer).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", NEWSROOM_EXPLORER: "true" }).explorer).toBe(true);
    expect(loadConfig({ NEWSROOM_EXPLORER: "false" }).explorer).toBe(false);
    expect(() => loadConfig({ NEWSROOM_EXPLORER: "yes" })).toThrow(/NEWSROOM_EXPLORER must be "true" or "false"/);
  });
});
