// Opens the demo page in headless Chromium and records what a reviewer would worry about:
// console errors, page errors and every network request.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../../scripts/serve.js';

// Debian's Chromium, as for web-test-runner (scripts/ensure-chromium.js installs it there).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface DemoSession {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

export interface DemoPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  requests: string[];
}

/** Serves the project folder (or NT_DEMO_ROOT) and launches Debian's Chromium. */
export async function startDemoSession(): Promise<DemoSession> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run \`node scripts/ensure-chromium.js\` or set CHROMIUM_PATH.`);
  }
  const { server, url } = await startServer({ port: 0, root: process.env.NT_DEMO_ROOT });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    origin: url,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Opens /demo/ in a fresh context and waits until the article has been read and drawn. */
export async function openDemo(session: DemoSession, timezoneId = 'UTC'): Promise<DemoPage> {
  const context = await session.browser.newContext({ timezoneId, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));
  context.on('request', (request) => requests.push(request.url()));
  await page.goto(`${session.origin}/demo/`);
  await waitForReading(page);
  return { page, context, consoleErrors, requests };
}

/** Waits until the page shows a finished reading (the status names the events counted). */
export async function waitForReading(page: Page, previousStatus?: string): Promise<string> {
  const handle = await page.waitForFunction(
    (previous) => {
      const status = document.getElementById('timeline-status')?.textContent ?? '';
      const error = document.getElementById('timeline-error');
      if (error && !error.hidden && error.textContent) return `error: ${error.textContent}`;
      return /\d+ events? from/.test(status) && status !== previous ? status : false;
    },
    previousStatus ?? null,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as string;
}

export interface ShownEvent {
  id: string;
  kind: string;
  value: string;
  start: string;
  mentions: string[];
}

/** The events the element says it shows (its `events` property). */
export function shownEvents(page: Page): Promise<ShownEvent[]> {
  return page.evaluate(() => {
    const element = document.querySelector('news-timeline') as HTMLElement & {
      events: { id: string; kind: string; value: string; start: string; mentions: { text: string }[] }[];
    };
    return element.events.map((event) => ({
      id: event.id,
      kind: event.kind,
      value: event.value,
      start: event.start,
      mentions: event.mentions.map((mention) => mention.text),
    }));
  });
}
