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
