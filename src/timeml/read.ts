import { scanXml, XmlSyntaxError } from './xml-scanner.js';
import type { AnnotatedDocument, GoldTimex } from './types.js';

export { XmlSyntaxError };

/** Takes the calendar date of a DCT value (`1998-08-07T02:36:00` → `1998-08-07`). */
export function dateOfDct(value: string | undefined): string | null {
  const match = value === undefined ? null : /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return match?.[1] ?? null;
}

interface OpenTimex {
  start: number;
  attributes: Record<string, string>;
}

/**
 * Reads an inline TimeML document: the DCT from the TIMEX3 marked `CREATION_TIME`, the text of
 * `<TEXT>` with every tag stripped, and the TIMEX3 elements inside it with offsets into that text.
 * `fallbackId` names the document when it has no `<DOCID>`.
 */
export function readTimeML(xml: string, fallbackId = ''): AnnotatedDocument {
  let docId: string | null = null;
  let dct: string | null = null;
  let text = '';
  let inText = false;
  let sawText = false;
  let inDocId = false;
  let docIdText = '';
  let ignoredSpans: Array<{ start: number; end: number }> | undefined;
  const open: OpenTimex[] = [];
  const timexes: GoldTimex[] = [];

  for (const token of scanXml(xml)) {
    if (token.kind === 'text') {
      if (inText) text += token.text;
      if (inDocId) docIdText += token.text;
      continue;
    }
    if (token.kind === 'start') {
      if (token.name === 'TEXT') {
        inText = !token.selfClosing;
        sawText = true;
      } else if (token.name === 'DOCID' && !token.selfClosing) {
        inDocId = true;
      } else if (token.name === 'TIMEX3') {
        if (token.attributes['functionInDocument'] === 'CREATION_TIME') dct ??= dateOfDct(token.attributes['value']);
        // Non-consuming timexes (`<TIMEX3 … />`) have no extent to score.
        if (!token.selfClosing) open.push({ start: text.length, attributes: token.attributes });
      }
      continue;
    }
    if (token.name === 'TEXT') inText = false;
    else if (token.name === 'DOCID') {
      inDocId = false;
      docId ??= docIdText.trim();
    } else if (token.name === 'TIMEX3') {
      const timex = open.pop();
      if (timex === undefined || !inText) continue;
      const span = { start: timex.start, end: text.length };
      if (timex.attributes['functionInDocument'] === 'CREATION_TIME') (ignoredSpans ??= []).push(span);
      else timexes.push(goldTimex(timex.attributes, span.start, span.end, text.slice(span.start, span.end)));
    }
  }
  if (!sawText) throw new XmlSyntaxError('no <TEXT> element', 0);
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  const document: AnnotatedDocument = { docId: docId || fallbackId, dct, text, timexes };
  if (ignoredSpans) document.ignoredSpans = ignoredSpans;
  return document;
}

export function goldTimex(attributes: Record<string, string>, start: number, end: number, text: string): GoldTimex {
  const timex: GoldTimex = {
    start,
    end,
    text,
    type: attributes['type'] ?? '',
    value: attributes['value'] ?? '',
    tid: attributes['tid'] ?? attributes['m_id'] ?? '',
  };
  for (const key of ['mod', 'quant', 'freq'] as const) {
    const attribute = attributes[key];
    if (attribute) timex[key] = attribute;
  }
  return timex;
}
