import { defineConfig } from "vitest/config";
import { shared } from "./vitest.config.js";

// The crash suite (`npm run test:crash`): the production server, heap cap included, under the
// attacks of issue 19. Slow by nature (hundreds of MB sent), so apart from `npm test`; .ci/run runs both.
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    include: ["tests/crash/**/*.test.ts"],
    // Each file measures one server's memory and latency: files run one after another.
    fileParallelism: false,
    testTimeout: 300_000,
  },
});
