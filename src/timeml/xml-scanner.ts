/**
 * A minimal, linear-time XML tag scanner for TimeML and CAT XML corpus files.
 *
 * Hand-written on purpose: Node has no DOMParser, and the corpora need only start/end tags,
 * attributes, text and the five predefined entities plus numeric references. A streaming loop
 * over `indexOf` keeps the work linear in the input (no backtracking regular expressions) and
 * lets the readers map every text character back to an offset in the decoded text.
 */

export interface XmlStartTag {
  kind: 'start';
  name: string;
  attributes: Record<string, string>;
  /** `<TIMEX3 … />`: an element with no content. */
  selfClosing: boolean;
}

export interface XmlEndTag {
  kind: 'end';
  name: string;
}

export interface XmlText {
  kind: 'text';
  /** Decoded character data. */
  text: string;
}

export type XmlToken = XmlStartTag | XmlEndTag | XmlText;

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(`${message} at character ${position}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes the predefined XML entities and numeric character references; unknown ones stay as written. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
    out += raw.slice(from, amp);
    // Entity names are short: looking for `;` only a few characters ahead keeps text full of
    // bare ampersands linear.
    const semi = raw.slice(amp + 1, amp + 13).indexOf(';') + amp + 1;
    const name = semi > amp ? raw.slice(amp + 1, semi) : null;
    const decoded = name === null ? null : decodeEntityName(name);
    if (decoded === null) {
      out += '&';
      from = amp + 1;
    } else {
      out += decoded;
      from = semi + 1;
    }
  }
  return out + raw.slice(from);
}

function decodeEntityName(name: string): string | null {
  const named = NAMED_ENTITIES[name];
  if (named !== undefined) return named;
  let codePoint = Number.NaN;
  if (/^#[0-9]{1,7}$/.test(name)) codePoint = Number.parseInt(name.slice(1), 10);
  else if (/^#x[0-9a-fA-F]{1,6}$/.test(name)) codePoint = Number.parseInt(name.slice(2), 16);
  if (!Number.isInteger(codePoint) || codePoint > 0x10ffff) return null;
  return String.fromCodePoint(codePoint);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/**
 * Escapes text for use as XML character data or inside a double-quoted attribute. A carriage
 * return becomes a reference because XML parsers would otherwise normalize it away.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (char) => ESCAPES[char] ?? char);
}

/** Yields the tags and text of a document in order; skips the prolog, comments, doctype and processing instructions. */
export function* scanXml(xml: string): Generator<XmlToken> {
  let position = 0;
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    const textEnd = open === -1 ? xml.length : open;
    if (textEnd > position) yield { kind: 'text', text: decodeEntities(xml.slice(position, textEnd)) };
    if (open === -1) return;
    position = scanMarkup(xml, open);
    const token = readMarkup(xml, open, position);
    if (token !== null) yield token;
  }
}

/** Returns the position just after the markup that starts at `open`. */
function scanMarkup(xml: string, open: number): number {
  const closer = xml.startsWith('<!--', open)
    ? '-->'
    : xml.startsWith('<![CDATA[', open)
      ? ']]>'
      : xml.startsWith('<?', open)
        ? '?>'
        : '>';
  // Attribute values may legally contain '>', so a tag ends at the first '>' outside quotes.
  if (closer === '>') return endOfTag(xml, open);
  const end = xml.indexOf(closer, open + 2);
  if (end === -1) throw new XmlSyntaxError('unterminated markup', open);
  return end + closer.length;
}

function endOfTag(xml: string, open: number): number {
  let quote: string | null = null;
  for (let i = open + 1; i < xml.length; i++) {
    const char = xml[i];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  throw new XmlSyntaxError('unterminated tag', open);
}

function readMarkup(xml: string, open: number, end: number): XmlToken | null {
  if (xml.startsWith('<![CDATA[', open)) return { kind: 'text', text: xml.slice(open + 9, end - 3) };
  if (xml.startsWith('<!', open) || xml.startsWith('<?', open)) return null;
  if (xml[open + 1] === '/') return { kind: 'end', name: xml.slice(open + 2, end - 1).trim() };
  const selfClosing = xml[end - 2] === '/';
  const body = xml.slice(open + 1, selfClosing ? end - 2 : end - 1);
  const nameEnd = body.search(/[\s]|$/);
  const name = body.slice(0, nameEnd);
  if (name === '') throw new XmlSyntaxError('tag without a name', open);
  return { kind: 'start', name, attributes: parseAttributes(body.slice(nameEnd), open), selfClosing };
}

function parseAttributes(source: string, position: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let i = 0;
  while (i < source.length) {
    while (i < source.length && /\s/.test(source[i]!)) i++;
    if (i >= source.length) break;
    const eq = source.indexOf('=', i);
    if (eq === -1) throw new XmlSyntaxError('attribute without a value', position);
    const name = source.slice(i, eq).trim();
    let valueStart = eq + 1;
    while (valueStart < source.length && /\s/.test(source[valueStart]!)) valueStart++;
    const quote = source[valueStart];
    if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(`unquoted value for attribute ${name}`, position);
    const valueEnd = source.indexOf(quote, valueStart + 1);
    if (valueEnd === -1) throw new XmlSyntaxError(`unterminated value for attribute ${name}`, position);
    attributes[name] = decodeEntities(source.slice(valueStart + 1, valueEnd));
    i = valueEnd + 1;
  }
  return attributes;
}
