export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/styles/**'],
  outdir: '.',
  litelement: true,
  // Do not rewrite package.json's customElements field (it points at the committed file).
  packagejson: false,
};
