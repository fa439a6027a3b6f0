/** A gold-standard TIMEX3 as annotated in a corpus; offsets are into the document's plain text. */
export interface GoldTimex {
  /** UTF-16 offsets, end exclusive: `text === document.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** As annotated (`DATE`, `TIME`, `DURATION`, `SET`; corpora may hold other strings). */
  type: string;
  value: string;
  mod?: string;
  quant?: string;
  freq?: string;
  /** `tid` in TimeML, `m_id` in MEANTIME. */
  tid: string;
}

/** One annotated document reduced to what scoring needs. */
export interface AnnotatedDocument {
  docId: string;
  /** The creation (publication) date, `YYYY-MM-DD`, or null when the document has none. */
  dct: string | null;
  /** The document's plain text, tags stripped and entities decoded. */
  text: string;
  /** In-text timexes in document order, the DCT excluded. */
  timexes: GoldTimex[];
  /**
   * Spans of the text that carry the DCT itself (MEANTIME's dateline): gold leaves them out,
   * so a system timex on them is neither a hit nor a false positive.
   */
  ignoredSpans?: Array<{ start: number; end: number }>;
}
