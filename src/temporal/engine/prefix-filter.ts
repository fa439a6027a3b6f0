/**
 * Which patterns could match at a position, told from the first few characters there, so that
 * the scanner runs only those patterns' regexes (a regex call that fails still costs about as
 * much as tagging a short word).
 *
 * Each pattern source is read into a small automaton over an abstract alphabet: ASCII letters
 * folded to lower case, a run of digits as one symbol, a run of blanks as one symbol, every
 * non-ASCII character as one symbol. Zero-width assertions count as always true (except a
 * lookahead that ends the pattern, read as text that must follow) and repetition bounds are
 * relaxed, so the automaton accepts more than the regex does: it may let a pattern through that
 * then fails, never hold back one that could match. A pattern it cannot read (back-references,
 * unicode mode) always goes through. A property test holds it to this on random patterns.
 *
 * Hand-written because no library answers "can this regex match text starting with these
 * characters" from its source; V8 exposes no prefix matching.
 */

/** Abstract symbols: ASCII codes (letters lower-cased, digits as '0', blanks as ' '), then these. */
const NON_ASCII = 128;
const END_OF_TEXT = 129;
const SYMBOLS = 130;
const DIGIT = 48;
const BLANK = 32;
/** Symbols that stand for a run of characters (the automaton may read one or more of them). */
const isRun = (symbol: number): boolean => symbol === DIGIT || symbol === BLANK;

const isBlank = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const symbolOf = (c: number): number => {
  if (c >= 48 && c <= 57) return DIGIT;
  if (isBlank(c)) return BLANK;
  if (c >= 65 && c <= 90) return c + 32;
  return c < 128 ? c : NON_ASCII;
};

/** The abstract symbol of the character at `i` (the one before a position, for `precedingSymbols`). */
export const symbolAt = (text: string, i: number): number => symbolOf(text.charCodeAt(i));

/** How many abstract symbols a position is judged by: packed in two numbers (see `prefixTailKey`). */
export const PREFIX_SYMBOLS = 6;
export const PREFIX_TAIL_SYMBOLS = 4;

/**
 * The first `PREFIX_SYMBOLS` abstract symbols of `text` at `at`, as one number (base 131,
 * digits 1–130, so prefixes of different lengths never collide).
 */
export function prefixKey(text: string, at: number): number {
  let key = 0;
  let i = at;
  for (let k = 0; k < PREFIX_SYMBOLS; k++) {
    if (i >= text.length) return key * 131 + END_OF_TEXT + 1;
    const symbol = symbolOf(text.charCodeAt(i++));
    if (isRun(symbol)) while (i < text.length && symbolOf(text.charCodeAt(i)) === symbol) i++;
    key = key * 131 + symbol + 1;
  }
  return key;
}

/**
 * The next `PREFIX_TAIL_SYMBOLS` symbols after those of `prefixKey`, as a second number (0 when the text
 * ends within the first ones). Month names fill the first six symbols: "march 3, 1998" and "march of
 * last year" differ only after them, and looking further halves the regex calls.
 */
export function prefixTailKey(text: string, at: number): number {
  let i = at;
  for (let k = 0; k < PREFIX_SYMBOLS; k++) {
    if (i >= text.length) return 0;
    const symbol = symbolOf(text.charCodeAt(i++));
    if (isRun(symbol)) while (i < text.length && symbolOf(text.charCodeAt(i)) === symbol) i++;
  }
  let key = 0;
  for (let k = 0; k < PREFIX_TAIL_SYMBOLS; k++) {
    if (i >= text.length) return key * 131 + END_OF_TEXT + 1;
    const symbol = symbolOf(text.charCodeAt(i++));
    if (isRun(symbol)) while (i < text.length && symbolOf(text.charCodeAt(i)) === symbol) i++;
    key = key * 131 + symbol + 1;
  }
  return key;
}

/** The symbols a key was made of, first first. */
export function symbolsOfKey(key: number): number[] {
  const symbols: number[] = [];
  for (let k = key; k > 0; k = Math.floor(k / 131)) symbols.push((k % 131) - 1);
  return symbols.reverse();
}

// ---- Symbol sets ---------------------------------------------------------------------------

