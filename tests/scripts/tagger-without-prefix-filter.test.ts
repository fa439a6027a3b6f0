import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/eval/corpus.js';
import { corporaRoot } from '../../src/eval/corpora.js';
import { extractTimexes } from '../../src/temporal/index.js';
import { bundleInMemory } from './bundle-in-memory.js';

type Tagger = typeof extractTimexes;

async function bundledTagger(): Promise<{ tagger: Tagger; inputs: string }> {
  const { code, inputs } = await bundleInMemory({ entryPoints: ['src/temporal/index.ts'], minify: false });
  const file = join(mkdtempSync(join(tmpdir(), 'tagger-bundle-')), 'tagger.mjs');
  writeFileSync(file, code);
  const module = (await import(pathToFileURL(file).href)) as { extractTimexes: Tagger };
  return { tagger: module.extractTimexes, inputs };
}

describe('the tagger in the browser bundles, without its prefix filter', () => {
  it('leaves the filter out and keeps the rest of the engine', async () => {
    const { inputs } = await bundledTagger();
    expect(inputs).not.toMatch(/src\/temporal\/engine\/prefix-filter\.ts/);
    expect(inputs).toMatch(/stand-ins\/prefix-filter\.ts/);
    expect(inputs).toMatch(/src\/temporal\/engine\/compile\.ts/);
  });

  it('finds exactly what the library finds, on the seed article and on news of the development corpus', async () => {
    const { tagger } = await bundledTagger();
    const seed = readFileSync('seeds/raqqa-2017-07-04.txt', 'utf8');
    const texts: Array<{ text: string; referenceDate: string }> = [{ text: seed, referenceDate: '2017-07-04' }];
    const documents = await loadCorpus(join(corporaRoot(), 'tbaq-cleaned/TimeBank'));
    for (const d of documents) texts.push({ text: d.text, referenceDate: d.dct ?? '2000-01-01' });
    let expressions = 0;
    for (const { text, referenceDate } of texts) {
      const library = extractTimexes(text, { referenceDate });
      expressions += library.length;
      expect(JSON.stringify(tagger(text, { referenceDate }))).toBe(JSON.stringify(library));
    }
    expect(expressions).toBeGreaterThan(1000);
  });
});
