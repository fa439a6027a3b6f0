import { expect } from '@open-wc/testing';
import { nextFrame, spreadEvents, TimelineHarness } from './harness.js';

/** Resolves after `ms` of wall time (waiting out an animation, not measuring speed). */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Frames that report a steady 16 ms clock, whatever the machine's load: on a busy machine two
 * real frames can be more than the whole 250 ms step apart, and the test would see no middle.
 * Returns the function that puts the real requestAnimationFrame back.
 */
function steadyFrameClock(): () => void {
  const realRequest = window.requestAnimationFrame;
  let clockMs = performance.now();
  window.requestAnimationFrame = (callback) => realRequest.call(window, () => callback((clockMs += 16)));
  return () => (window.requestAnimationFrame = realRequest);
}

describe('<news-timeline> animated zoom steps', () => {
  afterEach(() => document.querySelectorAll('news-timeline').forEach((el) => el.parentElement?.remove()));

  it('moves through intermediate zoom levels before settling on the step', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(5)));
    const spacing = () => harness.markX('e4') - harness.markX('e3');
    const fitted = spacing();
    const seen: number[] = [];
    const restoreFrames = steadyFrameClock();
    try {
      const step = harness.element.zoomIn();
      let settled = false;
      void step.then(() => (settled = true));
      while (!settled) {
        await nextFrame();
        if (harness.markFor('e3') && harness.markFor('e4')) seen.push(spacing());
      }
    } finally {
      restoreFrames();
    }
    const final = spacing();
    expect(final).to.be.greaterThan(fitted * 1.5);
    expect(seen.some((value) => value > fitted + 1 && value < final - 1), `spacings seen: ${seen.join(', ')}`).to.equal(true);
  });

  it('stops a running step when the reader takes over with the wheel', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(5)));
    const step = harness.element.zoomIn();
    await nextFrame();
    await nextFrame();
    const box = harness.chart.getBoundingClientRect();
    const x = box.left + harness.markX('e2');
    harness.chart.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: x, clientY: box.top + 60, bubbles: true, cancelable: true, composed: true }));
    await step;
    await nextFrame();
    await nextFrame();
    const afterWheel = harness.markX('e2');
    // Longer than the step would have lasted: nothing moves once the wheel took over.
    await pause(400);
    expect(harness.markX('e2')).to.be.closeTo(afterWheel, 0.5);
    expect(box.left + afterWheel).to.be.closeTo(x, 2);
  });

  it('a second step replaces the first instead of fighting it', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(5)));
    const spacing = () => harness.markX('e4') - harness.markX('e3');
    const fitted = spacing();
    void harness.element.zoomIn();
    await nextFrame();
    await harness.element.fit();
    expect(spacing()).to.be.closeTo(fitted, 0.5);
    await pause(400);
    expect(spacing()).to.be.closeTo(fitted, 0.5);
  });
});
