// `cem analyze` reads the element's JSDoc (@summary @fires @csspart @cssproperty) into the
// custom-elements manifest that editors and docs tools use. Build output: dist/custom-elements.json.
export default {
  globs: ['src/element/**/*.ts'],
  exclude: ['src/element/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json's `customElements` field is set once by hand; the analyzer must not rewrite the file.
  packagejson: false,
};
