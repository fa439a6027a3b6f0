// Every path the benchmarks use, resolved from this file so `npm run bench` works from any
// working directory and on any clone that sits next to the shared corpora (../shared).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const projectRoot = resolve(benchDir, '..');
export const sharedDir = resolve(projectRoot, '..', 'shared');
export const corporaDir = resolve(sharedDir, 'corpora');
export const seedArticle = resolve(projectRoot, 'seeds', 'raqqa-2017-07-04.txt');
export const seedReferenceDate = '2017-07-04';
export const distLib = resolve(projectRoot, 'dist', 'lib');
export const distElement = resolve(projectRoot, 'dist', 'news-timeline.js');
export const resultsFile = resolve(benchDir, 'results.json');
