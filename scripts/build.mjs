// `npm run build`: compile src/ to dist/ and record that it succeeded.
// `--if-stale` (used by `npm start`): compile only when a source is newer than that record, so a start
// after `npm install` (which built dist/) does not pay for the TypeScript compiler again.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const STAMP = "dist/.build-stamp";
const INPUTS = ["src", "tsconfig.json", "tsconfig.build.json", "package.json"];

/** Newest modification time under `path`; folders count too, so a deleted file makes them newer. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function built() {
  try {
    return statSync(STAMP).mtimeMs;
  } catch {
    return 0;
  }
}

if (process.argv.includes("--if-stale") && Math.max(...INPUTS.map(newest)) < built()) process.exit(0);
const tsc = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
  stdio: "inherit",
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
