/** The signal word that governs an expression: the word just before it, or "ago" just after. */
import { signalWords } from '../resources/en/vocabulary.js';
import type { SignalKind, TimexSignal } from '../types.js';

const before = /(?:^|[^\p{L}])((?:up[ ]+)?\p{L}+)[ \t\n]+$/u;
const agoAfter = /^[ \t\n]+(ago)(?![\p{L}])/iu;
const agoInside = /(?:^|[^\p{L}])(ago)$/iu;

export function signalFor(text: string, start: number, end: number): TimexSignal | undefined {
  const inner = agoInside.exec(text.slice(start, end));
  if (inner) {
    const s = end - 3;
    return { kind: 'ago', text: text.slice(s, end), start: s, end };
  }
  const after = agoAfter.exec(text.slice(end, end + 12));
  if (after) {
    const s = end + after[0].length - 3;
    return { kind: 'ago', text: text.slice(s, s + 3), start: s, end: s + 3 };
  }
  const window = text.slice(Math.max(0, start - 16), start);
  const m = before.exec(window);
  if (!m || !m[1]) return undefined;
  const word = m[1].toLowerCase().replace(/\s+/g, ' ');
  const kind = signalWords[word] as SignalKind | undefined;
  if (!kind || kind === 'ago') return undefined;
  const s = start - (window.length - window.lastIndexOf(m[1]));
  return { kind, text: text.slice(s, s + m[1].length), start: s, end: s + m[1].length };
}
