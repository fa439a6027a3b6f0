// The demo page (issue 5), driven like a reader would: production build, real Chromium.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv as AjvDraft7 } from 'ajv';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDemo, shownEvents, startDemoSession, waitForReading, type DemoPage, type DemoSession } from './demo-page.js';
import { parseCsv, pngSize } from './files.js';
import { seedReadings } from './seed-expectations.js';

const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');
const schemaPath = fileURLToPath(new URL('../../../docs/timeline.schema.json', import.meta.url));

describe('the embed snippet', () => {
  it('escapes the article so it stays text inside <news-timeline>, and the date as an attribute', async () => {
    const { embedSnippet } = await import('../../../demo/src/embed-snippet.js');
    const snippet = embedSnippet('a < b & "c" </news-timeline>', '2017-07-04');
    expect(snippet.split('\n')[1]).toBe(
      '<news-timeline reference-date="2017-07-04">a &lt; b &amp; &quot;c&quot; &lt;/news-timeline&gt;</news-timeline>',
    );
    expect(embedSnippet('text', null)).toContain('<news-timeline>text</news-timeline>');
  });

  it('shows the start of a long snippet and says how much is left', async () => {
    const { snippetPreview } = await import('../../../demo/src/embed-snippet.js');
    expect(snippetPreview('short', 10)).toBe('short');
    const preview = snippetPreview('x'.repeat(25), 10);
    expect(preview.startsWith(`${'x'.repeat(10)}…`)).toBe(true);
    expect(preview).toContain('15 more characters');
  });
});

describe('the demo themes', () => {
  it('use only custom properties the element documents in its manifest', async () => {
    const { themes } = await import('../../../demo/src/themes.js');
    const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../../dist/custom-elements.json', import.meta.url)), 'utf8'));
    const documented = new Set<string>(
      manifest.modules
        .flatMap((module: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }) => module.declarations ?? [])
        .filter((declaration: { tagName?: string }) => declaration.tagName === 'news-timeline')
        .flatMap((declaration: { cssProperties?: { name: string }[] }) => (declaration.cssProperties ?? []).map((property) => property.name)),
    );
    expect(documented.size).toBeGreaterThan(0);
    for (const theme of themes) {
      expect(Object.keys(theme.properties).filter((name) => !documented.has(name)), theme.name).toEqual([]);
    }
  });
});

let session: DemoSession;
beforeAll(async () => {
  session = await startDemoSession();
});
afterAll(async () => {
  await session?.close();
});

async function setReferenceDate(page: Page, value: string): Promise<string> {
  const before = (await page.textContent('#timeline-status')) ?? '';
  await page.fill('#reference-date', value);
  return waitForReading(page, before);
}

async function typeArticle(page: Page, text: string): Promise<string> {
  const before = (await page.textContent('#timeline-status')) ?? '';
  await page.fill('#article-text', text);
  return waitForReading(page, before);
}

/** Ids of the events the element marks as selected in its shadow DOM. */
function selectedOnTimeline(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('news-timeline')?.shadowRoot;
    const marks = root?.querySelectorAll<SVGElement>('[part~="event"][aria-pressed="true"]');
    return [...(marks ?? [])].map((mark) => mark.dataset.id ?? '');
  });
}