/** A set of abstract symbols (bit i = symbol i). */
type SymbolSet = Uint32Array;
const newSet = (): SymbolSet => new Uint32Array(Math.ceil(SYMBOLS / 32));
const add = (set: SymbolSet, symbol: number): void => { set[symbol >> 5]! |= 1 << (symbol & 31); };
const has = (set: SymbolSet, symbol: number): boolean => (set[symbol >> 5]! & (1 << (symbol & 31))) !== 0;

class Unreadable extends Error {}

/** The set of each single symbol, shared (sets are never changed once built). */
const singleSets: SymbolSet[] = Array.from({ length: SYMBOLS }, (_, symbol) => {
  const set = newSet();
  add(set, symbol);
  return set;
});

/** Characters a class or escape stands for: ASCII exactly, the rest as one flag. */
interface CharClass { ascii: Uint8Array; nonAscii: boolean }
const newClass = (): CharClass => ({ ascii: new Uint8Array(128), nonAscii: false });
function addRange(cls: CharClass, lo: number, hi: number): void {
  for (let c = lo; c <= Math.min(hi, 127); c++) cls.ascii[c] = 1;
  if (hi >= 128) cls.nonAscii = true;
}
function addNamedClass(cls: CharClass, letter: string): void {
  const positive = newClass();
  const lower = letter.toLowerCase();
  if (lower === 'd') addRange(positive, 48, 57);
  else if (lower === 'w') { addRange(positive, 48, 57); addRange(positive, 65, 90); addRange(positive, 97, 122); addRange(positive, 95, 95); }
  else if (lower === 's') { addRange(positive, 9, 13); addRange(positive, 32, 32); positive.nonAscii = true; }
  const negate = letter !== lower;
  for (let c = 0; c < 128; c++) if (positive.ascii[c] !== (negate ? 1 : 0)) cls.ascii[c] = 1;
  if (positive.nonAscii || negate) cls.nonAscii = true;
}
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
function toSet(cls: CharClass, negated: boolean, ignoreCase: boolean): SymbolSet {
  const set = newSet();
  for (let c = 0; c < 128; c++) {
    // A letter's symbol stands for both its cases, so adding it for either case is safe.
    const member = cls.ascii[c] === 1 || (ignoreCase && isLetter(c) && cls.ascii[c ^ 32] === 1);
    if (member !== negated) add(set, symbolOf(c));
  }
  if (cls.nonAscii || negated) add(set, NON_ASCII);
  return set;
}

// ---- The pattern as an automaton over its own source positions ------------------------------

/**
 * What a quantifier allows, packed in one number (asked for often while the automaton is built):
 * bit 0 the atom before it may be skipped, bit 1 it may repeat, the rest the quantifier's length.
 */
const MAY_SKIP = 1;
const MAY_REPEAT = 2;
const quantifierLength = (q: number): number => q >> 2;
const quantifierSyntax = /\{(\d+)(?:(,)(\d*))?\}\??|[*+?]\??/y;
/**
 * Escapes whose meaning depends on the rest of the pattern or on unicode mode (back-references,
 * legacy octal, property classes, a bare \c), and group openings other than (?: (?= (?! (?<=
 * (?<! and (?<name>: a pattern with any of them is not read.
 */
