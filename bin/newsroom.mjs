#!/usr/bin/env node
// The `newsroom` command: the compiled CLI (dist/, built by `npm install` and `npm run build`).
const { main } = await import("../dist/cli.js");
process.exit(await main(process.argv.slice(2)));
