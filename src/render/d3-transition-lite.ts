import { selection } from 'd3-selection';
import { stopZoomAnimation } from './zoom-animation.js';

/**
 * Stands in for d3-transition in the bundle (scripts/esbuild-plugins/d3-transition-lite.js
 * points the `d3-transition` import here). d3-zoom is its only importer and needs just this:
 * `interrupt(node)` when a wheel, drag or touch gesture starts, and `selection.interrupt()` in
 * `zoom.transform`. Our animations (./zoom-animation.ts) are the only ones to interrupt.
 * d3-zoom's animated double-click would need `selection.transition()`: the chart turns
 * double-click zoom off. Why: docs/decisions/bundle-size.md.
 */
export function interrupt(node: Element): void {
  stopZoomAnimation(node);
}

const prototype = selection.prototype as unknown as { interrupt?: (this: ReturnType<typeof selection>) => unknown };
prototype.interrupt ??= function () {
  return this.each(function (this: unknown) {
    if (this instanceof Element) interrupt(this);
  });
};
