// Manual check, not part of `npm test`: loads the offline explorer in headless Chromium with every
// request outside localhost refused, runs the preloaded operation and takes screenshots.
//
//   npm start   # or npm run dev, in another shell
//   node --experimental-websocket scripts/explorer-browser-check.mjs [http://localhost:4000] [out-dir]
//
// Needs Chromium (`apt-get install chromium`, or CHROMIUM=/path/to/chrome). Exits 1 when a request
// left localhost, the page logged an error, or the operation did not answer with data.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const base = process.argv[2] ?? "http://localhost:4000";
const outDir = process.argv[3] ?? tmpdir();
mkdirSync(outDir, { recursive: true });
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
const profile = mkdtempSync(join(tmpdir(), "explorer-check-"));

const browser = spawn(
  chromium,
  [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--window-size=1400,900",
    `--user-data-dir=${profile}`,
    "--remote-debugging-port=0",
    "about:blank",
  ],
  { stdio: "ignore" },
);

/** Waits for Chromium to write the port of its DevTools endpoint. */
async function devtoolsUrl() {
  for (let i = 0; i < 100; i++) {
    try {
      const [port, path] = readFileSync(join(profile, "DevToolsActivePort"), "utf8").trim().split("\n");
      return `ws://127.0.0.1:${port}${path}`;
    } catch {
      await sleep(100);
    }
  }
  throw new Error("Chromium did not start");
}

const ws = new WebSocket(await devtoolsUrl());
await new Promise((resolve) => ws.addEventListener("open", resolve, { once: true }));
let nextId = 1;
const pending = new Map();
const listeners = [];
ws.addEventListener("message", (event) => {
  const message = JSON.parse(event.data);
  if (message.id && pending.has(message.id)) {
    const { resolve, reject } = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) reject(new Error(`${message.error.message}`));
    else resolve(message.result);
  } else if (message.method) {
    for (const listener of listeners) listener(message);
  }
});
const send = (method, params = {}, sessionId = undefined) =>
  new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    ws.send(JSON.stringify({ id, method, params, sessionId }));
  });

const { targetId } = await send("Target.createTarget", { url: "about:blank" });
const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
const page = (method, params) => send(method, params, sessionId);

const local = new Set(["localhost", "127.0.0.1", "[::1]"]);
const blocked = [];
const problems = [];
const requests = [];
listeners.push((message) => {
  if (message.sessionId !== sessionId) return;
  const { method, params } = message;
  if (method === "Fetch.requestPaused") {
    const url = new URL(params.request.url);
    if (url.protocol === "data:" || url.protocol === "blob:" || local.has(url.hostname)) {
      requests.push(params.request.url);
      page("Fetch.continueRequest", { requestId: params.requestId }).catch(() => {});
    } else {
      blocked.push(params.request.url);
      page("Fetch.failRequest", { requestId: params.requestId, errorReason: "BlockedByClient" }).catch(() => {});
    }
  } else if (method === "Runtime.consoleAPICalled" && ["error", "warning"].includes(params.type)) {
    problems.push(`console.${params.type}: ${params.args.map((a) => a.value ?? a.description).join(" ")}`);
  } else if (method === "Runtime.exceptionThrown") {
    problems.push(`exception: ${params.exceptionDetails.exception?.description ?? params.exceptionDetails.text}`);
  } else if (method === "Log.entryAdded" && params.entry.level === "error") {
    problems.push(`${params.entry.source}: ${params.entry.text} ${params.entry.url ?? ""}`);
  }
});
await page("Fetch.enable", { patterns: [{ urlPattern: "*" }] });
await page("Runtime.enable");
await page("Log.enable");
await page("Page.enable");

const evaluate = async (expression) =>
  (await page("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true })).result.value;
const screenshot = async (name) => {
  const { data } = await page("Page.captureScreenshot", { format: "png" });
  const file = join(outDir, name);
  writeFileSync(file, Buffer.from(data, "base64"));
  console.log(`screenshot: ${file}`);
};
/** Polls an expression in the page until it is truthy. */
const waitFor = async (expression, ms = 20_000) => {
  for (let waited = 0; waited < ms; waited += 250) {
    if (await evaluate(expression)) return true;
    await sleep(250);
  }
  return false;
};

let failed = false;
try {
  // 1. The explorer loads, with the example operation in its editor.
  await page("Page.navigate", { url: `${base}/explorer` });
  const loaded = await waitFor(`document.body.innerText.includes("BothJapanAndUSA")`);
  console.log(`explorer shows the example operation: ${loaded}`);
  await sleep(1500);
  await screenshot("explorer-loaded.png");

  // 2. It runs it against /graphql (Altair: Ctrl+Enter in the query editor, or its send button).
  const clicked = await evaluate(`(() => {
    const button = document.querySelector("[data-test-id='send-request'], .send-request__button, button[track-id='send_request']");
    if (button) { button.click(); return "button"; }
    const editor = document.querySelector(".cm-content");
    if (!editor) return "none";
    editor.focus();
    editor.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", ctrlKey: true, bubbles: true }));
    return "keyboard";
  })()`);
  const answered = await waitFor(`document.body.innerText.includes('"totalCount"')`);
  console.log(`ran the operation (${clicked}), response with data: ${answered}`);
  await sleep(500);
  await screenshot("explorer-result.png");

  // 3. A pre-request script runs in Altair's sandboxed frame (iframe-sandbox/, also served from here).
  // Everything so far was the explorer: nothing may have left localhost, nothing may have failed.
  const explorerBlocked = blocked.splice(0);
  const explorerProblems = problems.splice(0);
  const explorerRequests = requests.splice(0).filter((url) => url.startsWith(base));
  console.log(`explorer: ${explorerRequests.length} requests to ${base}, ${explorerBlocked.length} refused`);
  for (const url of explorerBlocked) console.log(`  refused: ${url}`);
  for (const problem of explorerProblems) console.log(`  ${problem}`);

  // 3. The Sandbox landing page, offline (Apollo's CDN refused, as expected): its fallback text links to the explorer.
  await page("Page.navigate", { url: `${base}/graphql` });
  await sleep(3000);
  const links = await evaluate(`[...document.querySelectorAll("a")].map((a) => a.getAttribute("href"))`);
  console.log(`landing page links: ${JSON.stringify(links)}`);
  await screenshot("landing-page-offline.png");

  console.log(`landing page: refused ${blocked.length} requests (Apollo's CDN and fonts)`);
  failed =
    !loaded ||
    !answered ||
    // In production there is no landing page (no links); where there is one, it links here.
    (links.length > 0 && !links.includes("/explorer")) ||
    explorerBlocked.length > 0 ||
    explorerProblems.length > 0;
} finally {
  ws.close();
  browser.kill();
  await sleep(300);
  rmSync(profile, { recursive: true, force: true });
}
console.log(failed ? "FAILED" : "OK");
process.exit(failed ? 1 : 0);
