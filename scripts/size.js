#!/usr/bin/env node
// `npm run size`: the bytes a page downloads for <news-timeline> — minified, gzipped and brotli.
// Exits 1 over the budget (issue 4: 45 KB gzipped, everything included).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const bundlePath = fileURLToPath(new URL('../dist/news-timeline.js', import.meta.url));
const budgetGzipBytes = 45 * 1024;

if (!existsSync(bundlePath)) {
  console.error('dist/news-timeline.js is missing: run `npm run build` first.');
  process.exit(2);
}

const source = readFileSync(bundlePath);
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, {
  params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
}).length;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist/news-timeline.js`);
console.log(`  minified  ${String(source.length).padStart(8)} B  ${kb(source.length)}`);
console.log(`  gzip -9   ${String(gzip).padStart(8)} B  ${kb(gzip)}  (budget ${kb(budgetGzipBytes)})`);
console.log(`  brotli    ${String(brotli).padStart(8)} B  ${kb(brotli)}`);

const metaPath = fileURLToPath(new URL('../dist/news-timeline.meta.json', import.meta.url));
if (existsSync(metaPath) && process.argv.includes('--why')) {
  // Biggest inputs by bytes in the output: where to look when the budget is blown.
  // (esbuild's figures, before the terser pass, which takes another ≈ 1.5 % off the whole.)
  console.log('  biggest inputs (minified by esbuild, before terser):');
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  const [, output] = Object.entries(meta.outputs).find(([path]) => path.endsWith('.js')) ?? [];
  const inputs = output?.inputs ?? {};
  const byPackage = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = match ? match[1] : path.split('/').slice(0, 2).join('/');
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${kb(bytes).padStart(9)}  ${name}`);
  }
}

if (gzip > budgetGzipBytes) {
  console.error(`over budget by ${kb(gzip - budgetGzipBytes)} gzipped`);
  process.exit(1);
}
