import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql publishes a CommonJS build ("main") and an ES module build ("module") side by side.
    // Node (and so tsx, `npm start`) loads the CommonJS one for every importer; Vite would give the
    // code it transforms the ES one while @apollo/server, loaded by Node, gets CommonJS: two
    // copies, whose classes fail each other's instanceof checks. One copy, as in production.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // One database for the whole run; files that change it run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
