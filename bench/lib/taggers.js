// The two taggers under test behind one call shape: (text, referenceDate 'YYYY-MM-DD') → results.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distLib } from './paths.js';

export async function loadOurTagger() {
  const entry = join(distLib, 'temporal', 'index.js');
  if (!existsSync(entry)) return { missing: `${entry} not built (npm run build:lib)` };
  const module = await import(pathToFileURL(entry).href);
  if (typeof module.extractTimexes !== 'function') return { missing: `${entry} exports no extractTimexes` };
  const tag = (text, referenceDate) => module.extractTimexes(text, { referenceDate });
  return { name: 'news-timeline', tag };
}

export async function loadChrono() {
  const chrono = await import('chrono-node');
  const parse = chrono.parse ?? chrono.default?.parse;
  const version = JSON.parse(readFileSync(new URL('../../node_modules/chrono-node/package.json', import.meta.url), 'utf8')).version;
  // chrono takes the reference as a Date; the DCT is a UTC calendar day.
  const tag = (text, referenceDate) => parse(text, referenceDate ? new Date(`${referenceDate}T00:00:00Z`) : undefined);
  return { name: `chrono-node ${version}`, tag };
}
