import type { Readable } from 'node:stream';

/** Where the CLI writes; `process.stdout` fits, and so does a test's collector. */
export interface Output {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Everything the CLI touches outside itself, injected so `main` runs in tests without spawning. */
export interface CliIo {
  stdin: Readable;
  stdout: Output;
  stderr: Output;
  /** Base for relative paths. */
  cwd: string;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}

/** Writes and, when the stream asks for it, waits for it to drain, so long streams stay in bounded memory. */
export async function write(output: Output, chunk: string): Promise<void> {
  if (!output.write(chunk) && output.once) {
    await new Promise<void>((resolve) => output.once?.('drain', resolve));
  }
}

export async function readAll(input: Readable): Promise<string> {
  let text = '';
  input.setEncoding('utf8');
  for await (const chunk of input) text += chunk as string;
  return text;
}
