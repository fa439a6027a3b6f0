// Figure 3: each component's page in Debian's Chromium (never a downloaded browser), driven by
// playwright-core: time to first render, frame intervals during scripted zoom and pan, heap.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distElement, projectRoot } from './lib/paths.js';
import { median, quantile, ratio, round } from './lib/stats.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info'];
const viewport = { width: 1280, height: 720 };
export const mountTimeoutMs = 60_000;
const interactionTimeoutMs = 30_000;

export const components = [
  { name: 'news-timeline', page: 'news-timeline.html', label: 'news-timeline (ours)', requires: distElement },
  { name: 'vis-timeline', page: 'vis-timeline.html', label: `vis-timeline ${packageVersion('vis-timeline')} standalone` },
  { name: 'vis-timeline-unstacked', page: 'vis-timeline.html?stack=false', label: `vis-timeline ${packageVersion('vis-timeline')} standalone, stack: false` },
  { name: 'timelinejs', page: 'timelinejs.html', label: `TimelineJS ${packageVersion('@knight-lab/timelinejs')}` },
];

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class Timeout extends Error {}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`${what} did not finish within ${ms / 1000} s`)), ms);
    }),
  ]);
}

function frameStats({ intervals, durationMs }, baselineMedianMs) {
  const missedThreshold = baselineMedianMs * 1.5;
  return {
    frames: intervals.length,
    durationMs: round(durationMs),
    fps: durationMs > 0 ? round((intervals.length / durationMs) * 1000, 1) : null,
    p50Ms: round(median(intervals)),
    p95Ms: round(quantile(intervals, 0.95)),
    maxMs: round(intervals.length ? Math.max(...intervals) : Number.NaN),
    missedVsyncFraction: intervals.length ? round(intervals.filter((ms) => ms > missedThreshold).length / intervals.length, 3) : null,
  };
}

/** About three seconds of wheel zoom in, two drag pans and wheel zoom out over the chart centre. */
async function interact(page, rect, { quick }) {
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  const wheelSteps = quick ? 6 : 12;
  const dragSteps = quick ? 15 : 30;
  await page.mouse.move(x, y);
  for (let i = 0; i < wheelSteps; i++) {
    await page.mouse.wheel(0, -100);
    await sleep(50);
  }
  for (const direction of [1, -1]) {
    await page.mouse.move(x - (direction * dragSteps * 8) / 2, y);
    await page.mouse.down();
    for (let i = 1; i <= dragSteps; i++) {
      await page.mouse.move(x - (direction * dragSteps * 8) / 2 + direction * i * 8, y);
      await sleep(12);
    }
    await page.mouse.up();
  }
  await page.mouse.move(x, y);
  for (let i = 0; i < wheelSteps; i++) {
    await page.mouse.wheel(0, 100);
    await sleep(50);
  }
  await sleep(200);
}

async function heapMetrics(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  return { jsHeapUsedBytes: metric('JSHeapUsedSize'), domNodes: metric('Nodes') };
}

async function openPage(browser, origin, pageFile, errors) {
  const context = await browser.newContext({ viewport, timezoneId: 'UTC' });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error).slice(0, 300)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text().slice(0, 300));
  });
  await page.goto(`${origin}/bench/pages/${pageFile}`, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
  return { context, page };
}

async function measureIdle(browser, origin, { quick }) {
  const errors = [];
  const { context, page } = await openPage(browser, origin, 'idle.html', errors);
  await sleep(500);
  await page.evaluate(() => window.bench.startFrames());
  await sleep(quick ? 1000 : 2000);
  const frames = await page.evaluate(() => window.bench.stopFrames());
  const heap = await heapMetrics(context, page);
  await context.close();
  const { intervals } = frames;
  const medianMs = median(intervals);
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  const sd = Math.sqrt(intervals.reduce((sum, ms) => sum + (ms - mean) ** 2, 0) / intervals.length);
  return {
    ...frameStats(frames, medianMs),
    p5Ms: round(quantile(intervals, 0.05)),
    stdDevMs: round(sd),
    jsHeapUsedBytes: heap.jsHeapUsedBytes,
  };
}

