import { describe, expect, it } from 'vitest';
import { furnitureRule, isFurniture } from '../../src/timeline/furniture.js';
import { furniturePatterns } from '../../src/timeline/resources/en/furniture.js';

describe('page furniture rules', () => {
  for (const rule of furniturePatterns) {
    it(`${rule.id} matches its examples and none of its counter-examples`, () => {
      for (const example of rule.examples) expect(furnitureRule(example), example).toBe(rule.id);
      for (const counter of rule.counterExamples) expect(furnitureRule(counter), counter).toBeUndefined();
    });
  }

  it('treats a short line without sentence punctuation as a label', () => {
    expect(furnitureRule('Share this')).toBe('short-label');
    expect(furnitureRule('U.S.-backed forces breach ISIS defenses in Syrian city of Raqqa')).toBeUndefined();
    expect(furnitureRule('Fighting resumed.')).toBeUndefined();
  });

  it('judges an offset by the line it is on', () => {
    const text = 'Advertisement\nFighters entered the city on Sunday, officials said.';
    expect(isFurniture(text, 3)).toBe(true);
    expect(isFurniture(text, text.indexOf('Sunday'))).toBe(false);
  });
});
