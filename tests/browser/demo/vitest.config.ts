// The demo page's end-to-end tests: Node drives Debian's Chromium through playwright-core
// against the production build served by scripts/serve.js. They are `*.e2e.ts` so neither the
// unit-test run nor web-test-runner (which loads `*.test.ts` into the browser) picks them up.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    include: ['tests/browser/demo/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
