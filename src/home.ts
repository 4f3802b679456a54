// GET /: what a first visitor (or a curl) finds at the server's root: which service this is and where
// its endpoints are, as JSON, or as a small page for a browser. Never a 404.
import type express from "express";
import { readFileSync } from "node:fs";

/** The package's name, version and description, read once (from the source tree and from dist/ alike). */
const PACKAGE = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  name: string;
  version: string;
  description: string;
};

/** What each endpoint is for, in the order a newcomer needs them. */
const ENDPOINTS: Array<{ key: string; path: string; what: string }> = [
  {
    key: "graphql",
    path: "/graphql",
    what: "the GraphQL API (POST; open it in a browser for Apollo Sandbox in development)",
  },
  { key: "explorer", path: "/explorer", what: "the offline explorer (Altair), where introspection is on" },
  { key: "health", path: "/health", what: "200 while the process runs" },
  { key: "ready", path: "/ready", what: "200 when the database answers and is migrated" },
  { key: "metrics", path: "/metrics", what: "Prometheus metrics" },
];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The root handler: JSON unless the client prefers HTML. `explorer`: whether /explorer is served. */
export function homeHandler(options: { explorer: boolean }): express.RequestHandler {
  const endpoints = ENDPOINTS.filter((e) => e.key !== "explorer" || options.explorer);
  const json = {
    name: PACKAGE.name,
    version: PACKAGE.version,
    description: PACKAGE.description,
    links: Object.fromEntries(endpoints.map((e) => [e.key, e.path])),
  };
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(PACKAGE.name)} ${escapeHtml(PACKAGE.version)}</title></head>
<body><h1>${escapeHtml(PACKAGE.name)} ${escapeHtml(PACKAGE.version)}</h1><p>${escapeHtml(PACKAGE.description)}</p>
<ul>${endpoints.map((e) => `<li><a href="${e.path}">${e.path}</a>: ${escapeHtml(e.what)}</li>`).join("")}</ul></body></html>
`;
  return (req, res) => {
    res.vary("Accept");
    if (req.accepts(["application/json", "text/html"]) === "text/html") {
      // A page of links only: nothing to load, nothing to run.
      res.setHeader("Content-Security-Policy", "default-src 'none'");
      res.type("html").send(html);
    } else {
      res.json(json);
    }
  };
}
