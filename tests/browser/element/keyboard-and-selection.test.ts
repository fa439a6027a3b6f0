import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dayEvent, nextFrame, spreadEvents, TimelineHarness, waitFor } from './harness.js';

describe('<news-timeline> keyboard and selection', () => {
  afterEach(() => document.querySelectorAll('news-timeline').forEach((el) => el.parentElement?.remove()));

  async function focusChart(harness: TimelineHarness): Promise<void> {
    const before = document.createElement('button');
    before.textContent = 'before';
    harness.element.parentElement!.before(before);
    before.focus();
    // Tab goes through the zoom buttons, then into the chart.
    for (let i = 0; i < 6 && !harness.focusedEventId(); i++) await sendKeys({ press: 'Tab' });
    before.remove();
  }

  it('is reached with Tab, and the arrow keys, Home and End move between events in time order', async () => {
    const events = spreadEvents(5);
    const harness = await TimelineHarness.create((el) => (el.events = [...events].reverse()));
    await focusChart(harness);
    expect(harness.focusedEventId()).to.equal('e0');
    await sendKeys({ press: 'ArrowRight' });
    expect(harness.focusedEventId()).to.equal('e1');
    await sendKeys({ press: 'ArrowDown' });
    expect(harness.focusedEventId()).to.equal('e2');
    await sendKeys({ press: 'ArrowLeft' });
    expect(harness.focusedEventId()).to.equal('e1');
    await sendKeys({ press: 'End' });
    expect(harness.focusedEventId()).to.equal('e4');
    await sendKeys({ press: 'ArrowRight' });
    expect(harness.focusedEventId()).to.equal('e4');
    await sendKeys({ press: 'Home' });
    expect(harness.focusedEventId()).to.equal('e0');
  });

  it('selects with Enter: fires news-timeline-select, opens the detail with the date words highlighted, and announces it', async () => {
    const events = spreadEvents(3);
    const harness = await TimelineHarness.create((el) => (el.events = events));
    await focusChart(harness);
    await sendKeys({ press: 'ArrowRight' });
    const selected = waitFor(harness.element, 'news-timeline-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.event?.id).to.equal('e1');
    expect(event.bubbles && event.composed).to.equal(true);
    await harness.element.updateComplete;
    const detail = harness.detail!;
    expect(detail.textContent).to.contain(events[1]!.sentence);
    expect([...detail.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal([events[1]!.value]);
    expect(harness.liveRegion.textContent!.trim()).to.equal(`Selected ${harness.markFor('e1')!.getAttribute('aria-label')}`);
    expect(harness.markFor('e1')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('closes the detail with Escape and reports the empty selection', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(2)));
    await focusChart(harness);
    await sendKeys({ press: 'Enter' });
    await harness.element.updateComplete;
    expect(harness.detail).to.exist;
    const cleared = waitFor(harness.element, 'news-timeline-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail.event).to.equal(null);
    await harness.element.updateComplete;
    expect(harness.detail).to.equal(null);
  });

  it('closes the detail with Escape from inside it, giving focus back to the event', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(2)));
    await focusChart(harness);
    await sendKeys({ press: 'Enter' });
    await harness.element.updateComplete;
    harness.button('close').focus();
    await sendKeys({ press: 'Escape' });
    await harness.element.updateComplete;
    expect(harness.detail).to.equal(null);
    expect(harness.focusedEventId()).to.equal('e0');
  });

  it('selects on click', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(3)));
    const selected = waitFor(harness.element, 'news-timeline-select');
    harness.markFor('e2')!.querySelector('.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.event?.id).to.equal('e2');
  });

  it('zooms with + and − and fits with 0, keeping focus on the event', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(5)));
    await focusChart(harness);
    await sendKeys({ press: 'ArrowRight' });
    const spacing = () => harness.markX('e1') - harness.markX('e0');
    const fitted = spacing();
    await sendKeys({ press: '+' });
    await nextFrame();
    expect(harness.focusedEventId()).to.equal('e1');
    expect(harness.markFor('e0') ? spacing() : Infinity).to.be.greaterThan(fitted * 1.5);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '0' });
    await nextFrame();
    expect(spacing()).to.be.closeTo(fitted, 0.5);
  });

  it('pans with Page Down and Page Up once zoomed in', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(5)));
    await focusChart(harness);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    const id = harness.markIds()[0]!;
    const before = harness.markX(id);
    await sendKeys({ press: 'PageDown' });
    expect(harness.markFor(id) ? harness.markX(id) : -Infinity).to.be.lessThan(before);
  });

  it('zooms with the buttons', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(5)));
    const spacing = () => harness.markX('e4') - harness.markX('e3');
    const fitted = spacing();
    await harness.element.zoomIn();
    harness.button('zoom-in').click();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await harness.element.fit();
    expect(spacing()).to.be.closeTo(fitted, 0.5);
    await harness.element.zoomIn();
    await harness.element.zoomOut();
    expect(spacing()).to.be.closeTo(fitted, 0.5);
  });

  it('selectEvent opens the detail without firing an event, and highlightEvent marks one event', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(3)));
    let fired = 0;
    harness.element.addEventListener('news-timeline-select', () => fired++);
    harness.element.selectEvent('e2');
    await harness.element.updateComplete;
    expect(harness.detail).to.exist;
    expect(fired).to.equal(0);
    harness.element.highlightEvent('e1');
    expect(harness.markFor('e1')!.classList.contains('highlighted')).to.equal(true);
    harness.element.highlightEvent(null);
    expect(harness.markFor('e1')!.classList.contains('highlighted')).to.equal(false);
    harness.element.selectEvent(null);
    await harness.element.updateComplete;
    expect(harness.detail).to.equal(null);
  });

  it('shows a tooltip and fires news-timeline-hover when the pointer is over an event', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = [dayEvent('a', '2017-07-02', 'Fighters entered the city'), dayEvent('b', '2017-08-02', 'Later')]));
    const hovered = waitFor(harness.element, 'news-timeline-hover');
    harness.markFor('a')!.querySelector('.mark')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect((await hovered).detail.event?.id).to.equal('a');
    await harness.element.updateComplete;
    expect(harness.tooltip.hidden).to.equal(false);
    expect(harness.tooltip.textContent).to.contain('2 July 2017').and.contain('Fighters entered the city');
  });

  it('reaches the publication marker with End without zooming in', async () => {
    const harness = await TimelineHarness.create((el) => {
      el.events = [...spreadEvents(3), dayEvent('published', '2017-12-01', 'Article published', { kind: 'reference' })];
    });
    const axisBefore = harness.axisLabels().join(' ');
    await focusChart(harness);
    await sendKeys({ press: 'End' });
    expect(harness.focusedEventId()).to.equal('published');
    expect(harness.axisLabels().join(' ')).to.equal(axisBefore);
  });

  it('reaches with the arrow keys an event that was folded into a cluster', async () => {
    const events = Array.from({ length: 30 }, (_, i) => dayEvent(`e${String(i).padStart(2, '0')}`, '2017-07-02', `Happening ${i}`, { start: new Date(Date.UTC(2017, 6, 2, i % 24, i)).toISOString() }));
    events.push(dayEvent('z', '2015-01-01', 'Long before'));
    const harness = await TimelineHarness.create((el) => (el.events = events));
    const last = harness.element.timeline.events[harness.element.timeline.events.length - 1]!.id;
    expect(harness.markFor(last)).to.equal(null);
    await focusChart(harness);
    await sendKeys({ press: 'End' });
    expect(harness.focusedEventId()).to.equal(last);
  });
});

