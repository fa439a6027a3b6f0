#!/usr/bin/env node
// The CLI runs the compiled library (built by `npm install` through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/lib/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('news-timeline: the library is not built; run `npm run build:lib` (npm install does it).');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
