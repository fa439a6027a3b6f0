/** The signal word that governs an expression: the word just before it, or "ago"/"later" just after. */
import { signalWords } from '../resources/en/vocabulary.js';
import { signalLeadWords, signalsAfter } from '../resources/en/grammar.js';
import type { SignalKind, TimexSignal } from '../types.js';

const before = new RegExp(`(?:^|[^\\p{L}])((?:(?:${signalLeadWords.join('|')})[ ]+)?\\p{L}+)[ \\t\\n]+$`, 'u');
const signalAfter = new RegExp(`^[ \\t\\n]+(${signalsAfter.join('|')})(?![\\p{L}])`, 'iu');
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
  const after = isBlank(text.charCodeAt(end)) ? signalAfter.exec(text.slice(end, end + 12)) : null;
  if (after) {
    const word = after[1]!;
    const s = end + after[0].length - word.length;
    return { kind: word.toLowerCase() === 'ago' ? 'ago' : 'later', text: text.slice(s, s + word.length), start: s, end: s + word.length };
  }
  // Every signal is followed by a blank: test that before running the Unicode regex.
  if (!isBlank(text.charCodeAt(start - 1))) return undefined;
  const window = text.slice(Math.max(0, start - 16), start);
  const m = before.exec(window);
  if (!m || !m[1]) return undefined;
  const kind = signalKinds.get(m[1].toLowerCase().replace(/\s+/g, ' '));
  if (!kind || kind === 'ago') return undefined;
  const s = start - (window.length - window.lastIndexOf(m[1]));
  return { kind, text: text.slice(s, s + m[1].length), start: s, end: s + m[1].length };
}

/** Own entries only ("constructor" is not a signal). */
const signalKinds = new Map(Object.entries(signalWords) as [string, SignalKind][]);