const unreadEscape = /\\(?:[1-9kpP]|0[0-9]|c(?![A-Za-z])|$)/;
const unreadGroup = /\((?=\?)(?!\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))/;
/** The tokens of the bracket structure: an escape, a whole class, or one of ( ) | (a lone [ or \ is malformed). */
const structure = /\\[\s\S]|\[(?:[^\\\]]|\\[\s\S])*\]|[()|[\\]/g;

/** What a position is, for the moves that read nothing. */
const MOVED = 0;
const ATOM = 1;
const END = 2;
/** Class bodies recur across patterns ("[ \t\n]"): their sets are shared. */
const classSets = new Map<string, SymbolSet>();

/**
 * The states are the source positions of the atoms that read a character (a literal, a class,
 * an escape, "."), plus the source length for "matched". Where a position goes without reading
 * is read off the syntax around it when first asked, so only the part of a pattern that its
 * first few symbols reach is ever looked at. Bounds are relaxed to "may skip" / "may repeat"
 * (x{4} reads as x+), which only widens what is accepted.
 */
class SourceAutomaton {
  private readonly n: number;
  /** For "(": its ")"; for ")": its "(". */
  private readonly partner: Int32Array;
  /** For "(" (and -1 → slot n for the top level): its first "|"; for "|": the next "|" of its group. */
  private readonly nextBar: Int32Array;
  /** For "|": the "(" of its group, or -1 at the top level. */
  private readonly barGroup: Int32Array;
  private readonly atomEnd = new Map<number, number>();
  private readonly atomSet = new Map<number, SymbolSet>();
  private readonly nullable = new Map<number, boolean>();
  private readonly mark: Uint32Array;
  private generation = 0;

  constructor(private readonly source: string, private readonly ignoreCase: boolean) {
    const n = (this.n = source.length);
    this.partner = new Int32Array(n + 1).fill(-1);
    this.nextBar = new Int32Array(n + 1).fill(-1);
    this.barGroup = new Int32Array(n + 1).fill(-1);
    this.mark = new Uint32Array(n + 1);
    // Escapes and group openings it does not read make a pattern unreadable. Searched for in the
    // whole source, "\\1" or "[(?]" count too: such a pattern is merely tried everywhere.
    if (unreadEscape.test(source) || unreadGroup.test(source)) throw new Unreadable('syntax not read');
    // One pass for the bracket structure (escapes and classes skipped whole); the rest is read lazily.
    const groups: number[] = [];
    const lastBar: number[] = [n];
    structure.lastIndex = 0;
    for (let m = structure.exec(source); m; m = structure.exec(source)) {
      const i = m.index;
      const c = source.charCodeAt(i);
      if (m[0].length > 1) continue; // an escape or a class
      if (c === 91 || c === 92) throw new Unreadable('unterminated class or escape');
      if (c === 40) {
        groups.push(i);
        lastBar.push(i);
      } else if (c === 41) {
        const open = groups.pop();
        if (open === undefined) throw new Unreadable('unbalanced )');
        this.partner[open] = i;
        this.partner[i] = open;
        lastBar.pop();
      } else {
        this.nextBar[lastBar[lastBar.length - 1]!] = i;
        lastBar[lastBar.length - 1] = i;
        this.barGroup[i] = groups.length > 0 ? groups[groups.length - 1]! : -1;
      }
    }
    if (groups.length > 0) throw new Unreadable('unbalanced (');
  }

  /** The "]" that closes the class opened at `at`. */
  private classEnd(at: number): number {
    for (let j = at + 1; j < this.n; j++) {
      const c = this.source.charCodeAt(j);
      if (c === 92) j++;
      else if (c === 93) return j;
    }
    throw new Unreadable('unterminated class');
  }

  private quantifierAt(at: number): number {
    const c = this.source.charCodeAt(at);
    if (c !== 42 && c !== 43 && c !== 63 && c !== 123) return 0;
    quantifierSyntax.lastIndex = at;
    const m = quantifierSyntax.exec(this.source);
    if (!m) return 0; // a literal brace
    let skip: boolean;
    let repeat: boolean;
    if (m[1] === undefined) {
      skip = c !== 43;
      repeat = c !== 63;
    } else {
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      skip = min === 0;
      repeat = max > 1;
    }
    return (m[0].length << 2) | (skip ? MAY_SKIP : 0) | (repeat ? MAY_REPEAT : 0);
  }

  /** The automaton's start: the positions reachable before reading anything. */
  start(): number[] {
    return this.closure([0, ...this.barsAfter(this.n)]);
  }

  /** Positions reached from `from` by reading `symbol`, with the moves that read nothing followed. */
  read(from: Iterable<number>, symbol: number): number[] {
    const seeds: number[] = [];
    for (const p of from) {
      if (p === this.n || !has(this.setAt(p), symbol)) continue;
      const end = this.atomEnd.get(p)!;
      const q = this.quantifierAt(end);
      seeds.push(end + quantifierLength(q));
      if (q & MAY_REPEAT) seeds.push(p);
    }
    return this.closure(seeds);
  }

  get accept(): number { return this.n; }

  /** The starts of the alternatives after the first, of the group opened at `open` (n: top level). */
  private barsAfter(open: number): number[] {
    const starts: number[] = [];
    for (let bar = this.nextBar[open]!; bar >= 0; bar = this.nextBar[bar]!) starts.push(bar + 1);
    return starts;
  }

  private closure(seeds: readonly number[]): number[] {
    const generation = ++this.generation;
    const out: number[] = [];
    const stack = [...seeds];
    while (stack.length > 0) {
      const p = stack.pop()!;
      if (this.mark[p] === generation) continue;
      this.mark[p] = generation;
      const kind = this.moveFrom(p, stack, true);
      if (kind === END) out.push(this.n);
      else if (kind === ATOM) out.push(p);
    }
    return out.sort((a, b) => a - b);
  }

  /** Can the rest of the pattern from `at` match the empty string (assertions taken as true)? */
  private nullableFrom(at: number): boolean {
    let known = this.nullable.get(at);
    if (known === undefined) {
      known = false;
      const seen = new Set<number>();
      const stack = [at];
      while (stack.length > 0 && !known) {
        const p = stack.pop()!;
        if (seen.has(p)) continue;
        seen.add(p);
        known = this.moveFrom(p, stack, false) === END;
      }
      this.nullable.set(at, known);
    }
    return known;
  }

  private isLookahead(open: number): boolean {
    return this.source.charCodeAt(open + 1) === 63 && this.source[open + 2] === '=';
  }

  /**
   * The moves from `p` that read nothing, pushed on `stack`; says whether `p` is an atom (which
   * reads), the end of the pattern, or neither. A lookahead (?=Z) that the rest of the pattern
   * may follow with nothing is read as "Z, then anything": a match must be followed by Z, so the
   * text must start that way. Every other assertion is skipped.
   */
  private moveFrom(p: number, stack: number[], enterLookaheads: boolean): number {
    if (p >= this.n) return END;
    const source = this.source;
    const c = source.charCodeAt(p);
    if (c === 41) { // ")": a pass through the group is over; leave it, or go round again
      const open = this.partner[p]!;
      if (this.isLookahead(open)) return END; // only entered as "Z, then anything"
      const q = this.quantifierAt(p + 1);
      stack.push(p + 1 + quantifierLength(q));
      if (q & MAY_REPEAT) this.enter(open, stack);
    } else if (c === 124) { // "|": this alternative is over; on to the group's end
      const group = this.barGroup[p]!;
      stack.push(group < 0 ? this.n : this.partner[group]!);
    } else if (c === 40) {
      const close = this.partner[p]!;
      const q = this.quantifierAt(close + 1);
      const after = close + 1 + quantifierLength(q);
      if (source.charCodeAt(p + 1) === 63 && (source[p + 2] === '=' || source[p + 2] === '!' || (source[p + 2] === '<' && (source[p + 3] === '=' || source[p + 3] === '!')))) {
        if (enterLookaheads && q === 0 && this.isLookahead(p) && this.nullableFrom(after)) this.enter(p, stack);
        else stack.push(after);
      } else {
        this.enter(p, stack);
        if (q & MAY_SKIP) stack.push(after);
      }
    } else if (c === 94 || c === 36) stack.push(p + 1); // ^ $
    else if (c === 92 && (source[p + 1] === 'b' || source[p + 1] === 'B')) stack.push(p + 2);
    else {
      this.setAt(p);
      const end = this.atomEnd.get(p)!;
      const q = this.quantifierAt(end);
      if (q & MAY_SKIP) stack.push(end + quantifierLength(q));
      return ATOM;
    }
    return MOVED;
  }

  /** Pushes the starts of every alternative of the group opened at `open`. */
  private enter(open: number, stack: number[]): void {
    const source = this.source;
    let content = open + 1;
    if (source.charCodeAt(content) === 63) {
      content = source[content + 1] === '<' ? source.indexOf('>', content) + 1 : content + 2;
    }
    stack.push(content, ...this.barsAfter(open));
  }

  /** The symbols the atom at `p` reads (and, kept aside, where it ends). */
  private setAt(p: number): SymbolSet {
    const known = this.atomSet.get(p);
    if (known) return known;
    const source = this.source;
    const c = source.charCodeAt(p);
    let end = p + 1;
    let set: SymbolSet;
    if (c === 91) {
      end = this.classEnd(p) + 1;
      const body = `${this.ignoreCase ? 'i' : ''}${source.slice(p, end)}`;
      set = classSets.get(body) ?? this.classSet(p + 1, end - 1);
      classSets.set(body, set);
    } else if (c === 46) set = toSet(newClass(), true, this.ignoreCase);
    else if (c === 92) {
      const e = this.escapeAt(p + 1, false);
      end = e.end;
      if (typeof e.value === 'number') set = singleSets[symbolOf(e.value)]!;
      else {
        const cls = newClass();
        addNamedClass(cls, e.value);
        set = toSet(cls, false, this.ignoreCase);
      }
    } else set = singleSets[symbolOf(c)]!; // a letter's symbol stands for both cases
    this.atomSet.set(p, set);
    this.atomEnd.set(p, end);
    return set;
  }

  /** The character an escape (its letter at `at`) stands for, or a class letter (d, w, s…). */
  private escapeAt(at: number, inClass: boolean): { value: number | string; end: number } {
    const source = this.source;
    const c = source[at];
    if (c === undefined) throw new Unreadable('trailing backslash');
    const simple: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
    if (c in simple) return { value: simple[c]!, end: at + 1 };
    if (inClass && c === 'b') return { value: 8, end: at + 1 };
    if ('dDwWsS'.includes(c)) return { value: c, end: at + 1 };
    if (c === 'u' || c === 'x') {
      const digits = c === 'u' ? 4 : 2;
      const hex = source.slice(at + 1, at + 1 + digits);
      if (hex.length === digits && /^[0-9A-Fa-f]+$/.test(hex)) return { value: parseInt(hex, 16), end: at + 1 + digits };
    }
    if (c === 'c' && /[A-Za-z]/.test(source[at + 1] ?? '')) return { value: source.charCodeAt(at + 1) % 32, end: at + 2 };
    return { value: c.charCodeAt(0), end: at + 1 };
  }

  /** The set of the class whose body runs from `from` to `to` (exclusive). */
  private classSet(from: number, to: number): SymbolSet {
    const cls = newClass();
    let i = from;
    const negated = this.source[i] === '^';
    if (negated) i++;
    const atom = (): number | string => {
      if (this.source.charCodeAt(i) !== 92) return this.source.charCodeAt(i++);
      const e = this.escapeAt(i + 1, true);
      i = e.end;
      return e.value;
    };
    while (i < to) {
      const lo = atom();
      if (typeof lo === 'string') { addNamedClass(cls, lo); continue; }
      if (this.source[i] === '-' && i + 1 < to) {
        i++;
        const hi = atom();
        if (typeof hi === 'string') { addRange(cls, lo, lo); addRange(cls, 45, 45); addNamedClass(cls, hi); continue; }
        if (hi < lo) throw new Unreadable('range out of order');
        addRange(cls, lo, hi);
      } else addRange(cls, lo, lo);
    }
    return toSet(cls, negated, this.ignoreCase);
  }
}

/**
 * A lazily built deterministic view of one automaton: a state is a set of source positions;
 * transitions are computed on first use and kept.
 */
export class PrefixMatcher {
  private readonly states: (readonly number[])[] = [];
  private readonly accepting: boolean[] = [];
  private readonly ids = new Map<string, number>();
  private readonly transitions = new Map<number, number>();

  constructor(private readonly automaton: SourceAutomaton) {}

  /** Could the pattern match text whose abstract symbols begin with `symbols`? */
  couldMatch(symbols: readonly number[]): boolean {
    if (this.states.length === 0) this.intern(this.automaton.start());
    let state = 0;
    for (const symbol of symbols) {
      if (this.accepting[state]) return true; // it may already have matched: whatever follows
      if (symbol === END_OF_TEXT) return false;
      state = this.step(state, symbol);
      if (state < 0) return false;
    }
    return true;
  }

  private step(state: number, symbol: number): number {
    const key = state * SYMBOLS + symbol;
    const known = this.transitions.get(key);
    if (known !== undefined) return known;
    const automaton = this.automaton;
    let reached = automaton.read(this.states[state]!, symbol);
    if (isRun(symbol)) {
      // A run symbol stands for one or more characters: keep reading until nothing new is reached.
      for (;;) {
        const union = [...new Set([...reached, ...automaton.read(reached, symbol)])];
        if (union.length === reached.length) break;
        reached = union;
      }
    }
    const target = reached.length === 0 ? -1 : this.intern(reached);
    this.transitions.set(key, target);
    return target;
  }

  private intern(states: readonly number[]): number {
    const sorted = [...states].sort((a, b) => a - b);
    const name = sorted.join(',');
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.states.length;
      this.states.push(sorted);
      this.accepting.push(sorted.includes(this.automaton.accept));
      this.ids.set(name, id);
    }
    return id;
  }
}

