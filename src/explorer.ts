import { type ApolloServerPlugin } from "@apollo/server";
import { type RenderOptions, getDistDirectory, isSandboxFrame, renderAltair, SANDBOX_FRAME_CSP } from "altair-static";
import express from "express";

/** Where the offline explorer is mounted; the landing page links here. */
export const EXPLORER_PATH = "/explorer";

/**
 * Content-Security-Policy of the explorer's page and assets: everything from this origin, nothing from
 * anywhere else, so a request to a CDN would be blocked and show up in the browser console.
 * - script-src 'self': the start-up options are a separate file (init.js), not an inline script.
 * - style-src 'unsafe-inline': Altair (Angular, CodeMirror 6) adds <style> elements at run time.
 * - img-src/font-src data:: icons and fonts inlined in the bundle.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join("; ");

/**
 * Altair runs the user's pre-/post-request scripts with eval() in a Web Worker (worker-*.js); a worker
 * obeys the CSP of its own response, so only the worker may evaluate strings, never the page.
 */
const WORKER_CSP = EXPLORER_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'");
/** Altair's sandboxed frame (iframe-sandbox/, for plugins, which are off here): Altair's sandbox policy on top. */
const SANDBOX_CSP = `${SANDBOX_FRAME_CSP}; ${EXPLORER_CSP}`;

function cspFor(path: string): string {
  if (isSandboxFrame(path)) return SANDBOX_CSP;
  return /^\/worker-[A-Z0-9]+\.js$/.test(path) ? WORKER_CSP : EXPLORER_CSP;
}

/**
 * The offline GraphQL explorer: Altair, served entirely from the `altair-static` package (no CDN),
 * opened with `document` and pointed at `endpoint` on this origin. Mount it at {@link EXPLORER_PATH}.
 */
export function explorerRouter(options: { document: string; endpoint: string }): express.Router {
  const altair: RenderOptions = {
    initialQuery: options.document,
    initialSettings: {
      "alert.disableUpdateNotification": true,
      "alert.disableWarnings": true,
      "banners.disable": true,
      "plugin.list": [],
    },
    // No sign-in, no remote collections: both need Altair's cloud.
    disableAccount: true,
  };
  // The options as a script of its own, so the page's CSP needs no inline script. The endpoint is
  // resolved in the browser, against the page's own origin (right behind a proxy, too).
  const initScript = `const options = ${JSON.stringify(altair)};
options.endpointURL = new URL(${JSON.stringify(options.endpoint)}, window.location.href).href;
AltairGraphQL.init(options);
`;
  const html = renderAltair({ baseURL: `${EXPLORER_PATH}/`, serveInitialOptionsInSeperateRequest: "init.js" })
    .replace(/<title>.*<\/title>/, "<title>Newsroom Graph: offline explorer</title>")
    // The package's renderer leaves an empty nonce attribute; there is no nonce in this CSP.
    .replaceAll(' nonce=""', "");

  const router = express.Router();
  router.use((req, res, next) => {
    res.setHeader("Content-Security-Policy", cspFor(req.path));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    next();
  });
  router.get("/", (_req, res) => {
    // Relative asset URLs resolve against <base href="/explorer/">, with or without the trailing slash.
    res.type("html").send(html);
  });
  router.get("/init.js", (_req, res) => {
    res.type("application/javascript").send(initScript);
  });
  router.use(express.static(getDistDirectory(), { index: false, redirect: false }));
  return router;
}

const EXPLORER_LINK_STYLE = `
  .offline-explorer-link {
    position: absolute; top: 0; left: 0; right: 0; height: 28px; box-sizing: border-box; padding: 4px 12px;
    font: 14px/20px system-ui, sans-serif; background: #f4f6f8; border-bottom: 1px solid #dee2e7; z-index: 1;
  }
  #embeddableSandbox { top: 28px; height: calc(100vh - 28px); }
  .fallback { margin-top: 28px; }`;

/**
 * Wraps a landing page plugin (Apollo Sandbox) so its page shows a link to the offline explorer: a thin
 * bar above Sandbox, and a line in the "you might be offline" text shown when Sandbox cannot load.
 */
export function withExplorerLink<TContext extends object>(
  plugin: ApolloServerPlugin<TContext>,
  href = EXPLORER_PATH,
): ApolloServerPlugin<TContext> {
  const link = `<a href="${href}">the offline explorer at ${href}</a>`;
  const addLink = (page: string) => {
    // Apollo's page allows only styles that carry its per-response nonce; reuse it.
    const nonce = /<style nonce=["']?([0-9a-f]+)/.exec(page)?.[1];
    const bar = `<nav class="offline-explorer-link">No internet? Use ${link} (it needs no CDN).</nav>`;
    return page
      .replace(
        '<div id="react-root">',
        () => `<div id="react-root">${nonce ? `<style nonce="${nonce}">${EXPLORER_LINK_STYLE}</style>` : ""}${bar}`,
      )
      .replace(/(<div class="fallback">[\s\S]*?<\/p>)/, (fallback) => `${fallback}\n  <p>Use ${link} instead.</p>`);
  };
  return {
    ...plugin,
    async serverWillStart(service) {
      const listener = await plugin.serverWillStart?.(service);
      const render = listener?.renderLandingPage;
      if (!listener || !render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const { html } = await render.call(listener);
          return { html: async () => addLink(typeof html === "string" ? html : await html()) };
        },
      };
    },
  };
}
