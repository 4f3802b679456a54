// The trusted-documents manifest is the shipped operations, and the middleware lets exactly the
// trusted queries skip the CSRF preflight (and, with NEWSROOM_TRUSTED_DOCUMENTS=only, nothing else run).
import { readFileSync } from "node:fs";
import type express from "express";
import { describe, expect, it } from "vitest";
import {
  buildTrustedManifest,
  loadTrustedManifest,
  renderManifest,
  sha256Hex,
  shippedOperationSources,
} from "../../src/http/trusted-manifest.js";
import { trustedDocuments, trustedDocumentsMode } from "../../src/http/trusted-documents.js";

const manifest = loadTrustedManifest();
const byName = (name: string) => [...manifest.values()].find((o) => o.name === name)!;

/** Runs the middleware on a fake request; returns what Apollo would see, or the refusal. */
function run(mode: "allow" | "only", req: { method: string; url?: string; body?: unknown }) {
  const request = { url: "/", headers: {} as Record<string, string>, ...req } as unknown as express.Request;
  let refused: { status: number; body: { errors: Array<{ message: string }> } } | undefined;
  const res = {
    status(code: number) {
      return {
        json: (body: { errors: Array<{ message: string }> }) => {
          refused = { status: code, body };
        },
      };
    },
  } as unknown as express.Response;
  let passed = false;
  trustedDocuments(manifest, mode)(request, res, () => {
    passed = true;
  });
  return { passed, refused, request };
}

const getUrl = (hash: string) =>
  `/?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`;

describe("trusted-documents.json", () => {
  it("matches src/sandbox-example.graphql and tests/operations (npm run trusted:check)", () => {
    const root = new URL("../../", import.meta.url);
    const built = renderManifest(buildTrustedManifest(shippedOperationSources(root)));
    expect(readFileSync(new URL("trusted-documents.json", root), "utf8")).toBe(built);
  });

  it("keys every operation by the sha256 of its standalone text, fragments included", () => {
    const flagship = byName("BothJapanAndUSA");
    expect(flagship.type).toBe("query");
    expect(sha256Hex(flagship.body)).toBe(flagship.id);
    expect(byName("CountryCoMentions").body).toContain("fragment SlugPage on ArticleConnection");
    expect(byName("UpdateArticle").type).toBe("mutation");
  });
});

describe("trustedDocuments middleware", () => {
  it("fills in a trusted query's text and marks its GET as preflighted", () => {
    const flagship = byName("BothJapanAndUSA");
    const { passed, request } = run("allow", { method: "GET", url: getUrl(flagship.id) });
    expect(passed).toBe(true);
    expect(request.headers["apollo-require-preflight"]).toBe("true");
    expect(new URLSearchParams(request.url.slice(2)).get("query")).toBe(flagship.body);
  });

  it("never marks a mutation's GET as preflighted (Apollo refuses it)", () => {
    const { passed, request } = run("only", { method: "GET", url: getUrl(byName("UpdateArticle").id) });
    expect(passed).toBe(true);
    expect(request.headers["apollo-require-preflight"]).toBeUndefined();
  });

  it("leaves ad-hoc GETs to CSRF prevention by default", () => {
    const { passed, request } = run("allow", { method: "GET", url: "/?query=%7B__typename%7D" });
    expect(passed).toBe(true);
    expect(request.headers["apollo-require-preflight"]).toBeUndefined();
  });

  it("fills in a trusted POST by hash", () => {
    const body = { extensions: { persistedQuery: { version: 1, sha256Hash: byName("Topics").id } } };
    const { passed } = run("only", { method: "POST", body });
    expect(passed).toBe(true);
    expect((body as { query?: string }).query).toBe(byName("Topics").body);
  });

  it("with only, refuses ad-hoc texts and unknown hashes, naming the switch", () => {
    const adHoc = run("only", { method: "POST", body: { query: "{ __typename }" } });
    expect(adHoc.refused?.status).toBe(400);
    expect(adHoc.refused?.body.errors[0]?.message).toMatch(/^NEWSROOM_TRUSTED_DOCUMENTS=only: /);
    const unknown = run("only", { method: "GET", url: getUrl("0".repeat(64)) });
    expect(unknown.refused?.body.errors[0]?.message).toContain(`sha256Hash ${"0".repeat(64)}`);
    // A trusted text sent as is runs too (its hash is in the list).
    expect(run("only", { method: "POST", body: { query: byName("Topics").body } }).passed).toBe(true);
  });

  it("reads the switch strictly", () => {
    expect(trustedDocumentsMode(undefined)).toBe("allow");
    expect(trustedDocumentsMode("only")).toBe("only");
    expect(() => trustedDocumentsMode("yes")).toThrow(
      'NEWSROOM_TRUSTED_DOCUMENTS must be "allow" or "only", not "yes"',
    );
  });
});
