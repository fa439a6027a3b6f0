#!/usr/bin/env node
// `npm run build` (after `build:lib` has compiled dist/lib with tsc):
//   dist/news-timeline.js        one minified ES module: the element with Lit, D3, date-fns and the tagger
//   dist/custom-elements.json    the custom-elements manifest (cem analyze --litelement)
//   dist/demo/*.js               the demo page's script and its extraction worker
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserBundle, minifyWithTerser } from './bundle-options.js';
import { prunedSelectionCalls } from './esbuild-plugins/prune-d3-selection.js';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const elementEntry = 'src/element/news-timeline.ts';

function step(name) {
  console.log(`build: ${name}`);
}

async function buildElement() {
  if (!existsSync(elementEntry)) {
    throw new Error(`${elementEntry} is missing: the element's registering module is the bundle's entry point.`);
  }
  step('dist/news-timeline.js');
  const result = await build({
    ...browserBundle,
    entryPoints: [elementEntry],
    outfile: 'dist/news-timeline.js',
    metafile: true,
    write: false,
  });
  // A second minifier pass (terser) over esbuild's output, with the source maps chained.
  const files = new Map(result.outputFiles.map((file) => [basename(file.path), file]));
  const code = files.get('news-timeline.js');
  const map = files.get('news-timeline.js.map');
  if (!code || !map) throw new Error('esbuild wrote no news-timeline.js and .map');
  const minified = await minifyWithTerser({ code: code.text, map: map.text, fileName: 'news-timeline.js', mapFileName: 'news-timeline.js.map' });
  const pruned = prunedSelectionCalls(minified.code);
  if (pruned.length > 0) {
    throw new Error(`the bundle calls d3-selection method(s) ${pruned.join(', ')} that scripts/esbuild-plugins/prune-d3-selection.js leaves out: take them off its list`);
  }
  for (const file of result.outputFiles) {
    const name = basename(file.path);
    writeFileSync(file.path, name === 'news-timeline.js' ? minified.code : name === 'news-timeline.js.map' ? minified.map : file.contents);
  }
  // Kept for `esbuild --analyze`-style questions ("what makes the bundle big?").
  writeFileSync('dist/news-timeline.meta.json', JSON.stringify(result.metafile));
}

function buildManifest() {
  step('dist/custom-elements.json');
  const cem = spawnSync(
    process.execPath,
    ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    { stdio: 'inherit' },
  );
  if (cem.status !== 0) throw new Error('cem analyze failed');
}

async function buildDemo() {
  step('dist/demo/');
  await build({
    ...browserBundle,
    entryPoints: {
      demo: 'demo/src/main.ts',
      'extract-worker': 'demo/src/extract-worker.ts',
    },
    outdir: 'dist/demo',
  });
}

try {
  mkdirSync('dist', { recursive: true });
  await buildElement();
  buildManifest();
  await buildDemo();
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
