// Talks to the extraction worker: the latest request wins. A worker still busy with text the
// user has since changed is terminated and replaced rather than left to finish useless work.
import type { Timeline } from '../../src/timeline/types.js';
import type { ExtractionRequest, ExtractionResponse } from './extraction-protocol.js';

export interface ExtractionResult {
  timeline: Timeline;
  durationMs: number;
}

export class ExtractionClient {
  #worker: Worker | null = null;
  #nextId = 1;
  #pending: { id: number; resolve: (result: ExtractionResult | null) => void; reject: (error: Error) => void } | null =
    null;

  constructor(private readonly workerUrl: URL) {}

  /** Resolves with the timeline, or with null when a newer request superseded this one. */
  extract(text: string, referenceDate: string | null): Promise<ExtractionResult | null> {
    if (this.#pending) {
      // The worker is busy with stale text: stop it instead of queueing behind it.
      this.#pending.resolve(null);
      this.#pending = null;
      this.#worker?.terminate();
      this.#worker = null;
    }
    const worker = this.#ensureWorker();
    const request: ExtractionRequest = { id: this.#nextId++, text, referenceDate };
    return new Promise((resolve, reject) => {
      this.#pending = { id: request.id, resolve, reject };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending?.resolve(null);
    this.#pending = null;
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.workerUrl, { type: 'module' });
    worker.onmessage = (event: MessageEvent<ExtractionResponse>) => {
      const pending = this.#pending;
      if (!pending || pending.id !== event.data.id) return;
      this.#pending = null;
      const response = event.data;
      if (response.ok) pending.resolve({ timeline: response.timeline, durationMs: response.durationMs });
      else pending.reject(new Error(response.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const pending = this.#pending;
      this.#pending = null;
      this.#worker?.terminate();
      this.#worker = null;
      pending?.reject(new Error(event.message || 'The extraction worker failed to start.'));
    };
    this.#worker = worker;
    return worker;
  }
}
