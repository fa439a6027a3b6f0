import type { Selection } from 'd3-selection';

/**
 * Animated zoom steps (keyboard +/−, fit, zoom to a cluster) without d3-transition.
 *
 * d3-zoom animates `zoom.transform(target, …)` when `target` has a `selection()` method: it
 * registers `start` / `end` / `interrupt` listeners and one "zoom" tween on it. This module is
 * that small contract for one eased tween per element. It is hand-written on purpose: the
 * chart animates nothing else, and d3-transition drags d3-timer, d3-ease, d3-color and most of
 * d3-interpolate into the bundle (≈ 4 KB gzipped, see docs/decisions/bundle-size.md).
 */

const DURATION_MS = 250;

type Listener = (this: Element, ...args: unknown[]) => void;
type TweenFactory = (this: Element, ...args: unknown[]) => (t: number) => void;

/** The stop function of the animation running on each element. */
const running = new WeakMap<Element, () => void>();

/** d3's default easing (cubic in-out), so the step feels as it did with d3-transition. */
function cubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

/** Stops the zoom animation running on `node`, if any (its `interrupt` listeners run). */
export function stopZoomAnimation(node: Element): void {
  running.get(node)?.();
}

/**
 * Runs `change(step)` — e.g. `(step) => zoom.scaleBy(step, 2)` — as a 250 ms animation of
 * the element under `selection`. Resolves true when it ran to the end, false when stopped.
 */
export function animateZoom<E extends Element>(
  selection: Selection<E, unknown, null, undefined>,
  change: (step: unknown) => void,
): Promise<boolean> {
  const node = selection.node();
  if (!node) return Promise.resolve(false);
  stopZoomAnimation(node);
  const listeners = new Map<string, Listener[]>();
  let factory: TweenFactory | null = null;
  // The part of a d3 transition that d3-zoom's `schedule` uses.
  const step = {
    selection: () => selection,
    on(typenames: string, listener: Listener) {
      for (const typename of typenames.trim().split(/\s+/)) {
        const type = typename.split('.')[0]!;
        listeners.set(type, [...(listeners.get(type) ?? []), listener]);
      }
      return step;
    },
    tween(_name: string, tween: TweenFactory) {
      factory = tween;
      return step;
    },
  };
  change(step);
  const args: unknown[] = [(node as { __data__?: unknown }).__data__, 0, [node]];
  const emit = (type: string): void => {
    for (const listener of listeners.get(type) ?? []) listener.apply(node, args);
  };
  return new Promise((resolve) => {
    let frame = 0;
    let started = false;
    let tick: ((t: number) => void) | null = null;
    const finish = (type: 'end' | 'interrupt'): void => {
      cancelAnimationFrame(frame);
      running.delete(node);
      // As in d3-transition, only a started animation reports its end (d3-zoom counts them).
      if (started) emit(type);
      resolve(type === 'end');
    };
    running.set(node, () => finish('interrupt'));
    let startMs = 0;
    const onFrame = (nowMs: number): void => {
      if (!started) {
        // Like d3-transition: the tween is built on the first frame, from the state at that time.
        started = true;
        startMs = nowMs;
        emit('start');
        tick = factory?.apply(node, args) ?? null;
      }
      const t = Math.min(1, (nowMs - startMs) / DURATION_MS);
      tick?.(t === 1 ? 1 : cubicInOut(t));
      if (t === 1) finish('end');
      else frame = requestAnimationFrame(onFrame);
    };
    frame = requestAnimationFrame(onFrame);
  });
}
