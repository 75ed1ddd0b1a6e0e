export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/styles/**'],
  outdir: '.',
  litelement: true,
};
