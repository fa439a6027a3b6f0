/**
 * Compiles the rule tables once, at module load: each rule gets a sticky regex to try at a
 * given position, and all rules together get one pre-scan regex (named groups turned into
 * plain groups) that finds, in a single pass, the next position where any rule can match.
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
  prescan: RegExp;
  negatives: readonly CompiledNegative[];
}

const unnamed = (source: string): string => source.replace(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g, '(?:');

export function compileRules(rules: readonly Rule[], negatives: readonly NegativeContext[]): CompiledRules {
  const compiled = rules.map((rule, index) => ({ rule, index, sticky: new RegExp(rule.pattern, 'uy') }));
  const prescan = new RegExp(rules.map((r) => `(?:${unnamed(r.pattern)})`).join('|'), 'gu');
  return {
    rules: compiled,
    prescan,
    negatives: negatives.map((negative) => ({
      negative,
      match: new RegExp(negative.match, 'u'),
      ...(negative.before ? { before: new RegExp(`${negative.before}`, 'u') } : {}),
      ...(negative.after ? { after: new RegExp(negative.after, 'u') } : {}),
    })),
  };
}