/**
 * The matcher of a pattern source with its regex flags, or undefined when the source cannot be
 * read (the pattern is then always tried).
 */
export function prefixMatcher(source: string, flags: string): PrefixMatcher | undefined {
  // Unicode mode reads escapes and classes differently (property classes, surrogate pairs).
  if (flags.includes('u') || flags.includes('v')) return undefined;
  try {
    return new PrefixMatcher(new SourceAutomaton(source, flags.includes('i')));
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

// ---- The character before a match ------------------------------------------------------------

/** One token of a pattern: an escape, a whole class, or one character. */
const patternToken = /\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[\s\S])|\[(?:[^\\\]]|\\[\s\S])*\]|[\s\S]/y;

/** The top-level alternatives of a pattern source (split at the "|" outside groups and classes). */
function alternativesOf(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length;) {
    patternToken.lastIndex = i;
    const t = patternToken.exec(source)![0];
    if (t === '(') depth++;
    else if (t === ')') depth--;
    else if (t === '|' && depth === 0) { parts.push(source.slice(from, i)); from = i + 1; }
    i += t.length;
  }
  parts.push(source.slice(from));
  return parts;
}

/** Tokens that read one character (assertions, back-references and group syntax do not). */
const isCharacterAtom = (t: string): boolean => !/^(?:[()|^$*+?{}]|\\[bBkK1-9])$/.test(t);

