import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLanes, PINNED, visibleSlice, type LayoutItem, type LayoutOptions } from '../../src/render/layout.js';

const options: LayoutOptions = {
  pxPerMs: 1,
  originMs: 0,
  rightEdgePx: 1000,
  laneCount: 3,
  pointRadiusPx: 5,
  gapPx: 8,
  clusterWidthPx: 30,
};

const point = (startMs: number, labelWidthPx = 50): LayoutItem => ({ startMs, endMs: startMs + 1, point: true, labelWidthPx });
const bar = (startMs: number, endMs: number, labelWidthPx = 20): LayoutItem => ({ startMs, endMs, point: false, labelWidthPx });

/** What an item occupies in a layout, in pixels: the same rule the renderer draws by. */
function occupied(item: LayoutItem, flipped: boolean, o: LayoutOptions): [number, number] {
  const x0 = (item.startMs - o.originMs) * o.pxPerMs;
  const markLeft = item.point ? x0 - o.pointRadiusPx : x0;
  const markRight = item.point ? x0 + o.pointRadiusPx : Math.max((item.endMs - o.originMs) * o.pxPerMs, x0 + 2 * o.pointRadiusPx);
  return flipped ? [Math.min(markLeft, markRight - item.labelWidthPx), markRight] : [markLeft, Math.max(markRight, markLeft + item.labelWidthPx)];
}

describe('layoutLanes', () => {
  it('puts events that do not overlap in the first lane', () => {
    const layout = layoutLanes([point(0), point(100), point(200)], options);
    expect([...layout.laneOf]).toEqual([0, 0, 0]);
    expect(layout.usedLanes).toBe(1);
  });

  it('moves an event down a lane when its label would run into the previous one', () => {
    const layout = layoutLanes([point(0), point(30), point(40)], options);
    expect([...layout.laneOf]).toEqual([0, 1, 2]);
  });

  it('keeps a lane blocked for the whole length of a bar', () => {
    const layout = layoutLanes([bar(0, 500), point(200), point(600)], options);
    expect([...layout.laneOf]).toEqual([0, 1, 0]);
  });

  it('folds events into clusters, with a count, when the lanes are full', () => {
    const items = Array.from({ length: 10 }, (_, i) => point(i * 2));
    const layout = layoutLanes(items, options);
    expect([...layout.laneOf].filter((lane) => lane >= 0)).toHaveLength(3);
    expect(layout.clusters.reduce((sum, c) => sum + c.members.length, 0)).toBe(7);
    expect(layout.clusters).toHaveLength(1);
  });

  it('splits clusters when zoomed in', () => {
    const items = Array.from({ length: 10 }, (_, i) => point(i * 2));
    const zoomed = layoutLanes(items, { ...options, pxPerMs: 64 });
    expect(zoomed.clusters.length).toBe(0);
  });

  it('anchors a label at the right end of its mark near the right edge', () => {
    const layout = layoutLanes([point(990, 80)], options);
    expect(layout.labelLeft[0]).toBe(1);
  });

  it('leaves pinned items out of lanes and clusters', () => {
    const layout = layoutLanes([point(0), { ...point(1), pinned: true }, point(500)], options);
    expect(layout.laneOf[1]).toBe(PINNED);
    expect(layout.lanes.flat()).not.toContain(1);
  });

  it('never lets two items of a lane overlap, and accounts for every item exactly once (property)', () => {
    const item = fc.record({
      startMs: fc.integer({ min: 0, max: 2000 }),
      length: fc.integer({ min: 0, max: 400 }),
      point: fc.boolean(),
      labelWidthPx: fc.integer({ min: 0, max: 200 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.double({ min: 0.2, max: 4, noNaN: true }), (raw, pxPerMs) => {
        const items = raw
          .map((r) => ({ startMs: r.startMs, endMs: r.startMs + Math.max(1, r.length), point: r.point, labelWidthPx: r.labelWidthPx }))
          .sort((a, b) => a.startMs - b.startMs);
        const o = { ...options, pxPerMs, rightEdgePx: 2400 * pxPerMs };
        const layout = layoutLanes(items, o);
        const clustered = layout.clusters.flatMap((c) => c.members);
        expect(layout.lanes.flat().length + clustered.length).toBe(items.length);
        for (const lane of layout.lanes) {
          for (let i = 1; i < lane.length; i++) {
            const [, prevRight] = occupied(items[lane[i - 1]!]!, layout.labelLeft[lane[i - 1]!] === 1, o);
            const [left] = occupied(items[lane[i]!]!, layout.labelLeft[lane[i]!] === 1, o);
            expect(left).toBeGreaterThanOrEqual(prevRight);
          }
        }
        // Each layout stays valid deeper in: nothing overlaps when zoomed in by 1.5.
        const deeper = { ...o, pxPerMs: pxPerMs * 1.5 };
        for (const lane of layout.lanes) {
          for (let i = 1; i < lane.length; i++) {
            const [, prevRight] = occupied(items[lane[i - 1]!]!, layout.labelLeft[lane[i - 1]!] === 1, deeper);
            const [left] = occupied(items[lane[i]!]!, layout.labelLeft[lane[i]!] === 1, deeper);
            expect(left).toBeGreaterThanOrEqual(prevRight);
          }
        }
      }),
    );
  });
});

describe('visibleSlice', () => {
  it('returns the items of a lane that reach into the view', () => {
    const layout = layoutLanes([point(0), point(100), point(200), point(300)], options);
    expect(visibleSlice(layout.occupancy[0]!, 150, 250)).toEqual([2, 3]);
    expect(visibleSlice(layout.occupancy[0]!, 140, 250)).toEqual([1, 3]);
    expect(visibleSlice(layout.occupancy[0]!, 1000, 2000)).toEqual([4, 4]);
    expect(visibleSlice(layout.occupancy[0]!, -100, -50)).toEqual([0, 0]);
  });
});
