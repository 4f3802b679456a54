import { defineConfig } from "vitest/config";

/** What every suite shares; `npm run test:crash` (vitest.crash.config.ts) uses it with its own files. */
export const shared = {
  resolve: {
    // A bare "graphql" import can load a second copy under vitest ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    setupFiles: ["tests/helpers/setup.ts"],
    pool: "forks" as const,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test" },
  },
};

export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    include: ["tests/**/*.test.ts"],
    // The crash suite runs with `npm run test:crash`.
    exclude: ["tests/crash/**", "**/node_modules/**"],
  },
});