async function measureOne(browser, origin, component, count, baselineMedianMs, options) {
  const errors = [];
  const { context, page } = await openPage(browser, origin, component.page, errors);
  try {
    const mounted = await withTimeout(page.evaluate((n) => window.bench.run(n), count), mountTimeoutMs, `${component.name} mount of ${count} events`);
    const heap = await withTimeout(heapMetrics(context, page), 60_000, 'heap metrics');
    const result = {
      count,
      firstRenderMs: round(mounted.firstRenderMs),
      reportedMs: mounted.reportedMs == null ? undefined : round(mounted.reportedMs),
      ...heap,
    };
    try {
      const rect = await page.evaluate(() => window.bench.targetRect());
      if (!rect || rect.width === 0 || rect.height === 0) throw new Error('no visible interaction target');
      await sleep(300);
      await page.evaluate(() => window.bench.startFrames());
      const interactionStarted = Date.now();
      await withTimeout(interact(page, rect, options), interactionTimeoutMs, 'the ~3 s interaction script');
      result.interactionMs = Date.now() - interactionStarted;
      const frames = await withTimeout(page.evaluate(() => window.bench.stopFrames()), interactionTimeoutMs, 'frame read-out');
      result.interaction = frameStats(frames, baselineMedianMs);
    } catch (error) {
      // Rendered but too slow to answer input: keep the render figures, say why fps is missing.
      result.interactionSkipped = String(error?.message ?? error).split('\n')[0];
      result.interaction = null;
      result.pageHung = error instanceof Timeout;
    }
    if (errors.length) result.errors = errors.slice(0, 5);
    return result;
  } finally {
    await withTimeout(context.close(), 30_000, 'closing the page').catch(() => {});
  }
}

export async function measureRendering({ origin, counts, quick, only, log }) {
  if (!existsSync(chromiumPath)) return { skipped: `Chromium not found at ${chromiumPath}` };
  const launch = () => chromium.launch({ executablePath: chromiumPath, args: launchArgs });
  let browser = await launch();
  const browserVersion = browser.version();
  const results = { browser: `Chromium ${browserVersion} (headless, --disable-gpu)`, viewport, counts, mountTimeoutMs, components: {} };
  try {
    results.idle = await measureIdle(browser, origin, { quick });
    log?.(`  idle baseline: median frame ${results.idle.p50Ms} ms, p95 ${results.idle.p95Ms} ms`);
    for (const component of components) {
      if (only && !only.includes(component.name)) continue;
      const entry = { label: component.label, runs: [] };
      results.components[component.name] = entry;
      if (component.requires && !existsSync(component.requires)) {
        entry.skipped = `${component.requires} not built yet (npm run build)`;
        log?.(`  ${component.name}: skipped, ${entry.skipped}`);
        continue;
      }
      let skipRest = null;
      for (const count of counts) {
        if (skipRest) {
          entry.runs.push({ count, skipped: skipRest });
          continue;
        }
        try {
          const { pageHung, ...run } = await measureOne(browser, origin, component, count, results.idle.p50Ms, { quick });
          entry.runs.push(run);
          if (pageHung) {
            // A renderer stuck in a long task keeps burning CPU: start a fresh browser.
            await withTimeout(browser.close(), 30_000, 'closing the browser').catch(() => {});
            browser = await launch();
          }
          log?.(`  ${component.name} ${count}: first render ${run.firstRenderMs} ms, ${run.interaction ? `${run.interaction.fps} fps, p95 ${run.interaction.p95Ms} ms` : run.interactionSkipped}, heap ${Math.round(run.jsHeapUsedBytes / 1e6)} MB`);
        } catch (error) {
          const reason = String(error?.message ?? error).split('\n')[0];
          entry.runs.push({ count, skipped: reason });
          log?.(`  ${component.name} ${count}: skipped, ${reason}`);
          if (error instanceof Timeout) {
            skipRest = `not attempted: ${count} events already did not mount within ${mountTimeoutMs / 1000} s`;
            // A page stuck in a long task can wedge the browser: start a fresh one.
            await withTimeout(browser.close(), 30_000, 'closing the browser').catch(() => {});
            browser = await launch();
          }
        }
      }
    }
  } finally {
    await withTimeout(browser.close(), 30_000, 'closing the browser').catch(() => {});
  }
  results.ratios = renderingRatios(results);
  return results;
}

/** Ours against each peer at the same N: > 1 means ours is faster (render) or smoother (fps). */
function renderingRatios(results) {
  const ours = results.components['news-timeline'];
  const ratios = {};
  if (!ours) return ratios;
  for (const [name, peer] of Object.entries(results.components)) {
    if (name === 'news-timeline') continue;
    ratios[name] = results.counts.map((count) => {
      const a = ours.runs.find((r) => r.count === count && !r.skipped);
      const b = peer.runs.find((r) => r.count === count && !r.skipped);
      return {
        count,
        firstRenderSpeedup: a && b ? ratio(b.firstRenderMs, a.firstRenderMs) : null,
        fpsRatio: a?.interaction && b?.interaction ? ratio(a.interaction.fps, b.interaction.fps) : null,
        heapRatio: a && b ? ratio(a.jsHeapUsedBytes, b.jsHeapUsedBytes) : null,
      };
    });
  }
  return ratios;
}
