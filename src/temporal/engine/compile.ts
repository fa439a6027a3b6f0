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
  negatives: readonly CompiledNegative[];
}

export interface Vocabulary {
  triggerWords: readonly string[];
  starterWords: readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileRules(rules: readonly Rule[], negatives: readonly NegativeContext[], vocabulary: Vocabulary): CompiledRules {
  const compiled = rules.map((rule, index) => ({ rule, index, sticky: new RegExp(rule.pattern, 'iy') }));
  const words = [...new Set(vocabulary.triggerWords.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
  return {
    rules: compiled,
    triggers: new RegExp(`(?<![A-Za-z0-9])(?:(?:${words.map(escape).join('|')})(?![a-z])|['’]?[0-9])`, 'gi'),
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
