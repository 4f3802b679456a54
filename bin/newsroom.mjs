#!/usr/bin/env node
// The `newsroom` command: the compiled CLI (dist/, built by `npm install` and `npm run build`).
// Every failure is one line on stderr and a non-zero exit code (src/cli.ts).
let cli;
try {
  cli = await import("../dist/cli.js");
} catch (error) {
  console.error(`newsroom: the build in dist/ cannot be loaded (${error.code ?? error.message}); run npm install`);
  process.exit(1);
}
process.exit(await cli.main(process.argv.slice(2)));