describe('<news-timeline> pointer zoom and pan', () => {
  afterEach(() => document.querySelectorAll('news-timeline').forEach((el) => el.parentElement?.remove()));

  it('zooms in around the pointer with the wheel', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(5)));
    const spacing = () => harness.markX('e2') - harness.markX('e1');
    const fitted = spacing();
    const box = harness.chart.getBoundingClientRect();
    const x = box.left + harness.markX('e2');
    for (let i = 0; i < 3; i++) {
      harness.chart.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: x, clientY: box.top + 60, bubbles: true, cancelable: true, composed: true }));
    }
    await nextFrame();
    await nextFrame();
    expect(spacing()).to.be.greaterThan(fitted * 1.2);
    // The date under the pointer stays under it.
    expect(box.left + harness.markX('e2')).to.be.closeTo(x, 2);
  });

  it('pans with a drag once zoomed in', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(5)));
    await harness.element.zoomIn();
    const before = harness.markX('e2');
    const box = harness.chart.getBoundingClientRect();
    const y = box.top + box.height - 8;
    const at = (clientX: number) => ({ clientX, clientY: y, bubbles: true, composed: true, view: window, button: 0 });
    harness.chart.dispatchEvent(new MouseEvent('mousedown', at(box.left + 300)));
    window.dispatchEvent(new MouseEvent('mousemove', at(box.left + 250)));
    window.dispatchEvent(new MouseEvent('mousemove', at(box.left + 200)));
    window.dispatchEvent(new MouseEvent('mouseup', at(box.left + 200)));
    await nextFrame();
    await nextFrame();
    expect(harness.markX('e2')).to.be.closeTo(before - 100, 1);
  });
});
