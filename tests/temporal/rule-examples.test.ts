import { describe, expect, it } from 'vitest';
import { englishRules, extractTimexes } from '../../src/temporal/index.js';

describe('every rule reads its own worked examples', () => {
  for (const rule of englishRules) {
    describe(rule.id, () => {
      for (const example of rule.examples) {
        it(`reads "${example.extent ?? example.text}" in "${example.text}" as ${example.value}`, () => {
          const timexes = extractTimexes(example.text, { referenceDate: example.reference ?? null });
          const extent = example.extent ?? example.text;
          const found = timexes.find((t) => t.text === extent);
          expect(found, JSON.stringify(timexes.map((t) => [t.text, t.value, t.rule]))).toBeDefined();
          expect({ rule: found!.rule, value: found!.value, type: found!.type }).toEqual({ rule: rule.id, value: example.value, type: example.type });
          if (example.mod) expect(found!.mod).toBe(example.mod);
        });
      }
    });
  }

  it('every rule has at least one example', () => {
    expect(englishRules.filter((r) => r.examples.length === 0).map((r) => r.id)).toEqual([]);
  });

  it('rule ids are unique', () => {
    const ids = englishRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
