import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { TimelineHarness, waitFor } from './harness.js';

const SEED_URL = '/seeds/raqqa-2017-07-04.txt';

async function seedText(): Promise<string> {
  const response = await fetch(SEED_URL);
  return response.text();
}

describe('<news-timeline> reading an article', () => {
  afterEach(() => document.querySelectorAll('news-timeline').forEach((el) => el.parentElement?.remove()));

  it('draws the seed article as one mark per event of its timeline, in time order, on a UTC scale', async () => {
    const text = await seedText();
    const harness = await TimelineHarness.create((el) => {
      el.referenceDate = '2017-07-04';
      el.text = text;
    });
    const events = harness.element.timeline.events;
    expect(events.length).to.be.greaterThan(3);
    expect(harness.markIds()).to.deep.equal(events.map((event) => event.id));
    const starts = events.map((event) => Date.parse(event.start));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    // Every mark sits where a UTC time scale through the first and last marks puts it.
    const [first, last] = [events[0]!, events[events.length - 1]!];
    const scale = scaleUtc().domain([new Date(first.start), new Date(last.start)]).range([harness.markX(first.id), harness.markX(last.id)]);
    for (const event of events) expect(harness.markX(event.id)).to.be.closeTo(scale(new Date(event.start)), 1, event.id);
  });

  it('reads the article from its own text content', async () => {
    const text = await seedText();
    const harness = await TimelineHarness.create((el) => {
      el.setAttribute('reference-date', '2017-07-04');
      el.textContent = text;
    });
    expect(harness.marks().length).to.equal(harness.element.timeline.events.length);
    expect(harness.element.timeline.referenceDate).to.equal('2017-07-04');
  });

  it('fetches the article named by src', async () => {
    const harness = await TimelineHarness.create((el) => {
      el.referenceDate = '2017-07-04';
      el.src = SEED_URL;
    });
    const text = await seedText();
    const fromText = await TimelineHarness.create((el) => {
      el.referenceDate = '2017-07-04';
      el.text = text;
    });
    expect(harness.markIds()).to.deep.equal(fromText.markIds());
  });

  it('draws a history before Christ in time order, its axis and marks labelled "BC"', async () => {
    const harness = await TimelineHarness.create((el) => {
      el.referenceDate = '2010-05-01';
      el.text = 'The Ionian revolt lasted from 499 to 493 BC. Darius sent a fleet in 492 BC. ' +
        'The Persians landed at Marathon in August 490 BC and were defeated. In 480 BC Xerxes crossed the Hellespont.';
    });
    const events = harness.element.timeline.events.filter((event) => event.kind !== 'reference');
    expect(events.length).to.be.greaterThan(3);
    const bcIds = events.map((event) => event.id);
    const xs = bcIds.map((id) => harness.markX(id));
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    expect(harness.axisLabels().some((label) => /\bBC\b/.test(label))).to.equal(true, harness.axisLabels().join(' | '));
    expect(harness.axisLabels().some((label) => /-\d/.test(label))).to.equal(false);
  });

  it('says so when there is no reference date, and still shows the absolute dates', async () => {
    const harness = await TimelineHarness.create((el) => (el.text = 'The talks began on 3 March 2015. Last week the parties met again.'));
    expect(harness.notice).to.match(/no publication date/i);
    expect(harness.element.timeline.events.some((event) => event.start.startsWith('2015-03-03'))).to.equal(true);
    expect(harness.marks().length).to.equal(harness.element.timeline.events.length);
  });

  it('re-reads the article when the reference date changes', async () => {
    const text = await seedText();
    const harness = await TimelineHarness.create((el) => {
      el.referenceDate = '2017-07-04';
      el.text = text;
    });
    const rendered = waitFor(harness.element, 'news-timeline-render');
    harness.element.referenceDate = '2018-07-04';
    const { detail } = await rendered;
    expect(detail.timeline.referenceDate).to.equal('2018-07-04');
    expect(detail.events).to.equal(detail.timeline.events.length);
    expect(detail.durationMs).to.be.a('number');
  });
});
