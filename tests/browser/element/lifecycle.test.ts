import { expect } from '@open-wc/testing';
import '../../../src/element/news-timeline.js';
import { spreadEvents, TimelineHarness } from './harness.js';

/** Counts listeners added minus removed, per target, while installed. */
function countListeners() {
  const live = new Map<EventTarget, number>();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
    live.set(this, (live.get(this) ?? 0) + 1);
    return add.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
    live.set(this, (live.get(this) ?? 0) - 1);
    return remove.apply(this, args);
  };
  return {
    /** Net listeners on targets outside `element` and its shadow tree (window, document, media queries…). */
    outside(element: Element): number {
      let total = 0;
      for (const [target, count] of live) {
        const inside = target instanceof Node && (element.contains(target) || element.shadowRoot?.contains(target) || target === element || target === element.shadowRoot);
        if (!inside) total += count;
      }
      return total;
    },
    /** Net listeners on all targets. */
    total(): number {
      return [...live.values()].reduce((sum, count) => sum + count, 0);
    },
    restore(): void {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    },
  };
}

describe('<news-timeline> connecting and disconnecting', () => {
  afterEach(() => document.querySelectorAll('news-timeline').forEach((el) => el.parentElement?.remove()));

  it('leaves no listeners behind after 100 connect/disconnect cycles', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(5)));
    const { element } = harness;
    const container = element.parentElement!;
    const counter = countListeners();
    try {
      element.remove();
      container.append(element);
      await element.updateComplete;
      const afterOne = counter.total();
      for (let i = 0; i < 100; i++) {
        element.remove();
        container.append(element);
      }
      await element.updateComplete;
      expect(counter.total()).to.equal(afterOne);
      element.remove();
      expect(counter.outside(element)).to.be.at.most(0);
    } finally {
      counter.restore();
    }
  });

  it('stops observing its size once disconnected', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(3)));
    const { element } = harness;
    const container = element.parentElement!;
    let renders = 0;
    element.addEventListener('news-timeline-render', () => renders++);
    for (let i = 0; i < 100; i++) {
      element.remove();
      container.append(element);
    }
    element.remove();
    // Moving the element into a detached container and resizing must not draw anything.
    const detached = document.createElement('div');
    detached.append(element);
    container.style.width = '300px';
    detached.style.width = '300px';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(renders).to.equal(0);
    // Connected again, it follows its container once more.
    container.append(element);
    container.style.width = '500px';
    await new Promise((resolve) => element.addEventListener('news-timeline-render', resolve, { once: true }));
    expect(renders).to.equal(1);
  });

  it('fetches its src again when reconnected during the fetch', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const element = document.createElement('news-timeline');
    element.referenceDate = '2017-07-04';
    element.src = '/seeds/raqqa-2017-07-04.txt';
    container.append(element);
    await element.updateComplete; // the fetch has started
    element.remove();
    const rendered = new Promise<CustomEvent>((resolve) => element.addEventListener('news-timeline-render', (event) => resolve(event as CustomEvent), { once: true }));
    container.append(element);
    const { detail } = await rendered;
    expect(detail.events).to.be.greaterThan(0);
    container.remove();
  });

  it('keeps working after being moved in the page', async () => {
    const harness = await TimelineHarness.create((el) => (el.events = spreadEvents(4)));
    const other = document.createElement('div');
    other.style.width = '600px';
    document.body.append(other);
    other.append(harness.element);
    await harness.element.updateComplete;
    await harness.element.zoomIn();
    expect(harness.marks().length).to.be.greaterThan(0);
    other.remove();
  });
});
