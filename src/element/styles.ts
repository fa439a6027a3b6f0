import { css } from 'lit';

/**
 * Public design tokens (`--nt-*`) are read once, here, into private ones (`--_*`) on :host;
 * everything else uses only the private ones. Dark defaults come from prefers-color-scheme,
 * and a forced-colors sheet hands colours to the system.
 */
export const tokenStyles = css`
  :host {
    color-scheme: light dark;
    --_font-family: var(--nt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--nt-font-size, 14px);
    --_label-font-size: var(--nt-label-font-size, 12px);
    --_lane-height: var(--nt-lane-height, 30px);
    --_point-radius: var(--nt-point-radius, 6px);
    --_bar-height: var(--nt-bar-height, 8px);
    --_max-lanes: var(--nt-max-lanes, 10);
    --_spacing: var(--nt-spacing, 8px);
    --_radius: var(--nt-radius, 6px);
    --_focus-width: var(--nt-focus-width, 3px);
    --_transition-duration: var(--nt-transition-duration, 150ms);
    --_color-text: var(--nt-color-text, #1b1f24);
    --_color-muted: var(--nt-color-muted, #4f5661);
    --_color-background: var(--nt-color-background, #ffffff);
    --_color-surface: var(--nt-color-surface, #f3f5f8);
    --_color-border: var(--nt-color-border, #767f8a);
    --_color-grid: var(--nt-color-grid, #e1e5ea);
    --_color-event: var(--nt-color-event, #0b5cad);
    --_color-band: var(--nt-color-band, #6f42c1);
    --_color-selected: var(--nt-color-selected, #b3401a);
    --_color-highlight: var(--nt-color-highlight, #a15c00);
    --_color-focus: var(--nt-color-focus, #0b57d0);
    --_color-reference: var(--nt-color-reference, #b3261e);
    --_color-cluster: var(--nt-color-cluster, #3d4a5c);
    --_color-cluster-text: var(--nt-color-cluster-text, #ffffff);
    --_color-mention: var(--nt-color-mention, #ffe58a);
    --_color-mention-text: var(--nt-color-mention-text, #1b1f24);
    --_color-error: var(--nt-color-error, #b3261e);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_color-text: var(--nt-color-text, #e8eaed);
      --_color-muted: var(--nt-color-muted, #aeb5bf);
      --_color-background: var(--nt-color-background, #15181d);
      --_color-surface: var(--nt-color-surface, #1f242b);
      --_color-border: var(--nt-color-border, #8a939e);
      --_color-grid: var(--nt-color-grid, #2c323a);
      --_color-event: var(--nt-color-event, #6fb1ff);
      --_color-band: var(--nt-color-band, #b69cf0);
      --_color-selected: var(--nt-color-selected, #ffab70);
      --_color-highlight: var(--nt-color-highlight, #ffd166);
      --_color-focus: var(--nt-color-focus, #8ab4f8);
      --_color-reference: var(--nt-color-reference, #ff8a80);
      --_color-cluster: var(--nt-color-cluster, #c3cbd6);
      --_color-cluster-text: var(--nt-color-cluster-text, #15181d);
      --_color-mention: var(--nt-color-mention, #6b5600);
      --_color-mention-text: var(--nt-color-mention-text, #fff6d5);
      --_color-error: var(--nt-color-error, #ff8a80);
    }
  }
`;