/**
 * The source of the last thing an alternative reads, when that is one character atom it cannot skip
 * ("[-–]", "[ \\t\\n]{1,12}", "x"); undefined when it ends with a group, an assertion, or an optional atom.
 */
function lastAtomOf(alternative: string): string | undefined {
  let depth = 0;
  let last: string | undefined;
  for (let i = 0; i < alternative.length;) {
    patternToken.lastIndex = i;
    const t = patternToken.exec(alternative)![0];
    const start = i;
    i += t.length;
    if (t === '(') { if (depth++ === 0) last = undefined; continue; }
    if (t === ')') { depth--; continue; }
    if (depth > 0) continue;
    const c = t.charCodeAt(0);
    if (c === 42 || c === 43 || c === 63 || c === 123) {
      quantifierSyntax.lastIndex = start;
      const q = quantifierSyntax.exec(alternative);
      if (q) {
        // "*", "?", "{0,…}" may skip the atom: then the character before could be anything.
        if (c === 42 || c === 63 || q[1] === '0' || Number(q[1]) === 0) last = undefined;
        i = start + q[0].length;
        continue;
      }
    }
    last = isCharacterAtom(t) ? t : undefined;
  }
  return last;
}

/**
 * For a pattern that opens with a lookbehind "(?<=…)" that every match must pass, the symbols the
 * character just before a match may be: those that the last atom of some alternative of the
 * lookbehind reads. Undefined when that cannot be told (then any character may precede). A rule that
 * opens with a lookbehind ("the second year of a range 1998-99") defeats the prefix filter, which
 * reads only what follows the position; this holds it back where the character before rules it out.
 */
