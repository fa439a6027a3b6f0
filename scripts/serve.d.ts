// Types for scripts/serve.js (plain JS so `npm start` needs no compiler).
import type { Server } from 'node:http';

export interface StartServerOptions {
  /** Folder to serve; defaults to the project folder. */
  root?: string | undefined;
  /** 0 picks a free port; a busy fixed port moves on to the next one. */
  port?: number;
  host?: string;
}

export function startServer(options?: StartServerOptions): Promise<{ server: Server; url: string; port: number }>;
