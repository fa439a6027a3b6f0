import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import type { TimelineEvent } from '../../../src/timeline/types.js';
import { dayEvent, spreadEvents, TimelineHarness, waitFor } from './harness.js';

function period(id: string, start: string, end: string, title: string, kind: TimelineEvent['kind'] = 'period'): TimelineEvent {
  return dayEvent(id, start, title, { start: `${start}T00:00:00.000Z`, end: `${end}T00:00:00.000Z`, kind, granularity: 'month' });
}

describe('<news-timeline> drawing', () => {
  afterEach(() => document.querySelectorAll('news-timeline').forEach((el) => el.parentElement?.remove()));

  it('draws one event mark per event, in time order, whatever order they were given in', async () => {
    const events = spreadEvents(6);
    const shuffled = [events[3]!, events[0]!, events[5]!, events[1]!, events[4]!, events[2]!];
    const harness = await TimelineHarness.create((el) => (el.events = shuffled));
    expect(harness.markIds()).to.deep.equal(events.map((event) => event.id));
    expect(harness.element.timeline.events.map((event) => event.id)).to.deep.equal(events.map((event) => event.id));
  });

  it('places marks along a UTC time scale', async () => {
    const events = spreadEvents(6);
    const harness = await TimelineHarness.create((el) => (el.events = events));
    const first = events[0]!;
    const last = events[events.length - 1]!;
    const scale = scaleUtc()
      .domain([new Date(first.start), new Date(last.start)])
      .range([harness.markX(first.id), harness.markX(last.id)]);
    for (const event of events) {
      expect(harness.markX(event.id)).to.be.closeTo(scale(new Date(event.start)), 0.75, event.id);
    }
  });

  it('puts a day on the axis tick of that UTC day, in any browser time zone', async () => {
    const events = [dayEvent('a', '2017-07-02', 'Fighters entered the city'), dayEvent('b', '2017-07-09', 'A week later')];
    const harness = await TimelineHarness.create((el) => (el.events = events));
    const ticks = [...harness.root.querySelectorAll<SVGGElement>('[part~="axis"] .tick')];
    const tick = ticks.find((candidate) => candidate.textContent === '2');
    expect(tick, `axis ticks: ${harness.axisLabels().join(' ')}`).to.exist;
    const tickX = tick!.getBoundingClientRect().left + tick!.getBoundingClientRect().width / 2 - harness.chart.getBoundingClientRect().left;
    expect(harness.markX('a')).to.be.closeTo(tickX, 1.5);
    expect(harness.axisLabels()).to.include('July 2017');
  });

  it('draws a dot for a day, a band over the extent of a coarser date, a bar for a span and a fading bar for an open span', async () => {
    const events = [
      dayEvent('day', '2017-03-02', 'A day'),
      period('month', '2017-01-01', '2017-02-01', 'A month'),
      period('span', '2016-11-01', '2017-02-01', 'A span', 'span'),
      period('open', '2016-06-01', '2017-02-01', 'An open span', 'open'),
    ];
    const harness = await TimelineHarness.create((el) => (el.events = events));
    const part = (id: string) => harness.markFor(id)!.querySelector('.mark')!.getAttribute('part');
    expect(part('day')).to.equal('point');
    expect(part('month')).to.equal('band');
    expect(part('span')).to.equal('bar');
    expect(part('open')).to.equal('bar');
    expect(harness.markFor('open')!.querySelector('.mark')!.getAttribute('fill')).to.match(/^url\(#/);
    const width = (id: string) => harness.markFor(id)!.querySelector('.mark')!.getBoundingClientRect().width;
    // January has 31 days, November–January 92: the drawn widths keep that ratio.
    expect(width('span') / width('month')).to.be.closeTo(92 / 31, 0.05);
  });

  it('marks the publication date when there is one', async () => {
    const harness = await TimelineHarness.create((el) => {
      el.referenceDate = '2017-07-04';
      el.events = [dayEvent('a', '2017-07-02', 'Fighters entered the city')];
    });
    const reference = harness.root.querySelector('[part~="reference"]')!;
    expect(reference.getAttribute('display')).to.equal(null);
    expect(harness.element.timeline.referenceDate).to.equal('2017-07-04');
  });

  it('never overlaps two labels in a lane, and folds what does not fit into clusters that split when zoomed in', async () => {
    const events = Array.from({ length: 40 }, (_, i) => dayEvent(`e${i}`, '2017-07-02', `Happening number ${i}`, { start: new Date(Date.UTC(2017, 6, 2, i % 24)).toISOString() }));
    events.push(dayEvent('far', '2016-01-01', 'Something much earlier'));
    const harness = await TimelineHarness.create((el) => (el.events = events));
    const boxes = [...harness.root.querySelectorAll('[part~="label"]')].map((label) => label.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
    }
    const clustered = (): number => harness.clusters().reduce((sum, cluster) => sum + Number(/^(\d+)/.exec(cluster.getAttribute('aria-label')!)![1]), 0);
    expect(harness.marks().length + clustered()).to.equal(events.length);
    const before = clustered();
    expect(before).to.be.greaterThan(0);
    harness.clusters()[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(clustered()).to.be.lessThan(before);
  });

  it('reads a prebuilt timeline in our JSON format, as a string or an object', async () => {
    const timeline = { format: 'news-timeline/1', referenceDate: '2017-07-04', events: spreadEvents(3), expressions: [], warnings: [] };
    for (const input of [JSON.stringify(timeline), timeline]) {
      const harness = await TimelineHarness.create((el) => (el.timeline = input as never));
      expect(harness.markIds()).to.deep.equal(['e0', 'e1', 'e2']);
      expect(harness.element.timeline.referenceDate).to.equal('2017-07-04');
      harness.remove();
    }
  });

  it('gives every event an accessible name made of its date and its summary', async () => {
    const harness = await TimelineHarness.create((el) => {
      el.events = [dayEvent('a', '2017-07-02', 'SDF fighters entered the city'), period('m', '2017-06-01', '2017-07-01', 'The offensive began')];
    });
    expect(harness.markFor('a')!.getAttribute('aria-label')).to.equal('2 July 2017: SDF fighters entered the city');
    expect(harness.markFor('m')!.getAttribute('aria-label')).to.equal('June 2017: The offensive began');
    expect(await harness.hiddenListItems()).to.deep.equal(['June 2017: The offensive began', '2 July 2017: SDF fighters entered the city']);
  });

  it('stays usable at 320 pixels wide', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(4)), { width: 320 });
    expect(harness.chart.getBoundingClientRect().width).to.be.at.most(320);
    expect(harness.marks().length).to.equal(4);
    for (const name of ['zoom-in', 'zoom-out', 'fit'] as const) {
      expect(harness.button(name).getBoundingClientRect().right).to.be.at.most(harness.element.getBoundingClientRect().right + 0.5);
    }
  });

  it('leaves the hidden event list untouched when only the hover or selection changes, and rebuilds it for new data', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(3)));
    await harness.hiddenListItems();
    const list = harness.root.querySelector('ol')!;
    let mutations = 0;
    const count = (records: MutationRecord[]): void => {
      mutations += records.filter((r) => list.contains(r.target) || [...r.removedNodes].includes(list)).length;
    };
    const observer = new MutationObserver(count);
    observer.observe(harness.root, { subtree: true, childList: true, characterData: true });
    harness.markFor('e1')!.querySelector('.mark')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    harness.element.selectEvent('e2');
    await harness.element.updateComplete;
    count(observer.takeRecords());
    expect(mutations).to.equal(0);
    observer.disconnect();
    const rendered = waitFor(harness.element, 'news-timeline-render');
    harness.element.events = [dayEvent('n', '2017-07-02', 'New data')];
    await rendered;
    await harness.element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await harness.hiddenListItems()).to.deep.equal(['2 July 2017: New data']);
  });

  it('keeps the tooltip inside the element at 320 pixels, beside the first and the last mark', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(4)), { width: 320 });
    const host = harness.element.getBoundingClientRect();
    for (const id of ['e0', 'e3']) {
      const mark = harness.markFor(id)!;
      mark.querySelector('.mark')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await harness.element.updateComplete;
      const tip = harness.tooltip.getBoundingClientRect();
      expect(harness.tooltip.hidden).to.equal(false);
      expect(tip.left, `${id}: left`).to.be.at.least(host.left - 0.5);
      expect(tip.right, `${id}: right`).to.be.at.most(host.right + 0.5);
      expect(tip.bottom, `${id}: above the mark`).to.be.at.most(mark.getBoundingClientRect().top + 0.5);
    }
  });

  it('follows its container when it is resized', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(4)), { width: 400 });
    const before = harness.markX('e3');
    const rendered = new Promise((resolve) => harness.element.addEventListener('news-timeline-render', resolve, { once: true }));
    harness.element.parentElement!.style.width = '800px';
    await rendered;
    expect(harness.markX('e3')).to.be.greaterThan(before * 1.5);
  });
});
