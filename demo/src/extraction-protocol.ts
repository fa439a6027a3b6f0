// Messages between the page and the extraction worker.
import type { Timeline } from '../../src/timeline/types.js';

export interface ExtractionRequest {
  id: number;
  text: string;
  referenceDate: string | null;
}

export type ExtractionResponse =
  | { id: number; ok: true; timeline: Timeline; durationMs: number }
  | { id: number; ok: false; message: string };
