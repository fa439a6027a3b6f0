import { build, type BuildOptions } from 'esbuild';
import { browserBundle } from '../../scripts/bundle-options.js';

/**
 * Bundles `entryPoints` with the shipped browser options, in memory. Returns the code and the
 * inputs that put bytes into it (esbuild also lists, with 0 bytes, files it read but tree-shook
 * away), one path a line.
 */
export async function bundleInMemory(options: BuildOptions): Promise<{ code: string; inputs: string }> {
  const result = await build({
    ...browserBundle,
    sourcemap: false,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  const output = Object.values(result.metafile!.outputs)[0]!;
  const inputs = Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => path)
    .join('\n');
  return { code: result.outputFiles![0]!.text, inputs };
}