describe.each(['UTC', 'Pacific/Kiritimati'])('the demo page in a browser whose time zone is %s', (timezoneId) => {
  let demo: DemoPage;
  beforeEach(async () => {
    demo = await openDemo(session, timezoneId);
  });
  afterEach(async () => {
    await demo?.context.close();
  });

  it('loads the production bundle with no console errors and no request outside localhost', async () => {
    expect(demo.consoleErrors).toEqual([]);
    expect(demo.requests).toContain(`${session.origin}/dist/news-timeline.js`);
    const outside = demo.requests.filter((url) => !url.startsWith(`${session.origin}/`) && !/^(data|blob):/.test(url));
    expect(outside).toEqual([]);
  });

  it('shows one event for each dated event seeds/README.md lists, read as it says', async () => {
    const readings = seedReadings();
    const shown = await shownEvents(demo.page);
    const events = shown.filter((event) => event.kind !== 'reference');
    expect(events).toHaveLength(readings.length);
    expect(shown.filter((event) => event.kind === 'reference')).toHaveLength(1);
    for (const reading of readings) {
      const event = events.find((candidate) =>
        candidate.mentions.some((mention) => mention.toLowerCase() === reading.expression.toLowerCase()),
      );
      expect(event?.value, `the event for “${reading.expression}”`).toBe(reading.value);
    }
    const marks = await demo.page.evaluate(
      () => document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0,
    );
    expect(marks).toBeGreaterThan(0);
  });

  it('highlights every expression it found in the article, each linked to its event or marked as none', async () => {
    const { expressions, linked } = await demo.page.evaluate(() => {
      const element = document.querySelector('news-timeline') as HTMLElement & {
        timeline: { expressions: unknown[]; events: { mentions: unknown[] }[] };
      };
      return {
        expressions: element.timeline.expressions.length,
        linked: element.timeline.events.reduce((sum, event) => sum + event.mentions.length, 0),
      };
    });
    expect(await demo.page.locator('#article-view .timex').count()).toBe(expressions);
    expect(await demo.page.locator('#article-view button.timex').count()).toBe(linked);
  });

  it('selects the matching event on the timeline when a highlighted date is clicked', async () => {
    const events = await shownEvents(demo.page);
    const target = events[Math.floor(events.length / 2)];
    expect(target).toBeDefined();
    const highlight = demo.page.locator(`#article-view button.timex[data-event-id="${target!.id}"]`).first();
    await highlight.click();
    await expect.poll(() => selectedOnTimeline(demo.page)).toEqual([target!.id]);
    expect(await highlight.getAttribute('aria-pressed')).toBe('true');
  });

  it('selects and reveals the words in the article when an event is clicked on the timeline', async () => {
    // The last event drawn as its own mark (not folded into a cluster) whose words are in the article.
    const targetId = await demo.page.evaluate(() => {
      const marks = document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll<SVGElement>('[part~="event"][data-id]');
      const ids = [...(marks ?? [])].map((mark) => mark.dataset.id ?? '');
      return ids.filter((id) => document.querySelector(`#article-view [data-event-id="${id}"]`)).pop();
    });
    expect(targetId).toBeDefined();
    await demo.page.locator(`news-timeline [part~="event"][data-id="${targetId}"]`).click();
    const highlight = demo.page.locator(`#article-view button.timex[data-event-id="${targetId}"]`).first();
    await expect.poll(() => highlight.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => highlight.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const view = element.closest('#article-view')!.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    })).toBe(true);
  });

  it('highlights an event on the timeline while its words are hovered, and the words while the event is', async () => {
    const targetId = await demo.page.evaluate(() => {
      const marks = document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll<SVGElement>('[part~="event"][data-id]');
      const ids = [...(marks ?? [])].map((mark) => mark.dataset.id ?? '');
      return ids.find((id) => document.querySelector(`#article-view [data-event-id="${id}"]`));
    });
    expect(targetId).toBeDefined();
    const highlightedOnTimeline = () =>
      demo.page.evaluate(() =>
        [...(document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll<SVGElement>('[part~="event"].highlighted') ?? [])].map(
          (mark) => mark.dataset.id,
        ),
      );
    const words = demo.page.locator(`#article-view button.timex[data-event-id="${targetId}"]`).first();
    await words.hover();
    await expect.poll(highlightedOnTimeline).toEqual([targetId]);
    await demo.page.mouse.move(0, 0);
    await expect.poll(highlightedOnTimeline).toEqual([]);

    await demo.page.locator(`news-timeline [part~="event"][data-id="${targetId}"]`).hover();
    await expect.poll(() => words.evaluate((element) => element.classList.contains('is-hovered'))).toBe(true);
  });

  it('re-anchors the relative dates when the publication date changes', async () => {
    const before = await shownEvents(demo.page);
    await setReferenceDate(demo.page, '2018-07-04');
    const after = await shownEvents(demo.page);
    const movedYear = after.filter((event) => event.start.startsWith('2018'));
    expect(movedYear.length).toBeGreaterThan(0);
    expect(after.map((event) => event.start)).not.toEqual(before.map((event) => event.start));
    expect(await demo.page.textContent('#reference-date-message')).toContain('2018');
  });

  it('says plainly next to the field when the publication date is missing', async () => {
    await setReferenceDate(demo.page, '');
    const message = await demo.page.textContent('#reference-date-message');
    expect(message).toMatch(/no publication date/i);
    const describedBy = await demo.page.getAttribute('#reference-date', 'aria-describedby');
    expect(describedBy).toBe('reference-date-message');
  });

  it('reads a typed article, and markup in it stays text', async () => {
    await typeArticle(demo.page, 'On March 3, 2015, <img src=x onerror="window.__pwned=1"> the council met.');
    const events = await shownEvents(demo.page);
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(await demo.page.locator('#article-view img').count()).toBe(0);
    expect(await demo.page.textContent('#article-view')).toContain('<img src=x onerror=');
    expect(await demo.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('gives each theme its own computed colours, set only through --nt-* properties', async () => {
    const themeIds = await demo.page.locator('input[name="theme"]').evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect(themeIds.length).toBeGreaterThanOrEqual(3);
    const looks: string[] = [];
    for (const id of themeIds) {
      await demo.page.check(`input[name="theme"][value="${id}"]`);
      const look = await demo.page.evaluate(() => {
        const host = document.querySelector('news-timeline')!;
        const chart = host.shadowRoot!.querySelector('svg[part~="chart"]')!;
        const mark = host.shadowRoot!.querySelector('[part~="event"]')!;
        const inline = [...document.documentElement.style].filter((name) => !name.startsWith('--nt-'));
        return JSON.stringify({
          chart: getComputedStyle(chart).color,
          host: getComputedStyle(host).backgroundColor,
          mark: [getComputedStyle(mark).fill, getComputedStyle(mark).stroke, getComputedStyle(mark).color],
          inline,
        });
      });
      expect(JSON.parse(look).inline).toEqual([]);
      looks.push(look);
    }
    expect(new Set(looks).size).toBe(themeIds.length);
    const css = await demo.page.textContent('#theme-css');
    expect(css).toMatch(/^news-timeline \{\n(\s+--nt-[\w-]+: [^;]+;\n)+\}$/);
  });

  it('exports files that parse: JSON (valid against the schema), TimelineJS, CSV, TimeML, SVG and PNG', async () => {
    const download = async (format: string) => {
      const [file] = await Promise.all([
        demo.page.waitForEvent('download'),
        demo.page.click(`#export-buttons button[data-format="${format}"]`),
      ]);
      const path = await file.path();
      return { name: file.suggestedFilename(), bytes: readFileSync(path) };
    };
    const events = await shownEvents(demo.page);

    const json = await download('json');
    expect(json.name).toMatch(/\.json$/);
    const model = JSON.parse(json.bytes.toString('utf8'));
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const Ajv = String(schema.$schema ?? '').includes('2020-12') ? Ajv2020 : AjvDraft7;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    expect(model.events).toHaveLength(events.length);

    const timelineJs = JSON.parse((await download('timelinejs')).bytes.toString('utf8'));
    expect(Array.isArray(timelineJs.events)).toBe(true);

    const csv = parseCsv((await download('csv')).bytes.toString('utf8').trimEnd());
    expect(csv.length).toBe(events.length + 1);
    expect(new Set(csv.map((row) => row.length)).size).toBe(1);

    const timeml = (await download('timeml')).bytes.toString('utf8');
    const svg = await download('svg');
    const parsed = await demo.page.evaluate(
      ([svgText, timemlText]) => {
        const parser = new DOMParser();
        const svgDocument = parser.parseFromString(svgText, 'image/svg+xml');
        const timemlDocument = parser.parseFromString(timemlText, 'application/xml');
        return {
          svgRoot: svgDocument.documentElement.localName,
          svgErrors: svgDocument.getElementsByTagName('parsererror').length,
          svgMarks: svgDocument.querySelectorAll('[part~="event"]').length,
          timemlErrors: timemlDocument.getElementsByTagName('parsererror').length,
        };
      },
      [svg.bytes.toString('utf8'), timeml] as const,
    );
    expect(parsed).toMatchObject({ svgRoot: 'svg', svgErrors: 0, timemlErrors: 0 });
    expect(parsed.svgMarks).toBeGreaterThan(0);

    const png = pngSize((await download('png')).bytes);
    expect(png.width).toBeGreaterThan(100);
    expect(png.height).toBeGreaterThan(50);
  });

  it('offers an embed snippet whose article text is escaped', async () => {
    await typeArticle(demo.page, 'On March 3, 2015, a </news-timeline><script>alert(1)</script> test & more.');
    const snippet = (await demo.page.textContent('#embed-code')) ?? '';
    expect(snippet).toContain('<script type="module" src="news-timeline.js"></script>');
    expect(snippet).toContain('reference-date="2017-07-04"');
    expect(snippet).toContain('&lt;/news-timeline&gt;&lt;script&gt;alert(1)&lt;/script&gt; test &amp; more.');
    expect(snippet.match(/<\/news-timeline>/g)).toHaveLength(1);
  });

  it('has no accessibility violations (axe-core) in any theme', async () => {
    await demo.page.addScriptTag({ content: axeSource });
    const themeIds = await demo.page.locator('input[name="theme"]').evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    for (const id of themeIds) {
      await demo.page.check(`input[name="theme"][value="${id}"]`);
      const violations = await demo.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
      });
      expect(violations, `theme ${id}`).toEqual([]);
    }
  });
});
