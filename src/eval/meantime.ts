import { dateOfDct, goldTimex } from '../timeml/read.js';
import type { AnnotatedDocument, GoldTimex } from '../timeml/types.js';
import { scanXml, XmlSyntaxError } from '../timeml/xml-scanner.js';

/** One MEANTIME DCT is written day first (`03-02-2009` for the dateline "February 03, 2009"). */
function meantimeDctDate(value: string | undefined): string | null {
  const dayFirst = value === undefined ? null : /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return dayFirst ? `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}` : dateOfDct(value);
}

interface TokenSpan {
  start: number;
  end: number;
}

/**
 * MEANTIME annotates only the headline and the first five sentences of each article
 * (sentences 0–5 here; the dateline is sentence 1). Text past the annotated part is cut off,
 * or every timex a tagger finds there would count as a false positive.
 */
const LAST_ANNOTATED_SENTENCE = 5;

interface PendingTimex {
  attributes: Record<string, string>;
  tokenIds: string[];
}

/**
 * Reads a MEANTIME (NewsReader CAT XML) document, cut to its annotated part (see
 * LAST_ANNOTATED_SENTENCE). The files keep no original spacing, so the
 * text is rebuilt: tokens joined by one space, sentences by one newline (a newline keeps the
 * headline, the dateline and the first sentence apart, as they are in the article).
 * The DCT is a dateline inside the text: its span becomes an ignored span, not gold.
 * TIMEX3 without a `token_anchor` (implied begin/end points) consume no text and are skipped.
 */
export function readMeantime(xml: string, fallbackId = ''): AnnotatedDocument {
  let docId = fallbackId;
  let text = '';
  let sentence: string | null = null;
  const tokens = new Map<string, TokenSpan & { sentence: number }>();
  const anchoredTokens = new Set<string>();
  let currentToken: { id: string; text: string; sentence: number } | null = null;
  let pending: PendingTimex | null = null;
  const completed: PendingTimex[] = [];
  let sawDocument = false;

  for (const token of scanXml(xml)) {
    if (token.kind === 'text') {
      if (currentToken) currentToken.text += token.text;
      continue;
    }
    if (token.kind === 'start') {
      const { name, attributes } = token;
      if (name === 'Document') {
        sawDocument = true;
        docId = attributes['doc_name'] ?? attributes['doc_id'] ?? fallbackId;
      } else if (name === 'token' && !token.selfClosing) {
        const tokenSentence = attributes['sentence'] ?? '';
        if (text !== '') text += sentence === tokenSentence ? ' ' : '\n';
        sentence = tokenSentence;
        currentToken = { id: attributes['t_id'] ?? '', text: '', sentence: Number(tokenSentence) };
      } else if (name === 'TIMEX3') {
        const timex = { attributes, tokenIds: [] };
        if (token.selfClosing) completed.push(timex);
        else pending = timex;
      } else if (name === 'token_anchor') {
        const id = attributes['t_id'];
        if (id !== undefined) {
          anchoredTokens.add(id);
          pending?.tokenIds.push(id);
        }
      }
      continue;
    }
    if (token.name === 'token' && currentToken) {
      const start = text.length;
      text += currentToken.text;
      tokens.set(currentToken.id, { start, end: text.length, sentence: currentToken.sentence });
      currentToken = null;
    } else if (token.name === 'TIMEX3' && pending) {
      completed.push(pending);
      pending = null;
    }
  }
  if (!sawDocument) throw new XmlSyntaxError('no <Document> element', 0);

  // A few articles carry markables a sentence further; the cut then follows the annotation.
  let lastSentence = LAST_ANNOTATED_SENTENCE;
  for (const id of anchoredTokens) lastSentence = Math.max(lastSentence, tokens.get(id)?.sentence ?? 0);
  let annotatedEnd = 0;
  for (const token of tokens.values()) if (token.sentence <= lastSentence) annotatedEnd = Math.max(annotatedEnd, token.end);
  text = text.slice(0, annotatedEnd);

  let dct: string | null = null;
  const ignoredSpans: TokenSpan[] = [];
  const timexes: GoldTimex[] = [];
  for (const { attributes, tokenIds } of completed) {
    const spans = tokenIds.map((id) => tokens.get(id)).filter((span) => span !== undefined);
    const isDct = attributes['functionInDocument'] === 'CREATION_TIME';
    if (isDct) dct ??= meantimeDctDate(attributes['value']);
    if (spans.length === 0) continue;
    const start = Math.min(...spans.map((span) => span.start));
    const end = Math.max(...spans.map((span) => span.end));
    if (isDct) ignoredSpans.push({ start, end });
    else timexes.push(goldTimex(attributes, start, end, text.slice(start, end)));
  }
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  const document: AnnotatedDocument = { docId, dct, text, timexes };
  if (ignoredSpans.length > 0) document.ignoredSpans = ignoredSpans;
  return document;
}
