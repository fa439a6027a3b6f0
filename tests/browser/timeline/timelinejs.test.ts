import { expect } from '@open-wc/testing';
import { exportTimeline, extractTimeline } from '../../../src/timeline/index.js';

/** TimelineJS 3 from the @knight-lab/timelinejs dev dependency, as a newsroom page loads it. */
const libraryRoot = '/node_modules/@knight-lab/timelinejs/dist';

interface TimelineJS {
  on(event: string, handler: (data?: unknown) => void): void;
  config?: { isValid(): boolean; getErrors(): unknown[] };
}
declare global {
  interface Window {
    TL?: { Timeline: new (element: HTMLElement, data: unknown, options?: object) => TimelineJS };
  }
}

function load(tag: 'script' | 'link', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const element = document.createElement(tag);
    if (element instanceof HTMLScriptElement) element.src = url;
    else if (element instanceof HTMLLinkElement) (element.rel = 'stylesheet'), (element.href = url);
    element.addEventListener('load', () => resolve());
    element.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
    document.head.append(element);
  });
}

async function seedExport(): Promise<string> {
  const text = await (await fetch('/seeds/raqqa-2017-07-04.txt')).text();
  return exportTimeline(extractTimeline(text, { referenceDate: '2017-07-04' }), 'timelinejs');
}

/** Builds a TimelineJS timeline and waits until it has drawn its slides or shown an error. */
async function draw(source: unknown): Promise<{ container: HTMLElement; timeline: TimelineJS }> {
  const container = document.createElement('div');
  container.style.cssText = 'width: 900px; height: 600px;';
  document.body.append(container);
  // The default font sheet is fetched from the network; the test needs none.
  const timeline = new window.TL!.Timeline(container, source, { script_path: `${libraryRoot}/js/`, font: null, hash_bookmark: false });
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (container.querySelector('.tl-timemarker') || shownErrors(container)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { container, timeline };
}

/** TimelineJS shows data errors as a message "Error: …" in the container. */
function shownErrors(container: HTMLElement): string {
  return /\bError\b/.exec(container.textContent ?? '') ? (container.textContent ?? '').trim() : '';
}

describe('the timelinejs export in TimelineJS 3 itself', () => {
  before(async () => {
    await load('link', `${libraryRoot}/css/timeline.css`);
    await load('script', `${libraryRoot}/js/timeline.js`);
  });

  it('is loaded from the package under test', () => {
    expect(typeof window.TL?.Timeline).to.equal('function');
  });

  it('draws one slide and one marker per event of the seed article, with no error', async () => {
    const data = JSON.parse(await seedExport());
    const { container, timeline } = await draw(data);
    expect(shownErrors(container)).to.equal('');
    expect(timeline.config?.isValid()).to.equal(true);
    expect(container.querySelectorAll('.tl-timemarker').length).to.equal(data.events.length);
    expect(container.querySelectorAll('.tl-slide').length).to.be.at.least(data.events.length);
    container.remove();
  });

  it('is accepted by its own JSON loader, read from a URL', async () => {
    const url = URL.createObjectURL(new Blob([await seedExport()], { type: 'application/json' }));
    const { container, timeline } = await draw(url);
    URL.revokeObjectURL(url);
    expect(shownErrors(container)).to.equal('');
    expect(timeline.config?.getErrors() ?? []).to.deep.equal([]);
    expect(container.querySelectorAll('.tl-timemarker').length).to.equal(10);
    container.remove();
  });

  it('shows article text as text: headlines hold no markup of ours', async () => {
    const data = JSON.parse(await seedExport());
    const { container } = await draw(data);
    const headlines = [...container.querySelectorAll('.tl-headline')].map((h) => h.textContent ?? '');
    expect(headlines.some((h) => /Raqqa has been occupied by ISIS/.test(h))).to.equal(true);
    expect(headlines.every((h) => !/[<>]/.test(h))).to.equal(true);
    container.remove();
  });
});
