/**
 * Compiles the rule tables once, at module load: each rule gets a sticky regex to try at a
 * given position; all rules together get one sticky regex that says cheaply whether any rule
 * can match at a position; and the trigger words become one regex that finds the places
 * worth looking at.
 */
import type { NegativeContext, Rule } from '../rule-types.js';

export interface CompiledRule {
  rule: Rule;
  index: number;
  sticky: RegExp;
}

export interface CompiledNegative {
  negative: NegativeContext;
  match: RegExp;
  before?: RegExp;
  after?: RegExp;
}

export interface CompiledRules {
  rules: readonly CompiledRule[];
  /** Finds the next trigger word or number (global). */
  triggers: RegExp;
  /** Lower-case words an expression may start with. */
  starters: ReadonlySet<string>;
  /** Every word the rule patterns spell out: an expression is a run of these (and numbers). */
  ruleWords: ReadonlySet<string>;
  /** The rules that can cover a given trigger (keyed by the trigger's lower-case text). */
  rulesFor: (trigger: string) => readonly CompiledRule[];
  negatives: readonly CompiledNegative[];
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

export function compileRules(rules: readonly Rule[], negatives: readonly NegativeContext[], vocabulary: Vocabulary): CompiledRules {
  const compiled = rules.map((rule, index) => ({ rule, index, sticky: new RegExp(rule.pattern, 'iy') }));
  const words = [...new Set(vocabulary.triggerWords.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
  // A match covering a trigger must spell the trigger's first letters as a literal of its pattern
  // (patterns are built from word literals), or match its digit with a digit class: so each trigger
  // only needs the rules whose source can. Keyed lazily by the trigger text.
  const sources = compiled.map((c) => c.rule.pattern.toLowerCase());
  const digitRules = compiled.filter((_, i) => /\[0-9|\[12|\[01|\[0-5|\[1-4|0\?\[1-9/.test(sources[i]!));
  const byTrigger = new Map<string, readonly CompiledRule[]>();
  const rulesFor = (trigger: string): readonly CompiledRule[] => {
    const first = trigger.charCodeAt(0);
    if ((first >= 48 && first <= 57) || first === 39 || first === 0x2019) return digitRules;
    let list = byTrigger.get(trigger);
    if (!list) {
      // A phrase trigger ("a while") is spelled with a space class in the patterns: match on its first word.
      const prefix = trigger.slice(0, 3).split(' ')[0]!;
      list = compiled.filter((_, i) => sources[i]!.includes(prefix));
      byTrigger.set(trigger, list);
    }
    return list;
  };
  return {
    rulesFor,
    rules: compiled,
    triggers: new RegExp(`(?<![A-Za-z0-9])(?:${trie(words)}(?![a-z])|['’]?[0-9])`, 'gi'),
    ruleWords: new Set(rules.flatMap((r) => r.pattern.replace(/\(\?<[A-Za-z_][A-Za-z0-9_]*>/g, '').toLowerCase().match(/[a-z]{2,}/g) ?? [])),
    starters: new Set([...vocabulary.starterWords, ...vocabulary.triggerWords].map((w) => w.toLowerCase())),
    negatives: negatives.map((negative) => ({
      negative,
      match: new RegExp(negative.match, 'u'),
      ...(negative.before ? { before: new RegExp(`${negative.before}`, 'u') } : {}),
      ...(negative.after ? { after: new RegExp(negative.after, 'u') } : {}),
    })),
  };
}
