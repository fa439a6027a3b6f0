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
  const from = Math.max(0, start - WINDOW);
  const word = asciiWordBefore(text, from, start);
  if (word === NONE) return undefined;
  if (word === UNREADABLE) return signalByRegex(text, from, start);
  return signalOf(text, word, text.slice(word, wordEndBefore(text, start)));
}

/** How far back the signal before an expression is looked for. */
const WINDOW = 16;
const NONE = -1;
const UNREADABLE = -2;

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Where the blanks just before `start` begin. */
function wordEndBefore(text: string, start: number): number {
  let i = start;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Where the signal read by `before` (`[^\p{L}]((lead[ ]+)?\p{L}+)[ \t\n]+$` in [from, start)) begins: NONE when it finds
 * none, UNREADABLE when a character outside ASCII stands where it reads, which only the Unicode regex can class.
 * Char codes, not the regex: this runs for nearly every expression, and the regex costs more than the rest of signalFor.
 */
function asciiWordBefore(text: string, from: number, start: number): number {
  const end = wordEndBefore(text, start);
  if (end < from) return UNREADABLE; // blanks reach past the window: let the regex read it
  let word = end;
  while (word > from && isAsciiLetter(text.charCodeAt(word - 1))) word--;
  if (word > from && text.charCodeAt(word - 1) >= 128) return UNREADABLE;
  if (word === end) return text.charCodeAt(end - 1) >= 128 ? UNREADABLE : NONE;
  // "up to": a lead word joined by spaces, itself a whole word (or cut by the window's start, as "^" lets the regex read it).
  let spaces = word;
  while (spaces > from && text.charCodeAt(spaces - 1) === 32) spaces--;
  if (spaces === word) return word;
  for (const lead of signalLeadWords) {
    const leadStart = spaces - lead.length;
    if (leadStart < from || text.slice(leadStart, spaces) !== lead) continue;
    if (leadStart === from) return leadStart;
    const c = text.charCodeAt(leadStart - 1);
    if (c >= 128) return UNREADABLE;
    if (!isAsciiLetter(c)) return leadStart;
  }
  return word;
}

function signalByRegex(text: string, from: number, start: number): TimexSignal | undefined {
  const window = text.slice(from, start);
  const m = before.exec(window);
  if (!m || !m[1]) return undefined;
  return signalOf(text, start - (window.length - window.lastIndexOf(m[1])), m[1]);
}

function signalOf(text: string, s: number, words: string): TimexSignal | undefined {
  const kind = signalKinds.get(words.toLowerCase().replace(/\s+/g, ' '));
  if (!kind || kind === 'ago') return undefined;
  return { kind, text: text.slice(s, s + words.length), start: s, end: s + words.length };
}

/** Own entries only ("constructor" is not a signal). */
const signalKinds = new Map(Object.entries(signalWords) as [string, SignalKind][]);
