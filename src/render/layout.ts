import { bisectLeft, bisectRight } from 'd3-array';

/**
 * Lane packing and clustering, pure: given the events' extents and their label widths, decide
 * for one zoom level which lane each event is drawn in and which events are folded into a
 * cluster. Coordinates are "level pixels": milliseconds × pixels-per-millisecond at that level,
 * so a layout stays overlap-free at every deeper zoom (marks only move apart when zooming in;
 * labels keep their size). Panning never changes a layout.
 */

export interface LayoutItem {
  startMs: number;
  endMs: number;
  /** Drawn as a dot (day or finer) rather than a bar over its extent. */
  point: boolean;
  labelWidthPx: number;
  /** Drawn at a fixed place outside the lanes (the publication marker): never packed or clustered. */
  pinned?: boolean;
}

export interface LayoutOptions {
  /** Pixels per millisecond at this zoom level. */
  pxPerMs: number;
  /** Origin of the level pixel space, in milliseconds (usually the domain start). */
  originMs: number;
  /** Right edge of the drawable area, in level pixels: labels that would cross it go left of their mark. */
  rightEdgePx: number;
  laneCount: number;
  /** Half the width a point mark takes. */
  pointRadiusPx: number;
  /** Space kept free between neighbours in a lane, and between a mark and its label. */
  gapPx: number;
  /** Width of one cluster mark: overflowing events closer than this share a cluster. */
  clusterWidthPx: number;
}

export interface Cluster {
  /** Indices (into the items) folded into this cluster, in time order. */
  members: number[];
  startMs: number;
  endMs: number;
  /** Left edge of the cluster mark, in level pixels. */
  xPx: number;
}

/** `laneOf` value of an item folded into a cluster. */
export const CLUSTERED = -1;
/** `laneOf` value of a pinned item. */
export const PINNED = -2;

export interface LaneOccupancy {
  startMs: number[];
  endMs: number[];
}

export interface LaneLayout {
  /** Lane of each item, -1 when it is folded into a cluster, -2 when it is pinned. */
  laneOf: Int32Array;
  /** Whether an item's label is anchored at its mark's right edge (near the right edge of the view). */
  labelLeft: Uint8Array;
  /** Per lane, the item indices in time order; in a lane, items never overlap. */
  lanes: number[][];
  /** Per lane, what each item occupies at this level (mark and label), in ms, parallel to `lanes`. */
  occupancy: LaneOccupancy[];
  clusters: Cluster[];
  /** Lanes actually used (≤ laneCount). */
  usedLanes: number;
}

/** Items must be sorted by start (the timeline's order). Runs in O(items × lanes). */
export function layoutLanes(items: readonly LayoutItem[], options: LayoutOptions): LaneLayout {
  const { pxPerMs, originMs, rightEdgePx, laneCount, pointRadiusPx, gapPx, clusterWidthPx } = options;
  const laneOf = new Int32Array(items.length).fill(CLUSTERED);
  const labelLeft = new Uint8Array(items.length);
  const lanes: number[][] = Array.from({ length: laneCount }, () => []);
  const occupancy: LaneOccupancy[] = Array.from({ length: laneCount }, () => ({ startMs: [], endMs: [] }));
  const laneFreeFromPx = new Float64Array(laneCount).fill(-Infinity);
  const overflow: number[] = [];

  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    if (item.pinned) {
      laneOf[index] = PINNED;
      continue;
    }
    const x0 = (item.startMs - originMs) * pxPerMs;
    const markLeft = item.point ? x0 - pointRadiusPx : x0;
    const markRight = item.point ? x0 + pointRadiusPx : Math.max((item.endMs - originMs) * pxPerMs, x0 + 2 * pointRadiusPx);
    // The label sits above the mark, starting at its left edge.
    let left = markLeft;
    let right = Math.max(markRight, markLeft + item.labelWidthPx);
    let flipped = false;
    if (right > rightEdgePx && item.labelWidthPx > 0) {
      // Near the right edge the label ends at the mark's right edge instead of being cut off.
      flipped = true;
      left = Math.min(markLeft, markRight - item.labelWidthPx);
      right = markRight;
    }
    let lane = -1;
    for (let l = 0; l < laneCount; l++) {
      if (laneFreeFromPx[l]! <= left) {
        lane = l;
        break;
      }
    }
    if (lane < 0) {
      overflow.push(index);
      continue;
    }
    laneOf[index] = lane;
    labelLeft[index] = flipped ? 1 : 0;
    laneFreeFromPx[lane] = right + gapPx;
    lanes[lane]!.push(index);
    occupancy[lane]!.startMs.push(originMs + left / pxPerMs);
    occupancy[lane]!.endMs.push(originMs + right / pxPerMs);
  }

  const clusters: Cluster[] = [];
  let current: Cluster | null = null;
  for (const index of overflow) {
    const item = items[index]!;
    const x = (item.startMs - originMs) * pxPerMs;
    if (current && x < current.xPx + clusterWidthPx) {
      current.members.push(index);
      current.endMs = Math.max(current.endMs, item.endMs);
    } else {
      current = { members: [index], startMs: item.startMs, endMs: item.endMs, xPx: x };
      clusters.push(current);
    }
  }

  let usedLanes = 0;
  lanes.forEach((lane, l) => {
    if (lane.length > 0) usedLanes = l + 1;
  });
  return { laneOf, labelLeft, lanes, occupancy, clusters, usedLanes };
}

/**
 * Index range [from, to) of a lane's items that may be visible in [viewStartMs, viewEndMs].
 * Along a lane, what items occupy never overlaps, so both edges are sorted: two bisections.
 */
export function visibleSlice(lane: LaneOccupancy, viewStartMs: number, viewEndMs: number): [number, number] {
  const from = bisectLeft(lane.endMs, viewStartMs);
  const to = Math.max(from, bisectRight(lane.startMs, viewEndMs));
  return [from, to];
}
