import { escapeXml } from './xml-scanner.js';

/** What the writer needs from a timex (a tagger `Timex` has all of it). */
export interface WritableTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  id?: string;
  mod?: string;
  quant?: string;
  freq?: string;
  anchor?: { kind: 'reference' } | { kind: 'expression'; id: string };
}

export interface WriteTimeMLOptions {
  docId?: string;
  /** The creation (publication) date, `YYYY-MM-DD`; written as the `CREATION_TIME` timex `t0`. */
  dct?: string | null;
}

const DCT_ID = 't0';

/**
 * TimeML tags cannot overlap, so of timexes whose extents overlap only the first (by start,
 * longest first) is written; the others are left out of the document.
 */
function writableInOrder<T extends WritableTimex>(timexes: readonly T[], textLength: number): T[] {
  const sorted = timexes
    .filter((timex) => timex.start >= 0 && timex.end > timex.start && timex.end <= textLength)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let lastEnd = 0;
  for (const timex of sorted) {
    if (timex.start < lastEnd) continue;
    kept.push(timex);
    lastEnd = timex.end;
  }
  return kept;
}

function attributes(pairs: Array<[string, string | undefined]>): string {
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}

function timexTag(timex: WritableTimex, tid: string, hasDct: boolean): string {
  const anchorId =
    timex.anchor?.kind === 'expression' ? timex.anchor.id : timex.anchor?.kind === 'reference' && hasDct ? DCT_ID : undefined;
  return `<TIMEX3${attributes([
    ['tid', tid],
    ['type', timex.type],
    ['value', timex.value],
    ['mod', timex.mod],
    ['quant', timex.quant],
    ['freq', timex.freq],
    ['temporalFunction', timex.anchor ? 'true' : undefined],
    ['anchorTimeID', anchorId],
  ])}>`;
}

/**
 * Writes a TimeML 1.2.1 document: the text, XML-escaped, inside `<TEXT>` with an inline
 * `<TIMEX3>` around each expression. `readTimeML` gives back the same text, spans and values.
 */
export function writeTimeML(text: string, timexes: readonly WritableTimex[], options: WriteTimeMLOptions = {}): string {
  const hasDct = Boolean(options.dct);
  let body = '';
  let position = 0;
  writableInOrder(timexes, text.length).forEach((timex, index) => {
    body += escapeXml(text.slice(position, timex.start));
    body += timexTag(timex, timex.id ?? `t${index + 1}`, hasDct);
    body += `${escapeXml(text.slice(timex.start, timex.end))}</TIMEX3>`;
    position = timex.end;
  });
  body += escapeXml(text.slice(position));

  const lines = [
    '<?xml version="1.0" ?>',
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
  ];
  if (options.docId) lines.push(`<DOCID>${escapeXml(options.docId)}</DOCID>`);
  if (options.dct) {
    lines.push(
      `<DCT><TIMEX3${attributes([
        ['tid', DCT_ID],
        ['type', 'DATE'],
        ['value', options.dct],
        ['temporalFunction', 'false'],
        ['functionInDocument', 'CREATION_TIME'],
      ])}>${escapeXml(options.dct)}</TIMEX3></DCT>`,
    );
  }
  lines.push(`<TEXT>${body}</TEXT>`, '</TimeML>', '');
  return lines.join('\n');
}
