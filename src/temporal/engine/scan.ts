/**
 * Finding candidates. Every expression contains a trigger word or a number, so the scanner
 * jumps from trigger to trigger (one regex pass). Around each trigger it tries the few
 * preceding words an expression may start with ("the end of the year", "more than three
 * years"), earliest first; at each start it tries the rules of the trigger's shortlist that
 * the prefix filter lets through for the text there (a normalizer may reject a match,
 * look-alikes veto it). The longest match covering the trigger wins (ties: priority, then
 * table order), and scanning resumes after it. Each trigger costs a bounded amount of work, so
 * time is linear.
 */
import { amountWords } from '../resources/en/grammar.js';
import type { CompiledRule, CompiledRules, Shortlist } from './compile.js';
import { normalizers, type Groups } from './normalizers.js';
import type { Phase1 } from './phase1.js';
import { symbolAt } from './prefix-filter.js';

export interface Candidate {
  start: number;
  end: number;
  rule: CompiledRule;
  groups: Groups;
  phase1: Phase1;
}

const CONTEXT = 40;
/** How far back from a trigger an expression may start ("the beginning of the third quarter"). */
const MAX_WORDS_BACK = 6;
const MAX_CHARS_BACK = 48;

function vetoed(text: string, start: number, end: number, compiled: CompiledRules): boolean {
  for (const n of compiled.negativesMatching(text.slice(start, end))) {
    if (n.unlessBefore && n.unlessBefore.test(text.slice(Math.max(0, start - CONTEXT), start))) continue;
    if (n.before && n.before.test(text.slice(Math.max(0, start - CONTEXT), start))) return true;
    if (n.after && n.after.test(text.slice(end, end + CONTEXT))) return true;
  }
  return false;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019;
const isGap = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 45;

/** Word starts before `trigger` (earliest first) that may begin an expression, then the trigger itself. */
function startsBefore(text: string, trigger: number, floor: number, starters: ReadonlySet<string>, ruleWords: ReadonlySet<string>): number[] {
  const starts: number[] = [];
  const limit = Math.max(floor, trigger - MAX_CHARS_BACK);
  let i = trigger;
  let numbers = 0;
  for (let words = 0; words < MAX_WORDS_BACK; words++) {
    let j = i;
    while (j > limit && isGap(text.charCodeAt(j - 1))) j--;
    if (j === i) break;
    const wordEnd = j;
    // "St. Patrick's Day": an abbreviation's period may close a word before the trigger, but only one listed with its
    // period among the starters ("st."): any other period ends a sentence or an amount, and the walk stops there.
    const dotted = text.charCodeAt(j - 1) === 46;
    if (dotted) j--;
    const lettersEnd = j;
    while (j > limit && isWordChar(text.charCodeAt(j - 1))) j--;
    if (j === lettersEnd || (j === limit && j > floor && isWordChar(text.charCodeAt(j - 1)))) break;
    if (dotted) {
      if (!starters.has(text.slice(j, wordEnd).toLowerCase())) break;
      starts.push(j);
      i = j;
      continue;
    }
    const isNumber = isDigit(text.charCodeAt(j));
    // "3,000 years": a number's thousands commas are part of it (the digits were skipped as an amount, isPartOfAmount).
    while (isNumber && j - 1 > limit && text.charCodeAt(j - 1) === 44 && isDigit(text.charCodeAt(j - 2))) {
      j--;
      while (j > limit && isDigit(text.charCodeAt(j - 1))) j--;
    }
    const word = text.slice(j, wordEnd).toLowerCase();
    if (isNumber && ++numbers > 1) break; // no expression holds two loose numbers before its trigger
    if (isNumber || starters.has(word)) starts.push(j);
    else if (!ruleWords.has(word)) break; // an expression is a run of the rules' own words
    i = j;
  }
  starts.reverse();
  starts.push(trigger);
  return starts;
}

/** "$1.5", "12.5%", "1,500": no rule reads a number inside an amount, so its digits are skipped at once. */
function isPartOfAmount(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 48 || c > 57) return false;
  const before = text.charCodeAt(at - 1);
  if (before === 36 || before === 0x20ac || before === 0xa3 || before === 46 || before === 44) return true; // $ € £ . ,
  let i = at;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return amountAfter.test(text.slice(i, i + 12));
}
/** What follows the digits of an amount: "%", ",500", " percent", " million" … */
const amountAfter = new RegExp(`^(?:%|,[0-9]{3}|\\.[0-9]+ ?(?:%|${amountWords.afterDecimal.join('|')})| ?(?:${amountWords.afterWhole.join('|')})\\b)`);

function bestAt(text: string, at: number, trigger: number, shortlist: Shortlist, compiled: CompiledRules): Candidate | undefined {
  let best: Candidate | undefined;
  const before = at > 0 ? symbolAt(text, at - 1) : -1;
  for (const rule of shortlist.at(text, at)) {
    // A lookbehind needs a character before the position, and one its last atom reads.
    if (rule.precededBy !== undefined && (before < 0 || rule.precededBy[before] === 0)) continue;
    rule.sticky.lastIndex = at;
    const m = rule.sticky.exec(text);
    if (!m || m[0].length === 0) continue;
    const end = at + m[0].length;
    if (end <= trigger) continue;
    if (best) {
      const longer = end > best.end;
      const tie = end === best.end && (rule.rule.priority ?? 0) > (best.rule.rule.priority ?? 0);
      if (!longer && !tie) continue;
    }
    const groups: Groups = m.groups ?? {};
    const phase1 = normalizers[rule.rule.normalize](groups, rule.rule.params ?? {});
    if (!phase1) continue;
    if (vetoed(text, at, end, compiled)) continue;
    best = { start: at, end, rule, groups, phase1 };
  }
  return best;
}

export function findCandidates(text: string, compiled: CompiledRules): Candidate[] {
  const found: Candidate[] = [];
  // Reused, not copied: copying this large regex costs more than tagging a short text (findCandidates never re-enters).
  const triggers = compiled.triggers;
  triggers.lastIndex = 0;
  let floor = 0;
  for (let hit = triggers.exec(text); hit; hit = triggers.exec(text)) {
    const word = hit[1]!;
    const trigger = hit.index + hit[0].length - word.length;
    // The search consumes the character before a trigger: the next one starts a character early, so that a
    // trigger right after this match is found (position 0, where "^" matches, is never searched again).
    const next = Math.max(1, triggers.lastIndex - 1);
    triggers.lastIndex = next;
    if (trigger < floor || isPartOfAmount(text, trigger)) continue;
    const shortlist = compiled.shortlist(word.toLowerCase());
    for (const start of startsBefore(text, trigger, floor, compiled.starters, compiled.ruleWords)) {
      const best = bestAt(text, start, trigger, shortlist, compiled);
      if (best) {
        found.push(best);
        floor = best.end;
        triggers.lastIndex = Math.max(next, best.end - 1);
        break;
      }
    }
  }
  return found;
}
