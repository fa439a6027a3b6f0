// Runs the tagger and timeline model off the main thread, so typing stays responsive on a
// 50,000-word article: the page only ever receives finished timelines.
import { extractTimeline } from '../../src/timeline/index.js';
import type { ExtractionRequest, ExtractionResponse } from './extraction-protocol.js';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExtractionRequest>) => void) | null;
  postMessage(message: ExtractionResponse): void;
};

scope.onmessage = (event) => {
  const { id, text, referenceDate } = event.data;
  const started = performance.now();
  try {
    const timeline = extractTimeline(text, { referenceDate });
    scope.postMessage({ id, ok: true, timeline, durationMs: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
