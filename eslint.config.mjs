import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-demo/',
      'coverage/',
      'node_modules/',
      'custom-elements.json',
      '.screenshots/',
      'tmp/',
      'test-results/',
      // The example apps' builds and installs (each example is checked by npm run test:examples).
      'examples/*/public/',
      'examples/*/node_modules/',
      'examples/*/.next/',
      'examples/*/.svelte-kit/',
      'examples/*/.nuxt/',
      'examples/*/.output/',
      'examples/*/.angular/',
      'examples/*/build/',
      'examples/*/dist/',
      'examples/*/.astro/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    // chai's property assertions (`.to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: [
      'scripts/**/*.mjs',
      '*.mjs',
      'bin/**/*.js',
      'test/cli/**/*.mjs',
      'test/ssr/**/*.mjs',
      'examples/node/**/*.js',
      'examples/sveltekit/**/*.js',
      'examples/astro/**/*.{js,mjs}',
      'examples/nuxt/**/*.js',
      'examples/shared/**/*.mjs',
      'vite.config.ts',
      'demo/mock-api.ts',
    ],
    // Node scripts; the browser globals are for functions they run inside the page.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