export function precedingSymbols(source: string, flags: string): Uint8Array | undefined {
  if (flags.includes('u') || flags.includes('v') || !source.startsWith('(?<=')) return undefined;
  try {
    const whole = alternativesOf(source);
    if (whole.length !== 1) return undefined;
    // The lookbehind's own closing parenthesis: the first ")" that brings the depth back to zero.
    let depth = 0;
    let close = -1;
    for (let i = 0; i < source.length && close < 0;) {
      patternToken.lastIndex = i;
      const t = patternToken.exec(source)![0];
      if (t === '(') depth++;
      else if (t === ')' && --depth === 0) close = i;
      i += t.length;
    }
    if (close < 0 || /^[*+?{]/.test(source.slice(close + 1))) return undefined;
    const allowed = new Uint8Array(SYMBOLS);
    for (const alternative of alternativesOf(source.slice(4, close))) {
      const atom = lastAtomOf(alternative);
      const matcher = atom === undefined ? undefined : prefixMatcher(atom, flags);
      if (!matcher) return undefined;
      for (let symbol = 0; symbol < SYMBOLS; symbol++) if (symbol !== END_OF_TEXT && matcher.couldMatch([symbol])) allowed[symbol] = 1;
    }
    return allowed;
  } catch {
    return undefined;
  }
}
