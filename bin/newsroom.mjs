#!/usr/bin/env node
// The `newsroom` command: runs src/cli.ts through tsx's loader (TypeScript, no build step).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exit(await main(process.argv.slice(2)));
