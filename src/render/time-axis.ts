import type { Selection } from 'd3-selection';
import type { ScaleTime } from 'd3-scale';
import type { AxisTick } from './ticks.js';

const TICK_SIZE = 6;
const TICK_PADDING = 3;

/**
 * The minor axis: a baseline and one tick (line and label) per date, drawn like d3-axis's
 * `axisBottom` (same `.domain` / `.tick` structure). Written here instead of calling d3-axis
 * because d3-axis rewrites every tick's label text on every call, and re-laying out SVG text
 * at each zoom and pan frame was a large share of the frame; here a tick's text is written
 * once, when it appears, and later frames only move it.
 */
export function drawMinorAxis(group: Selection<SVGGElement, unknown, null, undefined>, scale: ScaleTime<number, number>, ticks: readonly AxisTick[]): void {
  const [x0, x1] = scale.range() as [number, number];
  group
    .selectAll<SVGPathElement, null>('path.domain')
    .data([null])
    .join((enter) => enter.append('path').attr('class', 'domain').attr('stroke', 'currentColor').attr('fill', 'none'))
    .attr('d', `M${x0 + 0.5},0.5H${x1 + 0.5}`);
  group
    .selectAll<SVGGElement, AxisTick>('g.tick')
    .data(ticks, (tick) => `${tick.date.getTime()} ${tick.label}`)
    .join((enter) => {
      const tick = enter.append('g').attr('class', 'tick');
      tick.append('line').attr('stroke', 'currentColor').attr('y2', TICK_SIZE);
      tick
        .append('text')
        .attr('fill', 'currentColor')
        .attr('y', TICK_SIZE + TICK_PADDING)
        .attr('dy', '0.71em')
        .attr('text-anchor', 'middle')
        .text((d) => d.label);
      return tick;
    })
    .attr('transform', (d) => `translate(${scale(d.date) + 0.5},0)`);
}
