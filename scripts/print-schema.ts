// npm run schema:print writes schema.graphql from the TypeGraphQL code; npm run schema:check fails
// when the committed file differs, so every API change shows up in review.
import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { createSchema } from "../src/schema.js";

const file = new URL("../schema.graphql", import.meta.url);
const printed = `${printSchema(await createSchema())}\n`;
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(file, "utf8");
  } catch {
    // missing counts as different
  }
  if (committed !== printed) {
    console.error("schema.graphql does not match the code: run `npm run schema:print` and commit it");
    process.exit(1);
  }
  console.log("schema.graphql matches the code");
} else {
  writeFileSync(file, printed);
  console.log("wrote schema.graphql");
}
