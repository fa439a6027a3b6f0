// The demo page: the seed article read into a timeline, linked both ways with its highlighted
// text; an editor pastes their own article, picks a theme, and exports the result.
import { exportTimeline } from '../../src/timeline/index.js';
import type { Timeline } from '../../src/timeline/types.js';
import { renderArticle, type ArticleHighlights } from './article-view.js';
import { download } from './download.js';
import { onTimelineEvent, type NewsTimelineElement } from './element-contract.js';
import { embedSnippet, snippetPreview } from './embed-snippet.js';
import { ExtractionClient } from './extraction-client.js';
import { initialReadingRows, renderReadingPanel } from './reading-panel.js';
import { readReferenceDate } from './reference-date.js';
import { rasterize, snapshotSvg } from './svg-snapshot.js';
import { applyTheme, themeCss, themes, type Theme } from './themes.js';

const typingDebounceMs = 300;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page is missing #${id}.`);
  return element as T;
}

const page = {
  timeline: byId<NewsTimelineElement>('timeline'),
  status: byId<HTMLElement>('timeline-status'),
  error: byId<HTMLElement>('timeline-error'),
  article: byId<HTMLElement>('article-view'),
  articleText: byId<HTMLTextAreaElement>('article-text'),
  articleFile: byId<HTMLInputElement>('article-file'),
  dropZone: byId<HTMLElement>('article-input'),
  resetSeed: byId<HTMLButtonElement>('reset-seed'),
  referenceDate: byId<HTMLInputElement>('reference-date'),
  referenceDateMessage: byId<HTMLElement>('reference-date-message'),
  readingBody: byId<HTMLTableSectionElement>('reading-rows'),
  readingWarnings: byId<HTMLElement>('reading-warnings'),
  readingMore: byId<HTMLButtonElement>('reading-more'),
  themeChoices: byId<HTMLElement>('theme-choices'),
  themeCss: byId<HTMLElement>('theme-css'),
  copyThemeCss: byId<HTMLButtonElement>('copy-theme-css'),
  exports: byId<HTMLElement>('export-buttons'),
  exportStatus: byId<HTMLElement>('export-status'),
  embedCode: byId<HTMLElement>('embed-code'),
  copyEmbed: byId<HTMLButtonElement>('copy-embed'),
};

const seed = {
  url: new URL(page.article.dataset.seed ?? '../seeds/raqqa-2017-07-04.txt', document.baseURI),
  referenceDate: page.article.dataset.seedDate ?? '2017-07-04',
  text: '',
};

const state: {
  text: string;
  timeline: Timeline | null;
  highlights: ArticleHighlights;
  hoveredEventId: string | null;
  selectedEventId: string | null;
  theme: Theme | null;
  embed: string;
} = {
  embed: '',
  text: '',
  timeline: null,
  highlights: { byEvent: new Map() },
  hoveredEventId: null,
  selectedEventId: null,
  theme: null,
};

const extraction = new ExtractionClient(new URL('./extract-worker.js', import.meta.url));
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const scrollBehavior = (): ScrollBehavior => (reducedMotion.matches ? 'auto' : 'smooth');

// --- reading the article ------------------------------------------------------------------

let debounceTimer: ReturnType<typeof setTimeout> | undefined;

function scheduleReading(delayMs: number): void {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(() => void readArticle(), delayMs);
}

