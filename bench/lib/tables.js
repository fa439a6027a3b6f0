// Turns bench/results.json into Markdown tables: printed by `npm run bench` and written into
// docs/benchmarks.md by `node bench/report.js`, so the console and the docs show the same figures.

const fmt = (value, digits = 0) => (value == null || Number.isNaN(value) ? '–' : Number(value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const ordinal = (n) => `${n}${[11, 12, 13].includes(n % 100) ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
const times = (value) => (value == null ? '–' : `${fmt(value, 2)}×`);
const kb = (bytes) => (bytes == null ? '–' : `${fmt(bytes / 1024, 1)} KB`);
const mb = (bytes) => (bytes == null ? '–' : `${fmt(bytes / 1_048_576, 1)} MB`);

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function machineSection(results) {
  const m = results.machine;
  return [
    `Run ${results.startedAt} (${fmt(results.durationS)} s${results.options.quick ? ', **--quick**: shortened, not for quoting' : ''}), commit ${m.commit ?? '?'}.`,
    `Machine: ${m.cpus} × ${m.cpuModel} (nproc ${m.nproc}), ${m.memoryGb} GB RAM, ${m.os}; Node ${m.node}; ${results.render?.browser ?? `Chromium ${m.chromium ?? '?'}`}.`,
    `Load average (1/5/15 min) at start ${m.loadStart.map((l) => l.toFixed(2)).join(' / ')}, at end ${(m.loadEnd ?? []).map((l) => l.toFixed(2)).join(' / ')}${m.loadStart[0] > m.nproc ? ` (above ${m.nproc}: other work competed for the cores, so absolute times are inflated; compare ratios)` : ''}${results.options.note ? `. ${results.options.note}` : ''}.`,
  ].join('\n');
}

function throughputSection(t, seed) {
  if (!t) return '';
  if (t.skipped) return `### 1. Tagger throughput\n\nSkipped: ${t.skipped}\n`;
  const names = Object.keys(t.taggers);
  const rows = names.map((name) => {
    const r = t.taggers[name];
    return [name, fmt(r.charsPerSecond), fmt(r.medianMs, 1), `${fmt(r.minMs, 1)}–${fmt(r.maxMs, 1)}`, ...t.corpora.map((c) => fmt(r.perCorpus[c].charsPerSecond))];
  });
  const parts = [
    `### 1. Tagger throughput`,
    '',
    `${fmt(t.characters)} characters in ${fmt(t.documents)} documents (${t.corpora.join(', ')}); ${t.warmups} warm-up pass(es), then ${t.runs} alternating runs each, median.${t.sampledEvery > 1 ? ` **Sampled**: one pass over all the text would take too long, so both taggers ran on the same sample, every ${ordinal(t.sampledEvery)} document.` : ''}`,
    '',
    table(['tagger', 'chars/s', 'median ms', 'min–max ms', ...t.corpora.map((c) => `${c} chars/s`)], rows),
    '',
    `**Ours / chrono-node throughput: ${times(t.ratio)}** (> 1: ours is faster).`,
  ];
  if (seed && !seed.skipped) {
    parts.push(
      '',
      `Seed article (${fmt(seed.characters)} characters, reference 2017-07-04), ${seed.repetitions} alternating repetitions:`,
      '',
      table(['tagger', 'median ms / document', 'p95 ms', 'expressions found'], Object.entries(seed.taggers).map(([name, r]) => [name, fmt(r.medianMs, 3), fmt(r.p95Ms, 3), fmt(r.expressions)])),
      '',
      `**chrono-node time / ours: ${times(seed.ratio)}** (> 1: ours is faster).`,
    );
  }
  return parts.join('\n');
}

function accuracySection(a) {
  if (!a) return '';
  if (a.skipped) return `### 2. Accuracy side by side\n\nNot measured: ${a.skipped}\n`;
  const f = (s, key) => (s?.[key] ? fmt(s[key].f1, 3) : s?.error ? 'error' : '–');
  const rows = a.corpora.map((row) => {
    if (row.skipped) return [row.name, 'skipped', '', '', '', '', '', ''];
    const ours = row.scores['news-timeline'];
    const chrono = row.scores['chrono-node'];
    return [row.name, fmt(ours?.gold), f(ours, 'value'), f(ours, 'relaxed'), f(ours, 'strict'), f(chrono, 'value'), f(chrono, 'relaxed'), f(chrono, 'strict'), times(row.ratios?.valueF1)];
  });
  return [
    '### 2. Accuracy side by side',
    '',
    table(['corpus', 'gold timexes', 'ours value F1', 'ours relaxed F1', 'ours strict F1', 'chrono value F1', 'chrono relaxed F1', 'chrono strict F1', 'value F1 ours / chrono'], rows),
    '',
    ...a.notes.map((note) => `- ${note}`),
    ...a.corpora.filter((row) => row.caveats).map((row) => `- ${row.name}: ${Object.values(row.caveats).join('; ')}`),
  ].join('\n');
}

function renderSection(r) {
  if (!r) return '';
  if (r.skipped) return `### 3. Rendering\n\nSkipped: ${r.skipped}\n`;
  const rows = [];
  for (const [, component] of Object.entries(r.components)) {
    if (component.skipped) {
      rows.push([component.label, 'all', `skipped: ${component.skipped}`, '', '', '', '', '', '', '']);
      continue;
    }
    for (const run of component.runs) {
      if (run.skipped) rows.push([component.label, fmt(run.count), `skipped: ${run.skipped}`, '', '', '', '', '', '', '']);
      else if (!run.interaction) {
        rows.push([component.label, fmt(run.count), fmt(run.firstRenderMs), `no figures: ${run.interactionSkipped}`, '', '', '', '', mb(run.jsHeapUsedBytes), fmt(run.domNodes)]);
      } else {
        const i = run.interaction;
        rows.push([component.label, fmt(run.count), fmt(run.firstRenderMs), fmt(i.fps, 1), fmt(i.p50Ms, 1), fmt(i.p95Ms, 1), fmt(i.maxMs, 1), `${fmt(i.missedVsyncFraction * 100, 1)} %`, mb(run.jsHeapUsedBytes), fmt(run.domNodes)]);
      }
    }
  }
  const ratioRows = [];
  for (const [peer, list] of Object.entries(r.ratios ?? {})) {
    for (const item of list) ratioRows.push([peer, fmt(item.count), times(item.firstRenderSpeedup), times(item.fpsRatio), times(item.heapRatio)]);
  }
  const idle = r.idle;
  return [
    '### 3. Rendering',
    '',
    `${r.browser}, viewport ${r.viewport.width}×${r.viewport.height}. Idle page baseline: ${fmt(idle.fps, 1)} fps, frame interval median ${fmt(idle.p50Ms, 2)} ms (p5 ${fmt(idle.p5Ms, 2)}, p95 ${fmt(idle.p95Ms, 2)}, max ${fmt(idle.maxMs, 2)}, s.d. ${fmt(idle.stdDevMs, 2)} ms); a frame counts as a missed vsync when its interval exceeds 1.5 × ${fmt(idle.p50Ms, 2)} ms.`,
    '',
    table(['component', 'events', 'first render ms', 'fps', 'p50 ms', 'p95 ms', 'max ms', 'missed vsync', 'JS heap', 'DOM nodes'], rows),
    '',
    ratioRows.length ? table(['peer', 'events', 'first render: peer ms / ours', 'fps: ours / peer', 'heap: ours / peer'], ratioRows) : '',
  ].join('\n');
}

function sizeSection(s) {
  if (!s) return '';
  const rows = Object.values(s.bundles).map((b) => (b.skipped ? [b.label, `skipped: ${b.skipped}`, '', '', '', ''] : [b.label, kb(b.js.min), kb(b.css.min), kb(b.totalMin), kb(b.totalGzip), b.assets.files ? `${b.assets.files} files, ${kb(b.assets.bytes)}` : '–']));
  const dist = s.distFile;
  return [
    '### 4. Size',
    '',
    dist.skipped ? `dist/news-timeline.js: ${dist.skipped}.` : `dist/news-timeline.js as built: **${kb(dist.bytes)} minified, ${kb(dist.gzip)} gzip** (${fmt(dist.gzip)} bytes).`,
    '',
    `Minimal user bundles, ${s.tool}:`,
    '',
    table(['bundle', 'JS min', 'CSS min', 'JS + CSS min', 'JS + CSS gzip', 'fonts/icons (not counted)'], rows),
    '',
    Object.entries(s.ratios).map(([name, value]) => `- gzip ${name}: ${times(value)}`).join('\n'),
  ].join('\n');
}

/** Growth between the smallest and largest measured sizes, leaving the probe out when two real sizes exist. */
export function scaleGrowth(points) {
  const real = points.filter((p) => !p.probe);
  const series = real.length >= 2 ? real : points;
  if (series.length < 2) return null;
  const first = series[0];
  const last = series[series.length - 1];
  return { from: first.mb, to: last.mb, sizeRatio: last.mb / first.mb, timeRatio: last.medianMs / first.medianMs, perMbRatio: last.msPerMb / first.msPerMb };
}

function scaleSection(s) {
  if (!s) return '';
  if (s.skipped) return `### 5. Tagger scale\n\nSkipped: ${s.skipped}\n`;
  const rows = Object.entries(s.taggers).map(([name, r]) => [name, r, scaleGrowth(r.points)]).map(([name, r, g]) => [
    name + (r.divisor > 1 ? ` (sizes ÷ ${r.divisor}: too slow for the full sizes)` : ''),
    r.points.map((p) => `${p.mb} MB${p.probe ? ' (probe)' : ''}: ${fmt(p.medianMs)} ms (${fmt(p.msPerMb)} ms/MB)`).join('; ') || '–',
    r.skippedMb.length ? r.skippedMb.map((mb) => `${mb} MB`).join(', ') : '–',
    g ? `${times(g.timeRatio)} for ${fmt(g.sizeRatio)}× the text, ${g.from}→${g.to} MB (time per MB ${times(g.perMbRatio)})` : '–',
  ]);
  const names = Object.keys(s.taggers);
  const [oursName, peerName] = [names.find((n) => n === 'news-timeline'), names.find((n) => n.startsWith('chrono'))];
  const shared = oursName && peerName
    ? [0.1, ...s.sizesMb].map((size) => {
      const a = s.taggers[oursName].points.find((p) => p.mb === size);
      const b = s.taggers[peerName].points.find((p) => p.mb === size);
      return a && b ? `${size} MB ${times(b.medianMs / a.medianMs)}` : null;
    }).filter(Boolean)
    : [];
  return [
    '### 5. Tagger scale',
    '',
    `One text of each size (characters, cut from the concatenated corpora), reference date ${s.referenceDate}, median of up to ${s.repetitions}. Linear growth: the largest/smallest time ratio equals the size ratio and the time per MB stays flat (×1.00). A size is skipped when its time projected from the smaller sizes exceeds ${fmt(s.budgetMs / 1000)} s.`,
    '',
    table(['tagger', 'time per size', 'skipped (projected over budget)', 'largest / smallest time'], rows),
    '',
    `**chrono-node time / ours at the same size: ${shared.length ? shared.join(', ') : '– (no size measured for both)'}** (> 1: ours is faster).`,
  ].join('\n');
}

export function resultsMarkdown(results) {
  return [
    machineSection(results),
    throughputSection(results.throughput, results.seed),
    accuracySection(results.accuracy),
    renderSection(results.render),
    sizeSection(results.size),
    scaleSection(results.scale),
  ].filter(Boolean).join('\n\n');
}
