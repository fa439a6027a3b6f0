import { dateOfDct } from '../timeml/read.js';
import { isDurationValue } from './report.js';
import type { AnnotatedDocument, GoldTimex } from '../timeml/types.js';
import { scanXml, XmlSyntaxError } from '../timeml/xml-scanner.js';

/**
 * TIMEX2 carries no type; it is inferred from the value so that type F1 says something:
 * `P…` is a DURATION, `set="YES"` a SET, a time of day a TIME, anything else a DATE.
 */
export function timex2Type(attributes: Record<string, string>): string {
  const value = attributes['val'] ?? '';
  if ((attributes['set'] ?? '').toUpperCase() === 'YES') return 'SET';
  if (isDurationValue(value)) return 'DURATION';
  if (/T\d|T(MO|AF|EV|NI|DT)/.test(value)) return 'TIME';
  return 'DATE';
}

/**
 * Reads an ACE/TIDES TIMEX2 inline document (the WikiWars originals): the DCT from the TIMEX2
 * in `<DATETIME>`, the text of `<TEXT>`, and its outermost TIMEX2 tags as gold. Nested TIMEX2
 * ("the first ten months of <1915>") are dropped, as TIMEX3 annotations do not nest.
 */
export function readTimex2(xml: string, fallbackId = ''): AnnotatedDocument {
  let docId = '';
  let dct: string | null = null;
  let text = '';
  let where: 'none' | 'docid' | 'datetime' | 'text' = 'none';
  let sawText = false;
  const open: Array<{ start: number; attributes: Record<string, string> }> = [];
  const timexes: GoldTimex[] = [];

  for (const token of scanXml(xml)) {
    if (token.kind === 'text') {
      if (where === 'text') text += token.text;
      else if (where === 'docid') docId += token.text;
      continue;
    }
    if (token.kind === 'start') {
      if (token.name === 'TEXT') [where, sawText] = ['text', true];
      else if (token.name === 'DOCID') where = 'docid';
      else if (token.name === 'DATETIME') where = 'datetime';
      else if (token.name === 'TIMEX2') {
        if (where === 'datetime') dct ??= dateOfDct(token.attributes['val']);
        if (!token.selfClosing) open.push({ start: text.length, attributes: token.attributes });
      }
      continue;
    }
    if (token.name === 'TIMEX2') {
      const timex = open.pop();
      if (timex === undefined || where !== 'text' || open.length > 0) continue;
      const { attributes, start } = timex;
      const gold: GoldTimex = { start, end: text.length, text: text.slice(start), type: timex2Type(attributes), value: attributes['val'] ?? '', tid: `x${timexes.length + 1}` };
      if (attributes['mod']) gold.mod = attributes['mod'];
      timexes.push(gold);
    } else if (['TEXT', 'DOCID', 'DATETIME'].includes(token.name)) {
      where = 'none';
    }
  }
  if (!sawText) throw new XmlSyntaxError('no <TEXT> element', 0);
  return { docId: docId.trim() || fallbackId, dct, text, timexes };
}