async function readArticle(): Promise<void> {
  const text = page.articleText.value;
  const date = readReferenceDate(page.referenceDate);
  page.referenceDateMessage.textContent = date.message;
  page.referenceDateMessage.classList.toggle('is-problem', date.problem);
  page.referenceDate.setAttribute('aria-invalid', String(date.problem && page.referenceDate.validity.badInput));
  page.status.textContent = 'Reading the article…';
  let result;
  try {
    result = await extraction.extract(text, date.value);
  } catch (error) {
    showError(`The article could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (!result) return; // superseded by newer text
  showError(null);
  state.text = text;
  state.timeline = result.timeline;
  page.timeline.timeline = result.timeline;
  state.highlights = renderArticle(page.article, text, result.timeline);
  showReadings(result.timeline, initialReadingRows);
  state.embed = embedSnippet(text, date.value);
  page.embedCode.textContent = snippetPreview(state.embed);
  state.hoveredEventId = null;
  state.selectedEventId = null;
  const events = result.timeline.events.filter((event) => event.kind !== 'reference').length;
  const expressions = result.timeline.expressions.length;
  const published = result.timeline.referenceDate ? ', and the publication date' : '';
  page.status.textContent = `${events} ${events === 1 ? 'event' : 'events'} from ${expressions} date ${
    expressions === 1 ? 'expression' : 'expressions'
  }${published} (read in ${Math.round(result.durationMs)} ms).`;
}

function showReadings(timeline: Timeline, maxRows: number): void {
  renderReadingPanel(page.readingBody, page.readingWarnings, timeline, maxRows);
  const hidden = timeline.expressions.length - Math.min(maxRows, timeline.expressions.length);
  page.readingMore.hidden = hidden === 0;
  page.readingMore.textContent = `Show all ${timeline.expressions.length} expressions (${hidden} more)`;
}

page.readingMore.addEventListener('click', () => {
  if (state.timeline) showReadings(state.timeline, Number.POSITIVE_INFINITY);
});

function showError(message: string | null): void {
  page.error.textContent = message ?? '';
  page.error.hidden = message === null;
}

// --- article ↔ timeline -------------------------------------------------------------------

function markEvent(eventId: string | null, className: 'is-hovered' | 'is-selected'): void {
  for (const mark of page.article.querySelectorAll<HTMLElement>(`.${className}`)) {
    mark.classList.remove(className);
    if (className === 'is-selected') mark.setAttribute('aria-pressed', 'false');
  }
  if (!eventId) return;
  for (const mark of state.highlights.byEvent.get(eventId) ?? []) {
    mark.classList.add(className);
    if (className === 'is-selected') mark.setAttribute('aria-pressed', 'true');
  }
}

function eventIdOf(target: EventTarget | null): string | null {
  return target instanceof HTMLElement ? (target.closest<HTMLElement>('[data-event-id]')?.dataset.eventId ?? null) : null;
}

function hoverFromArticle(eventId: string | null): void {
  if (eventId === state.hoveredEventId) return;
  state.hoveredEventId = eventId;
  markEvent(eventId, 'is-hovered');
  page.timeline.highlightEvent(eventId);
}

page.article.addEventListener('pointerover', (event) => hoverFromArticle(eventIdOf(event.target)));
page.article.addEventListener('pointerleave', () => hoverFromArticle(null));
page.article.addEventListener('focusin', (event) => hoverFromArticle(eventIdOf(event.target)));
page.article.addEventListener('focusout', () => hoverFromArticle(null));
page.article.addEventListener('click', (event) => {
  const eventId = eventIdOf(event.target);
  if (!eventId) return;
  state.selectedEventId = eventId;
  markEvent(eventId, 'is-selected');
  page.timeline.selectEvent(eventId);
  page.timeline.scrollIntoView({ block: 'nearest', behavior: scrollBehavior() });
});

onTimelineEvent(page.timeline, 'news-timeline-hover', ({ event }) => {
  state.hoveredEventId = event?.id ?? null;
  markEvent(state.hoveredEventId, 'is-hovered');
});

onTimelineEvent(page.timeline, 'news-timeline-select', ({ event }) => {
  const eventId = event?.id ?? null;
  state.selectedEventId = eventId;
  markEvent(eventId, 'is-selected');
  if (!eventId) return;
  // Selected from the article: the reader is already looking at that highlight.
  if (eventIdOf(document.activeElement) === eventId) return;
  state.highlights.byEvent.get(eventId)?.[0]?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
});

onTimelineEvent(page.timeline, 'news-timeline-error', ({ message }) => showError(message));

// --- your article ---------------------------------------------------------------------------

page.articleText.addEventListener('input', () => scheduleReading(typingDebounceMs));
page.referenceDate.addEventListener('input', () => scheduleReading(0));
page.resetSeed.addEventListener('click', () => {
  page.articleText.value = seed.text;
  page.referenceDate.value = seed.referenceDate;
  scheduleReading(0);
});

async function loadFile(file: File | undefined): Promise<void> {
  if (!file) return;
  if (file.type && !file.type.startsWith('text/')) {
    showError(`“${file.name}” is not a text file (${file.type}); save the article as plain text first.`);
    return;
  }
  page.articleText.value = await file.text();
  scheduleReading(0);
}

page.articleFile.addEventListener('change', () => void loadFile(page.articleFile.files?.[0]));
page.dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  page.dropZone.classList.add('is-dragging');
});
page.dropZone.addEventListener('dragleave', () => page.dropZone.classList.remove('is-dragging'));
page.dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  page.dropZone.classList.remove('is-dragging');
  void loadFile(event.dataTransfer?.files[0]);
});

// --- themes -----------------------------------------------------------------------------------

function chooseTheme(theme: Theme): void {
  applyTheme(document.documentElement, theme, state.theme);
  state.theme = theme;
  page.themeCss.textContent = themeCss(theme);
}

function buildThemeChoices(): void {
  const choices = themes.map((theme, index) => {
    const label = document.createElement('label');
    label.className = 'theme-choice';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'theme';
    input.value = theme.id;
    input.checked = index === 0;
    input.addEventListener('change', () => input.checked && chooseTheme(theme));
    const name = document.createElement('span');
    name.className = 'theme-choice__name';
    name.textContent = theme.name;
    const description = document.createElement('span');
    description.className = 'theme-choice__description';
    description.textContent = theme.description;
    label.append(input, name, description);
    return label;
  });
  page.themeChoices.replaceChildren(...choices);
  const first = themes[0];
  if (first) chooseTheme(first);
}

async function copyText(text: string, button: HTMLButtonElement): Promise<void> {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Select the text to copy';
  }
  setTimeout(() => (button.textContent = label), 2000);
}

page.copyThemeCss.addEventListener('click', () => void copyText(page.themeCss.textContent ?? '', page.copyThemeCss));
page.copyEmbed.addEventListener('click', () => void copyText(state.embed, page.copyEmbed));

// --- exports ----------------------------------------------------------------------------------

const exportFormats = {
  json: { file: 'news-timeline.json', type: 'application/json' },
  timelinejs: { file: 'news-timeline.timelinejs.json', type: 'application/json' },
  csv: { file: 'news-timeline.csv', type: 'text/csv' },
  timeml: { file: 'news-timeline.tml', type: 'application/xml' },
} as const;

async function exportAs(format: string): Promise<void> {
  const timeline = page.timeline.timeline ?? state.timeline;
  if (!timeline) throw new Error('There is no timeline to export yet.');
  if (format === 'svg' || format === 'png') {
    const svg = snapshotSvg(page.timeline);
    if (format === 'svg') download('news-timeline.svg', svg.markup, 'image/svg+xml');
    else download('news-timeline.png', await rasterize(svg), 'image/png');
    return;
  }
  const target = exportFormats[format as keyof typeof exportFormats];
  if (!target) throw new Error(`Unknown export format “${format}”.`);
  download(target.file, exportTimeline(timeline, format as keyof typeof exportFormats, state.text), target.type);
}

page.exports.addEventListener('click', (event) => {
  const button = event.target instanceof HTMLElement ? event.target.closest<HTMLButtonElement>('button[data-format]') : null;
  const format = button?.dataset.format;
  if (!format) return;
  exportAs(format).then(
    () => (page.exportStatus.textContent = `Downloaded ${format.toUpperCase()}.`),
    (error: unknown) =>
      (page.exportStatus.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`),
  );
});

// --- start ------------------------------------------------------------------------------------

async function start(): Promise<void> {
  buildThemeChoices();
  page.referenceDate.value = seed.referenceDate;
  try {
    const response = await fetch(seed.url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    seed.text = await response.text();
  } catch (error) {
    showError(`The seed article could not be loaded (${error instanceof Error ? error.message : String(error)}).`);
  }
  page.articleText.value = seed.text;
  await customElements.whenDefined('news-timeline');
  await readArticle();
}

void start();
