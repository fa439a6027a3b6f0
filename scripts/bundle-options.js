// The esbuild options of every browser bundle we ship (the element, the demo and its worker).
// One place, so the build and the tests that inspect the bundle build exactly the same thing.
import { bundleSizePlugins } from './esbuild-plugins/index.js';

/** Production Lit (no dev-mode warnings or checks), minified ES2022 modules. */
export const browserBundle = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // Lit's packages pick their development build under the `development` condition only;
  // naming `production` keeps that explicit, and NODE_ENV covers libraries that test it.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  // Licence headers of Lit & co. go to a .LEGAL.txt beside the bundle instead of its bytes.
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: bundleSizePlugins,
};

/**
 * A second minifier pass for the element bundle, after esbuild (which bundles, tree-shakes and
 * minifies): terser's compressor and its frequency-ordered names save ≈ 2.4 KB gzipped more
 * (docs/decisions/bundle-size.md). Only safe options: no `unsafe*` transforms, no property
 * mangling (Lit's reactive property names and the model's fields are public API).
 */
export const terserOptions = {
  module: true,
  toplevel: true,
  ecma: 2020,
  compress: { passes: 2 },
  // `/*! For license information please see … */` (esbuild's linked legal comment) stays.
  format: { comments: /^!/ },
};

/**
 * Runs terser on one esbuild output and chains the source maps, so the linked map still
 * points into src/ and node_modules/. `code` must end with esbuild's
 * `//# sourceMappingURL=<mapFile>` comment; the result ends with the same comment.
 * @param {{ code: string, map: string, fileName: string, mapFileName: string }} input
 * @returns {Promise<{ code: string, map: string }>}
 */
export async function minifyWithTerser({ code, map, fileName, mapFileName }) {
  const { minify } = await import('terser');
  const result = await minify(
    { [fileName]: code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n') },
    {
      ...terserOptions,
      sourceMap: { content: map, filename: fileName, url: mapFileName, includeSources: true },
    },
  );
  if (result.code === undefined || typeof result.map !== 'string') throw new Error(`terser gave no output for ${fileName}`);
  return { code: `${result.code}\n`, map: result.map };
}
