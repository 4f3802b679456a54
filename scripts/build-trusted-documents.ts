// npm run trusted:build writes trusted-documents.json, the allow-list of the operations this project
// ships (src/sandbox-example.graphql, tests/operations/*.graphql); npm run trusted:check fails when the
// committed manifest differs from them. The format is Apollo's persisted query manifest, so Apollo
// Client's persisted-queries link and the Rover/GraphOS tooling read it as is.
import { readFileSync, writeFileSync } from "node:fs";
import { buildTrustedManifest, renderManifest, shippedOperationSources } from "../src/http/trusted-manifest.js";

const root = new URL("../", import.meta.url);
const rendered = renderManifest(buildTrustedManifest(shippedOperationSources(root)));
const file = new URL("trusted-documents.json", root);

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(file, "utf8");
  } catch {
    // missing counts as different
  }
  if (committed !== rendered) {
    console.error(
      "trusted-documents.json does not match src/sandbox-example.graphql and tests/operations: run `npm run trusted:build` and commit it",
    );
    process.exit(1);
  }
  console.log("trusted-documents.json matches the shipped operations");
} else {
  writeFileSync(file, rendered);
  console.log("wrote trusted-documents.json");
}
