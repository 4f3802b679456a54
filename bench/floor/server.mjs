// A floor server for `npm run bench:floor`: answers every POST with a recorded GraphQL response, from memory,
// through one layer of the API's stack (argv: MODE PORT ANSWER_FILE):
//   http     node's http server: read the body, parse it, send the answer as JSON
//   express  Express 5 with express.json(), as the API mounts it
//   apollo   Express + Apollo Server + graphql-js executing the query against a schema of the answer's shape,
//            with the plugins the API turns off turned off (cache control, landing page)
// No database, no TypeGraphQL, no code of the API: what any server on this stack pays per request at least.
import { readFileSync } from "node:fs";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { buildSchema } from "graphql";

const [mode, port, file] = process.argv.slice(2);
const answer = JSON.parse(readFileSync(file, "utf8"));

// The flagship's shape (bench/scale/cases.ts, case "both"); publishedAt as the string the API sends.
const SDL = `
  type Author { name: String! }
  type Country { code: String! name: String! }
  type Topic { code: String! name: String! }
  type Article {
    id: ID! slug: String! headline: String! publishedAt: String!
    authors: [Author!]! countries: [Country!]! topics: [Topic!]!
  }
  type ArticleEdge { cursor: String! node: Article! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ArticleConnection { totalCount: Int! edges: [ArticleEdge!]! pageInfo: PageInfo! }
  input CountrySetFilter { all: [String!] any: [String!] none: [String!] }
  input ArticleFilter { countries: CountrySetFilter }
  type Query { articles(filter: ArticleFilter, first: Int, after: String): ArticleConnection! }`;

let server;
if (mode === "http") {
  server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      JSON.parse(Buffer.concat(chunks).toString("utf8"));
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
    });
  });
} else if (mode === "express") {
  const app = express();
  app.use(express.json());
  app.post("/graphql", (_req, res) => res.json(answer));
  server = http.createServer(app);
} else if (mode === "apollo") {
  const apollo = new ApolloServer({
    schema: buildSchema(SDL),
    rootValue: { articles: () => answer.data.articles },
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const app = express();
  app.use("/graphql", express.json(), expressMiddleware(apollo, { context: async () => ({}) }));
  server = http.createServer(app);
} else {
  throw new Error(`unknown mode ${mode}: http, express or apollo`);
}
server.listen(Number(port), () => console.log("ready"));
