// How many requests the hostile suite sends (README, "Errors", states them; tests/unit/readme.test.ts checks it).

/** Generated hostile requests against the development-mode server (HOSTILE_COUNT overrides it for debugging). */
export const HOSTILE_REQUESTS = 4_000;
/** More of them against a server with NODE_ENV=production (no introspection, no Sandbox). */
export const HOSTILE_PRODUCTION_REQUESTS = 1_000;
