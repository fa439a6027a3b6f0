// Component and page tests in Debian's Chromium (never a downloaded browser).
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { ensureChromium } from './scripts/ensure-chromium.js';
import { d3StandInsTestRunner } from './scripts/esbuild-plugins/d3-stand-ins.js';
import { d3TransitionLiteTestRunner } from './scripts/esbuild-plugins/d3-transition-lite.js';
import { taggerWithoutPrefixFilterTestRunner } from './scripts/esbuild-plugins/tagger-without-prefix-filter.js';

const executablePath = ensureChromium();
const launchOptions = {
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

// Each suite runs twice: in UTC and in a zone far from it, to prove nothing is drawn in local time.
const browsers = ['UTC', 'Pacific/Kiritimati'].map((timezoneId) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions,
    createBrowserContext: ({ browser }) => browser.newContext({ timezoneId }),
  }),
);

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browsers,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  plugins: [d3TransitionLiteTestRunner, d3StandInsTestRunner, taggerWithoutPrefixFilterTestRunner, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
