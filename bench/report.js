#!/usr/bin/env node
// Copies the figures of the latest `npm run bench` (bench/results.json) into docs/benchmarks.md,
// between the figures markers, leaving the prose around them alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, resultsFile } from './lib/paths.js';
import { resultsMarkdown } from './lib/tables.js';

const docsFile = join(projectRoot, 'docs', 'benchmarks.md');
const START = '<!-- figures:start (written by node bench/report.js from bench/results.json) -->';
const END = '<!-- figures:end -->';

if (!existsSync(resultsFile)) {
  console.error(`${resultsFile} does not exist: run npm run bench first.`);
  process.exit(1);
}
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
const docs = readFileSync(docsFile, 'utf8');
const from = docs.indexOf(START);
const to = docs.indexOf(END);
if (from < 0 || to < from) {
  console.error(`${docsFile} has no figures markers (${START} … ${END}).`);
  process.exit(1);
}
const figures = resultsMarkdown(results).replace(/^### /gm, '#### ');
writeFileSync(docsFile, `${docs.slice(0, from + START.length)}\n\n${figures}\n\n${docs.slice(to)}`);
console.log(`updated ${docsFile} from the run of ${results.startedAt}${results.options.quick ? ' (--quick!)' : ''}`);
