/** The signal word that governs an expression: the word just before it, or "ago" just after. */
import { signalWords } from '../resources/en/vocabulary.js';
import type { SignalKind, TimexSignal } from '../types.js';

const agoAfter = /^[ \t\n]+(ago)(?![\p{L}])/iu;
const agoInside = /(?:^|[^\p{L}])(ago)$/iu;

/** Space, tab or newline: every signal is separated from its expression by one of these. */
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10;
/** Whether the expression's last three characters spell "ago" in any case (a cheap test before the regex). */
function endsWithAgo(text: string, start: number, end: number): boolean {
  return end - start >= 3 && (text.charCodeAt(end - 3) | 32) === 97 && (text.charCodeAt(end - 2) | 32) === 103 && (text.charCodeAt(end - 1) | 32) === 111;
}

export function signalFor(text: string, start: number, end: number): TimexSignal | undefined {
  const inner = endsWithAgo(text, start, end) ? agoInside.exec(text.slice(start, end)) : null;
  if (inner) {
    const s = end - 3;
    return { kind: 'ago', text: text.slice(s, end), start: s, end };
  }
  const after = isBlank(text.charCodeAt(end)) ? agoAfter.exec(text.slice(end, end + 12)) : null;
  if (after) {
    const s = end + after[0].length - 3;
    return { kind: 'ago', text: text.slice(s, s + 3), start: s, end: s + 3 };
  }
  // The word before: what `before` finds in the 16 characters before the expression, read from the right.
  const floor = Math.max(0, start - WINDOW);
  let i = start;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === start) return undefined;
  const wordEnd = i;
  for (let n = letterBefore(text, i, floor); n > 0; n = letterBefore(text, i, floor)) i -= n;
  if (i === wordEnd) return undefined;
  let s = i;
  let j = i; // "up until"
  while (j > floor && text.charCodeAt(j - 1) === 32) j--;
  if (j < i && j - 2 >= floor && text.charCodeAt(j - 2) === 117 && text.charCodeAt(j - 1) === 112 && letterBefore(text, j - 2, floor) === 0) s = j - 2;
  const phrase = text.slice(s, wordEnd);
  const lower = phrase.toLowerCase();
  const kind = signalKinds.get(lower.includes(' ') ? lower.replace(/\s+/g, ' ') : lower);
  if (!kind || kind === 'ago') return undefined;
  return { kind, text: phrase, start: s, end: wordEnd };
}

/** How far back the signal word may start. */
const WINDOW = 16;
const letter = /^\p{L}$/u;
/** The length (1, or 2 for a surrogate pair) of the letter that ends just before `i`, not reaching below `floor`; 0 if none. */
function letterBefore(text: string, i: number, floor: number): number {
  if (i <= floor) return 0;
  const c = text.charCodeAt(i - 1);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c < 128) return 0;
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= floor) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return letter.test(text.slice(i - 2, i)) ? 2 : 0;
  }
  return letter.test(text[i - 1]!) ? 1 : 0;
}

/** Own entries only ("constructor" is not a signal). */
const signalKinds = new Map(Object.entries(signalWords) as [string, SignalKind][]);
