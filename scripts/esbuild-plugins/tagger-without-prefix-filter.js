// esbuild plugin: the browser bundles get the tagger without its prefix filter
// (src/temporal/engine/prefix-filter.ts, ≈ 3 KB gzipped): the filter makes batch tagging in
// Node ≈ 1.6× faster, but a page tags one article, where it costs bytes and a warm-up and saves
// a millisecond. Same output either way (tests/scripts/tagger-without-prefix-filter.test.ts).
// Library users who bundle src/ themselves get the filter.
import { fileURLToPath } from 'node:url';

const standIn = fileURLToPath(new URL('stand-ins/prefix-filter.ts', import.meta.url));

// The engine's files that read the filter (compile.ts, scan.ts) all import it as './prefix-filter.js'.
const isFilterImport = (path, importer) => path === './prefix-filter.js' && /[\\/]src[\\/]temporal[\\/]engine[\\/][a-z0-9-]+\.ts$/.test(importer);

export const taggerWithoutPrefixFilter = {
  name: 'tagger-without-prefix-filter',
  setup(build) {
    build.onResolve({ filter: /^\.\/prefix-filter\.js$/ }, (args) => (isFilterImport(args.path, args.importer) ? { path: standIn } : undefined));
  },
};

/** The same swap for @web/test-runner, so the browser tests run what the bundle ships. */
export const taggerWithoutPrefixFilterTestRunner = {
  name: 'tagger-without-prefix-filter',
  resolveImport({ source, context }) {
    return isFilterImport(source, context.path) ? '/scripts/esbuild-plugins/stand-ins/prefix-filter.ts' : undefined;
  },
};
