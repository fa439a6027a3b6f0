import { expect } from '@open-wc/testing';
import { dayEvent, nextFrame, TimelineHarness } from './harness.js';

/** Resolves after `ms` of wall time (waiting for d3-zoom to end the wheel gesture, not measuring speed). */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A crowded year: one event every other day, far too many to label at the fitted zoom. */
function crowdedYear(): ReturnType<typeof dayEvent>[] {
  return Array.from({ length: 180 }, (_, i) => {
    const day = new Date(Date.UTC(2017, 0, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10);
    return dayEvent(`e${i}`, day, `Event ${i}`);
  });
}

function drawnState(harness: TimelineHarness): { marks: string[]; clusters: string[] } {
  return { marks: harness.markIds(), clusters: harness.clusters().map((cluster) => cluster.textContent ?? '') };
}

describe('<news-timeline> lane layout after a pointer gesture', () => {
  afterEach(() => document.querySelectorAll('news-timeline').forEach((el) => el.parentElement?.remove()));

  it('shows what the zoom level it lands on shows, once a wheel gesture ends', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = crowdedYear()));
    const fitted = drawnState(harness);
    const box = harness.chart.getBoundingClientRect();
    for (let i = 0; i < 3; i++) {
      harness.chart.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: box.left + box.width / 2, clientY: box.top + 60, bubbles: true, cancelable: true, composed: true }));
    }
    await pause(400);
    await nextFrame();
    await nextFrame();
    const afterGesture = drawnState(harness);
    // The same zoom reached by the buttons (a step in and back out) is drawn at its exact level.
    await harness.element.zoomIn();
    await harness.element.zoomOut();
    await nextFrame();
    expect(afterGesture).to.deep.equal(drawnState(harness));
    expect(afterGesture.marks.length, 'zooming in makes room for more labelled marks').to.be.greaterThan(fitted.marks.length);
  });
});
