import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { newsTimelineStyles } from '../../../src/element/styles.js';
import { dayEvent, TimelineHarness } from './harness.js';

const events = [
  dayEvent('day', '2017-07-02', 'SDF fighters entered the city'),
  dayEvent('month', '2017-06-01', 'The offensive began', { start: '2017-06-01T00:00:00.000Z', end: '2017-07-01T00:00:00.000Z', kind: 'period', granularity: 'month' }),
  dayEvent('open', '2016-11-01', 'The SDF closed in', { start: '2016-11-01T00:00:00.000Z', end: '2017-07-05T00:00:00.000Z', kind: 'open', granularity: 'month' }),
];

const css = newsTimelineStyles.map((sheet) => sheet.cssText).join('\n');

function tokens(pattern: RegExp): Set<string> {
  return new Set([...css.matchAll(pattern)].map((match) => match[1]!));
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** [foreground, background, minimum ratio]: text needs 4.5:1, marks and focus rings 3:1. */
const CONTRAST_PAIRS: [string, string, number][] = [
  ['--_color-text', '--_color-background', 4.5],
  ['--_color-muted', '--_color-background', 4.5],
  ['--_color-text', '--_color-surface', 4.5],
  ['--_color-muted', '--_color-surface', 4.5],
  ['--_color-selected', '--_color-background', 4.5],
  ['--_color-reference', '--_color-background', 4.5],
  ['--_color-cluster-text', '--_color-cluster', 4.5],
  ['--_color-mention-text', '--_color-mention', 4.5],
  ['--_color-event', '--_color-background', 3],
  ['--_color-band', '--_color-background', 3],
  ['--_color-highlight', '--_color-background', 3],
  ['--_color-focus', '--_color-background', 3],
  ['--_color-focus', '--_color-surface', 3],
  ['--_color-cluster', '--_color-background', 3],
  ['--_color-border', '--_color-background', 3],
];

describe('<news-timeline> theming and accessibility', () => {
  afterEach(async () => {
    document.querySelectorAll('news-timeline').forEach((el) => el.parentElement?.remove());
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  it('has no axe violations in light mode, with an event selected', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const harness = await TimelineHarness.create((el) => {
      el.referenceDate = '2017-07-04';
      el.events = events;
    });
    harness.element.selectEvent('day');
    await harness.element.updateComplete;
    await expect(harness.element).to.be.accessible();
  });

  it('has no axe violations in dark mode', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const harness = await TimelineHarness.create((el) => (el.events = events));
    harness.element.selectEvent('month');
    await harness.element.updateComplete;
    expect(getComputedStyle(harness.element).backgroundColor).to.equal('rgb(21, 24, 29)');
    await expect(harness.element).to.be.accessible();
  });

  it('has no axe violations in its error state', async () => {
    const harness = await TimelineHarness.create((el) => (el.timeline = 'not json'), { expectError: true });
    await harness.element.updateComplete;
    await expect(harness.element).to.be.accessible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`meets WCAG AA contrast with its ${scheme} defaults`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const harness = await TimelineHarness.create((el) => (el.events = events));
      const host = getComputedStyle(harness.element);
      const colour = (token: string) => host.getPropertyValue(token).trim();
      for (const [foreground, background, minimum] of CONTRAST_PAIRS) {
        const ratio = contrast(colour(foreground), colour(background));
        expect(ratio, `${foreground} on ${background} (${colour(foreground)} on ${colour(background)})`).to.be.at.least(minimum);
      }
    });
  }

  it('changes the drawing when a custom property changes on the page, with no script', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = events));
    const mark = harness.markFor('day')!.querySelector('.mark')!;
    const before = getComputedStyle(mark).fill;
    const style = document.createElement('style');
    style.textContent = 'news-timeline { --nt-color-event: rgb(200, 0, 100); }';
    document.head.append(style);
    try {
      expect(getComputedStyle(mark).fill).to.equal('rgb(200, 0, 100)');
      expect(before).not.to.equal('rgb(200, 0, 100)');
    } finally {
      style.remove();
    }
  });

  it('maps every public --nt-* token to a private one that is used, and documents each', async () => {
    const defined = new Map([...css.matchAll(/(--_[\w-]+):\s*var\((--nt-[\w-]+)/g)].map((match) => [match[1]!, match[2]!]));
    const publicTokens = tokens(/(--nt-[\w-]+)/g);
    const privateUsed = tokens(/var\((--_[\w-]+)\)/g);
    const privateDefined = new Set(defined.keys());
    expect(publicTokens.size).to.be.greaterThan(20);
    for (const token of publicTokens) expect([...defined.values()], `${token} is read into a private token`).to.include(token);
    for (const token of privateDefined) {
      expect(privateUsed.has(token), `${token} is used`).to.equal(true);
      expect(defined.get(token), `${token} is fed by --nt-${token.slice(3)}`).to.equal(`--nt-${token.slice(3)}`);
    }
    for (const token of privateUsed) expect(privateDefined.has(token), `${token} is defined`).to.equal(true);
    const docs = await (await fetch('/docs/element.md')).text();
    for (const token of publicTokens) expect(docs, `docs/element.md documents ${token}`).to.contain(`\`${token}\``);
  });

  it('resolves every private token to a value on the host', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = events));
    const host = getComputedStyle(harness.element);
    for (const token of tokens(/(--_[\w-]+):/g)) expect(host.getPropertyValue(token).trim(), token).not.to.equal('');
  });

  it('exposes parts for the axis, events, labels, bands, tooltip and detail panel', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = events));
    harness.element.selectEvent('day');
    await harness.element.updateComplete;
    for (const part of ['chart', 'axis', 'event', 'label', 'band', 'bar', 'point', 'tooltip', 'detail', 'mention']) {
      expect(harness.root.querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('shows a visible focus ring on the focused event', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = events));
    const mark = harness.markFor('day')!;
    mark.focus();
    // :focus-visible after a programmatic focus follows the last input; assert the rule exists and applies to marks.
    expect(css).to.match(/\.event:focus-visible[^{]*\{[^}]*outline|\.event:focus-visible \.hit\s*\{[^}]*stroke/);
    expect(harness.focused()).to.equal(mark);
  });

  it('turns transitions off when reduced motion is preferred', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const harness = await TimelineHarness.create((el) => (el.events = events));
    const mark = harness.markFor('day')!.querySelector('.mark')!;
    expect(getComputedStyle(mark).transitionProperty).to.equal('none');
    const before = harness.markX('day');
    void harness.element.zoomIn();
    // With reduced motion the zoom is applied at once, not animated.
    expect(harness.markX('day')).not.to.be.closeTo(before, 0.5);
  });

  it('draws with system colours in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const harness = await TimelineHarness.create((el) => (el.events = events));
    const mark = harness.markFor('day')!.querySelector('.mark')!;
    const label = harness.markFor('day')!.querySelector('.label')!;
    expect(getComputedStyle(mark).fill).to.equal(getComputedStyle(label).fill);
  });
});
