import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDoc, formatDocPath } from './generate-format-doc.js';

describe('docs/format.md', () => {
  it('shows what the code produces for the seed article (regenerate with `npx tsx tests/timeline/generate-format-doc.ts --write`)', () => {
    expect(readFileSync(formatDocPath, 'utf8')).toBe(formatDoc());
  });
});
