/**
 * Compiles the rule tables once, at module load: the trigger words become one regex that finds
 * the places worth looking at; each trigger gets a shortlist of the rules that can cover it;
 * each rule gets a sticky regex to try at a given position, and a prefix filter, computed from
 * its pattern, that tells from the first characters there whether trying it is worth it (most
 * regex calls failed: a number alone used to try nearly every rule). Every index here is
 * derived from the tables, so rules added to them are tried wherever they can match.
 */
import type { NegativeContext, Rule } from '../rule-types.js';
import { precedingSymbols, prefixKey, prefixMatcher, prefixTailKey, symbolsOfKey, type PrefixMatcher } from './prefix-filter.js';

export interface CompiledRule {
  rule: Rule;
  index: number;
  sticky: RegExp;
  /** Undefined: the pattern could not be analysed, so it is always tried. */
  prefix: PrefixMatcher | undefined;
  /** For a pattern that opens with a lookbehind: which symbols (`symbolAt`) the character before a match may be. */
  precededBy: Uint8Array | undefined;
}

/** The rules that can cover one trigger, narrowed per start position by the text there. */
export interface Shortlist {
  rules: readonly CompiledRule[];
  /** Those of `rules` whose pattern could match `text` at `at` (table order kept). */
  at: (text: string, at: number) => readonly CompiledRule[];
}

export interface CompiledNegative {
  negative: NegativeContext;
  match: RegExp;
  before?: RegExp;
  after?: RegExp;
  unlessBefore?: RegExp;
}

export interface CompiledRules {
  rules: readonly CompiledRule[];
  /**
   * Finds the next trigger word or number (global; group 1): one that starts the text or follows a
   * character other than a letter or digit, which the match includes. Consuming that character
   * rather than testing it with a lookbehind lets V8 skip ahead by it: the search takes 40% less time.
   */
  triggers: RegExp;
  /** Lower-case words an expression may start with. */
  starters: ReadonlySet<string>;
  /** Every word the rule patterns spell out: an expression is a run of these (and numbers). */
  ruleWords: ReadonlySet<string>;
  /** The rules that can cover a given trigger (keyed by the trigger's lower-case text). */
  shortlist: (trigger: string) => Shortlist;
  negatives: readonly CompiledNegative[];
  /** The look-alikes whose `match` accepts a candidate's text (memoized: the same words recur). */
  negativesMatching: (candidate: string) => readonly CompiledNegative[];
}

