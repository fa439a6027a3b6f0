import { furniturePatterns, minimumSentenceWords } from './resources/en/furniture.js';
import type { TextRange } from './types.js';

/** The line (between newlines) that holds `offset`, trimmed. */
export function lineAt(text: string, offset: number): TextRange {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Which furniture rule the line matches, or undefined for a line of the story. */
export function furnitureRule(line: string): string | undefined {
  const trimmed = line.trim();
  for (const { id, pattern } of furniturePatterns) if (pattern.test(trimmed)) return id;
  const words = trimmed.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < minimumSentenceWords && !/[.!?]["”’)]?$/.test(trimmed)) return 'short-label';
  return undefined;
}

/** True when the expression at `offset` sits in a line that is page furniture. */
export function isFurniture(text: string, offset: number): boolean {
  const { start, end } = lineAt(text, offset);
  return furnitureRule(text.slice(start, end)) !== undefined;
}
