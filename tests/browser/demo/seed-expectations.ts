// The seed article's expected readings, taken from the table in seeds/README.md (the project's
// statement of what a careful reader finds) rather than restated in the tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SeedReading {
  expression: string;
  /** The TIMEX3 value the row resolves to (`2017-W26`, `P3Y`…). */
  value: string;
}

export function seedReadings(): SeedReading[] {
  const readme = readFileSync(fileURLToPath(new URL('../../../seeds/README.md', import.meta.url)), 'utf8');
  const rows = readme.split('\n').filter((line) => /^\|[^|]/.test(line) && !/^\|\s*-/.test(line));
  return rows.slice(1).map((row) => {
    const cells = row.split('|').map((cell) => cell.trim());
    const expression = cells[1] ?? '';
    const value = /\b(\d{4}(?:-W?\d{2}){0,2}|P\d+[YMWD])\b/.exec(cells[3] ?? '')?.[1] ?? '';
    return { expression, value };
  });
}
