#!/usr/bin/env node
// `npm run screenshot`: docs/demo.png for the README, taken from the demo page as served by
// `npm start` (production build), in Debian's Chromium. Run `npm run build` first.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.js';
import { startServer } from './serve.js';

const root = process.env.NT_DEMO_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const output = process.argv[2] ?? fileURLToPath(new URL('../docs/demo.png', import.meta.url));

if (!existsSync(`${root}/dist/news-timeline.js`)) {
  console.error('dist/news-timeline.js is missing: run `npm run build` first.');
  process.exit(2);
}

const { server, url } = await startServer({ port: 0, root });
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`console: ${message.text()}`));
  await page.goto(`${url}/demo/`);
  await page.waitForFunction(() => /\d+ events? from/.test(document.getElementById('timeline-status')?.textContent ?? ''), null, {
    timeout: 60_000,
  });
  // One event selected shows the link between timeline and text.
  const highlight = page.locator('#article-view button.timex').nth(3);
  if ((await highlight.count()) > 0) {
    await highlight.click();
    await page.mouse.move(0, 0);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400); // let the chart settle after selection
  await page.screenshot({ path: output, fullPage: false });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  server.close();
}
