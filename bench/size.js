// Figure 4: bytes a user ships. Our built file as it is, and a minimal user bundle of ours and
// of each peer, all built the same way (esbuild: bundle, minify, ESM), raw and gzip -9.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchDir, distElement, distLib, projectRoot } from './lib/paths.js';
import { ratio } from './lib/stats.js';

const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;

export const bundles = [
  { name: 'news-timeline', entry: 'news-timeline.js', label: 'news-timeline element (ours)', requires: distElement },
  { name: 'vis-timeline', entry: 'vis-timeline.js', label: 'vis-timeline standalone' },
  { name: 'timelinejs', entry: 'timelinejs.js', label: 'TimelineJS (JS + CSS)' },
  { name: 'news-timeline-tagger', entry: 'news-timeline-tagger.js', label: 'our tagger alone', requires: join(distLib, 'temporal', 'index.js') },
  { name: 'chrono-node', entry: 'chrono-node.js', label: 'chrono-node' },
];

async function bundle(entry) {
  const result = await build({
    entryPoints: [join(benchDir, 'entries', entry)],
    absWorkingDir: projectRoot,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: 'out',
    logLevel: 'silent',
    // TimelineJS's package entry imports its LESS sources; its built CSS comes in through
    // dist/css/timeline.css instead, so the LESS import is dropped. Fonts and icons become
    // separate files, counted apart from JS + CSS.
    loader: { '.less': 'empty', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file', '.gif': 'file' },
  });
  const sizes = { js: { min: 0, gzip: 0 }, css: { min: 0, gzip: 0 }, assets: { bytes: 0, files: 0 } };
  for (const file of result.outputFiles) {
    const kind = extname(file.path);
    if (kind === '.js') {
      sizes.js.min += file.contents.length;
      sizes.js.gzip += gzipBytes(file.contents);
    } else if (kind === '.css') {
      sizes.css.min += file.contents.length;
      sizes.css.gzip += gzipBytes(file.contents);
    } else if (kind !== '.map') {
      sizes.assets.bytes += file.contents.length;
      sizes.assets.files += 1;
    }
  }
  return { ...sizes, totalMin: sizes.js.min + sizes.css.min, totalGzip: sizes.js.gzip + sizes.css.gzip };
}

export async function measureSize({ log }) {
  const results = { tool: 'esbuild --bundle --minify --format=esm --target=es2022; gzip -9', bundles: {} };
  if (existsSync(distElement)) {
    const bytes = readFileSync(distElement);
    results.distFile = { path: 'dist/news-timeline.js', bytes: bytes.length, gzip: gzipBytes(bytes) };
    log?.(`  dist/news-timeline.js: ${bytes.length} B, ${results.distFile.gzip} B gzip`);
  } else {
    results.distFile = { path: 'dist/news-timeline.js', skipped: 'not built yet (npm run build)' };
  }
  for (const spec of bundles) {
    if (spec.requires && !existsSync(spec.requires)) {
      results.bundles[spec.name] = { label: spec.label, skipped: `${spec.requires} not built yet` };
      continue;
    }
    try {
      results.bundles[spec.name] = { label: spec.label, ...(await bundle(spec.entry)) };
      log?.(`  ${spec.name}: ${results.bundles[spec.name].totalMin} B min, ${results.bundles[spec.name].totalGzip} B gzip`);
    } catch (error) {
      results.bundles[spec.name] = { label: spec.label, skipped: String(error?.message ?? error).split('\n')[0] };
    }
  }
  const gz = (name) => results.bundles[name]?.totalGzip ?? null;
  // Peer gzip bytes over ours: > 1 means ours is smaller.
  results.ratios = {
    'vis-timeline / news-timeline': ratio(gz('vis-timeline'), gz('news-timeline')),
    'timelinejs / news-timeline': ratio(gz('timelinejs'), gz('news-timeline')),
    'chrono-node / news-timeline-tagger': ratio(gz('chrono-node'), gz('news-timeline-tagger')),
  };
  return results;
}