export const layoutStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    color: var(--_color-text);
    background: var(--_color-background);
  }
  :host([hidden]) {
    display: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
    padding: calc(var(--_spacing) / 2) 0;
  }
  .status {
    color: var(--_color-muted);
  }
  .zoom-buttons {
    display: flex;
    gap: calc(var(--_spacing) / 2);
  }
  button {
    font: inherit;
    min-width: 32px;
    min-height: 32px;
    padding: 0 var(--_spacing);
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button:focus-visible,
  .event:focus-visible,
  .cluster:focus-visible,
  svg:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .notice,
  .error,
  .loading {
    margin: 0 0 var(--_spacing);
    padding: calc(var(--_spacing) / 2) var(--_spacing);
    border-left: 4px solid var(--_color-border);
    background: var(--_color-surface);
  }
  .error {
    border-left-color: var(--_color-error);
    color: var(--_color-text);
  }
  .chart-area {
    /* Redrawing marks during a gesture must not re-lay out the rest of the element. */
    contain: layout style;
    position: relative;
    width: 100%;
    min-width: 0;
  }
  svg {
    display: block;
    width: 100%;
    overflow: hidden;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  svg:active {
    cursor: grabbing;
  }
  .backdrop {
    fill: var(--_color-background);
  }
  .axis text {
    font-family: var(--_font-family);
    font-size: var(--_label-font-size);
    fill: var(--_color-muted);
  }
  .axis line {
    stroke: var(--_color-border);
  }
  .axis path {
    stroke: var(--_color-grid);
  }
  .axis .axis-major-label {
    fill: var(--_color-text);
    font-weight: 600;
  }
  .reference line {
    stroke: var(--_color-reference);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .reference text {
    font-size: var(--_label-font-size);
    fill: var(--_color-reference);
  }
  .event {
    cursor: pointer;
    outline: none;
  }
  .event .hit {
    fill: transparent;
  }
  .event .label {
    font-family: var(--_font-family);
    font-size: var(--_label-font-size);
    fill: var(--_color-text);
  }
  .event .mark {
    fill: var(--_color-event);
    stroke: var(--_color-event);
    stroke-width: 1.5;
    transition: stroke-width var(--_transition-duration);
  }
  .event.kind-period .mark {
    fill: var(--_color-band);
    fill-opacity: 0.3;
    stroke: var(--_color-band);
  }
  .event.kind-open .mark {
    stroke: none;
  }
  .event.kind-reference .mark {
    fill: var(--_color-reference);
    stroke: var(--_color-reference);
  }
  .open-stop-start,
  .open-stop-mid,
  .open-stop-end {
    stop-color: var(--_color-event);
  }
  .open-stop-end {
    stop-opacity: 0;
  }
  .event.highlighted .mark {
    stroke: var(--_color-highlight);
    stroke-width: 4;
  }
  .event.highlighted .label {
    text-decoration: underline;
  }
  .event.selected .mark {
    fill: var(--_color-selected);
    stroke: var(--_color-selected);
    fill-opacity: 1;
  }
  .event.selected .label {
    /* Colour, not weight: a bolder label would outgrow the width its lane was packed with. */
    fill: var(--_color-selected);
  }
  .event:focus-visible .hit {
    stroke: var(--_color-focus);
    stroke-width: var(--_focus-width);
  }
  .cluster {
    cursor: zoom-in;
    outline: none;
  }
  .cluster-mark {
    fill: var(--_color-cluster);
  }
  .cluster-count {
    font-family: var(--_font-family);
    font-size: var(--_label-font-size);
    font-weight: 700;
    text-anchor: middle;
    fill: var(--_color-cluster-text);
  }
  .cluster:focus-visible .cluster-mark {
    stroke: var(--_color-focus);
    stroke-width: var(--_focus-width);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(20rem, 90%);
    padding: calc(var(--_spacing) / 2) var(--_spacing);
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    pointer-events: none;
    transform: translateY(calc(-100% - 4px));
  }
  .tooltip-date,
  .detail-date {
    display: block;
    color: var(--_color-muted);
    font-size: var(--_label-font-size);
  }
  .detail {
    margin-top: var(--_spacing);
    padding: var(--_spacing);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .detail-header {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_spacing);
  }
  .detail-title {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  .detail-sentence {
    margin: var(--_spacing) 0 0;
    line-height: 1.5;
  }
  mark {
    color: var(--_color-mention-text);
    background: var(--_color-mention);
    border-radius: 2px;
    padding: 0 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .probe {
    position: absolute;
    visibility: hidden;
    pointer-events: none;
    height: var(--_lane-height);
    width: var(--_bar-height);
    padding-left: var(--_point-radius);
    font-family: var(--_font-family);
    font-size: var(--_label-font-size);
    --probe-max-lanes: var(--_max-lanes);
  }

  @media (prefers-reduced-motion: reduce) {
    .event .mark {
      transition: none;
    }
  }
`;

export const forcedColorStyles = css`
  @media (forced-colors: active) {
    .event .mark,
    .event.kind-period .mark,
    .event.kind-reference .mark {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .event.kind-period .mark {
      fill: Canvas;
    }
    .open-stop-start,
    .open-stop-mid,
    .open-stop-end {
      stop-color: CanvasText;
    }
    .event.selected .mark,
    .event.highlighted .mark {
      fill: Highlight;
      stroke: Highlight;
    }
    .event .label,
    .axis text,
    .reference text,
    .cluster-count {
      fill: CanvasText;
    }
    .axis line,
    .axis path,
    .reference line {
      stroke: CanvasText;
    }
    .cluster-mark {
      fill: Canvas;
      stroke: CanvasText;
    }
    .event:focus-visible .hit,
    .cluster:focus-visible .cluster-mark {
      stroke: Highlight;
    }
    .backdrop {
      fill: Canvas;
    }
    mark {
      color: MarkText;
      background: Mark;
    }
  }
`;

export const newsTimelineStyles = [tokenStyles, layoutStyles, forcedColorStyles];