export interface Vocabulary {
  triggerWords: readonly string[];
  starterWords: readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An alternation of words shaped as a trie ("ma(?:y|r(?:ch)?)…"): V8 tries the branches of an
 * alternation one by one, so sharing prefixes makes the trigger scan several times faster.
 */
function trie(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let endsHere = false;
  for (const w of words) {
    if (w === '') { endsHere = true; continue; }
    const rest = byFirst.get(w[0]!) ?? [];
    rest.push(w.slice(1));
    byFirst.set(w[0]!, rest);
  }
  const branches = [...byFirst].map(([c, rest]) => escape(c) + trie(rest));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return endsHere ? `(?:${body})?` : body;
}

/** Memos keyed by text are cleared when they reach this size: odd text cannot make them grow without end. */
const MEMO_LIMIT = 16384;

function couldMatch(rule: CompiledRule, symbols: readonly number[]): boolean {
  try {
    return !rule.prefix || rule.prefix.couldMatch(symbols);
  } catch {
    return true; // a pattern the filter misreads is tried, as an unfiltered one would be
  }
}

/**
 * A shortlist whose rules are narrowed per start position by the prefix filter, memoized by the
 * position's first symbols (few distinct ones recur: "the ", "last ", a number and a month…).
 */
function shortlistOf(rules: readonly CompiledRule[]): Shortlist {
  /** Keyed by the first symbols, then by the next ones. */
  const memo = new Map<number, Map<number, readonly CompiledRule[]>>();
  let entries = 0;
  /** Equal narrowed lists are shared. */
  const lists = new Map<string, readonly CompiledRule[]>();
  return {
    rules,
    at: (text, at) => {
      const key = prefixKey(text, at);
      let byTail = memo.get(key);
      if (byTail === undefined) {
        if (entries >= MEMO_LIMIT) {
          memo.clear();
          lists.clear();
          entries = 0;
        }
        byTail = new Map();
        memo.set(key, byTail);
      }
      const tail = prefixTailKey(text, at);
      let list = byTail.get(tail);
      if (list === undefined) {
        const symbols = [...symbolsOfKey(key), ...symbolsOfKey(tail)];
        const fits = rules.filter((r) => couldMatch(r, symbols));
        const name = fits.map((r) => r.index).join(',');
        list = lists.get(name) ?? fits;
        lists.set(name, list);
        byTail.set(tail, list);
        entries++;
      }
      return list;
    },
  };
}

export function compileRules(rules: readonly Rule[], negatives: readonly NegativeContext[], vocabulary: Vocabulary): CompiledRules {
  const words = [...new Set(vocabulary.triggerWords.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
  const compiled = rules.map((rule, index) => ({
    rule, index, sticky: new RegExp(rule.pattern, 'iy'), prefix: prefixMatcher(rule.pattern, 'iy'), precededBy: precedingSymbols(rule.pattern, 'iy'),
  }));
  // A match covering a trigger must spell the trigger's first letters as a literal of its pattern
  // (patterns are built from word literals), or match its digit with a digit class: so each trigger
  // only needs the rules whose source can. Keyed lazily by the trigger text.
  const sources = compiled.map((c) => c.rule.pattern.toLowerCase());
  const digitRules = shortlistOf(compiled.filter((_, i) => /\[0-9|\[12|\[01|\[0-5|\[1-4|0\?\[1-9/.test(sources[i]!)));
  const byTrigger = new Map<string, Shortlist>();
  const shortlist = (trigger: string): Shortlist => {
    const first = trigger.charCodeAt(0);
    if ((first >= 48 && first <= 57) || first === 39 || first === 0x2019) return digitRules;
    let list = byTrigger.get(trigger);
    if (!list) {
      // A phrase trigger ("a while") is spelled with a space class in the patterns: match on its first word.
      const prefix = trigger.slice(0, 3).split(' ')[0]!;
      list = shortlistOf(compiled.filter((_, i) => sources[i]!.includes(prefix)));
      byTrigger.set(trigger, list);
    }
    return list;
  };
  const compiledNegatives: CompiledNegative[] = negatives.map((negative) => ({
    negative,
    match: new RegExp(negative.match, 'u'),
    ...(negative.before ? { before: new RegExp(`${negative.before}`, 'u') } : {}),
    ...(negative.after ? { after: new RegExp(negative.after, 'u') } : {}),
    ...(negative.unlessBefore ? { unlessBefore: new RegExp(negative.unlessBefore, 'u') } : {}),
  }));
  const negativesByCandidate = new Map<string, readonly CompiledNegative[]>();
  const negativesMatching = (candidate: string): readonly CompiledNegative[] => {
    let list = negativesByCandidate.get(candidate);
    if (list === undefined) {
      list = compiledNegatives.filter((n) => n.match.test(candidate));
      if (negativesByCandidate.size >= MEMO_LIMIT) negativesByCandidate.clear();
      negativesByCandidate.set(candidate, list);
    }
    return list;
  };
  return {
    shortlist,
    negativesMatching,
    rules: compiled,
    triggers: new RegExp(`(?:^|[^A-Za-z0-9])(${trie(words)}(?![a-z])|['’]?[0-9])`, 'gi'),
    ruleWords: new Set(rules.flatMap((r) => r.pattern.replace(/\(\?<[A-Za-z_][A-Za-z0-9_]*>/g, '').toLowerCase().match(/[a-z]{2,}/g) ?? [])),
    starters: new Set([...vocabulary.starterWords, ...vocabulary.triggerWords].map((w) => w.toLowerCase())),
    negatives: compiledNegatives,
  };
}
