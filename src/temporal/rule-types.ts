/**
 * The shape of the declarative resources: a rule is a pattern built from named pieces plus
 * the name of the normalizer that turns its named capture groups into a phase-1
 * (possibly underspecified) value, and worked examples that one test runs.
 */
import type { TimexType } from './types.js';

export interface RuleExample {
  /** A sentence containing the expression. */
  text: string;
  /** Reference date `YYYY-MM-DD`; omitted → no reference date. */
  reference?: string;
  /** The expression's expected extent; defaults to the whole `text`. */
  extent?: string;
  value: string;
  type: TimexType;
  mod?: string;
}

export type NormalizerName = 'calendar' | 'shift' | 'duration' | 'set' | 'fixed' | 'yearAgoPeriod' | 'namedDay' | 'yearBeforeChrist';

export type NormalizerParams = Readonly<Record<string, string | number | boolean>>;

export interface Rule {
  id: string;
  /** Regular-expression source (compiled case-insensitively, flags `iy`) with named capture groups. */
  pattern: string;
  normalize: NormalizerName;
  params?: NormalizerParams;
  /** Ties between equally long matches go to the higher priority (default 0). */
  priority?: number;
  examples: readonly RuleExample[];
}

/**
 * A look-alike that must not be tagged: when a candidate's text matches `match` (anchored)
 * and the text before it ends with `before` or the text after it starts with `after`,
 * the candidate is dropped — unless the text before it ends with `unlessBefore` ("in May that …" is the month).
 */
export interface NegativeContext {
  id: string;
  why: string;
  match: string;
  before?: string;
  after?: string;
  unlessBefore?: string;
  examples: readonly string[];
}
